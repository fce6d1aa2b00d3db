// The Swedish (and English) translations of the core's messages, embedded in
// homevisit_core by i18n/CMakeLists.txt. The CLI installs none and speaks English;
// the UI installs the user's language, Swedish first.
#pragma once

class QCoreApplication;
class QLocale;

namespace homevisit {

// Loads ":/i18n/homevisit_<lang>.qm" for the locale's language (sv or en) and
// installs it; the translator is a child of app, so it lives as long as app.
// A translator installed by an earlier call is removed first, even when this call
// finds no translation (the messages then fall back to their English sources).
// Returns whether a translation was loaded and installed.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace homevisit
