#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace homevisit {

namespace {

// Marks our translators among app's children, so a later call finds and replaces them
// without touching translators the UI may install for Qt's own strings.
constexpr auto translatorName = "homevisit_translator";

QString languageCode(const QLocale &locale)
{
    // By language only: sv_FI reads the same sentences as sv_SE, and en_GB as en_US.
    switch (locale.language()) {
    case QLocale::Swedish:
        return QStringLiteral("sv");
    case QLocale::English:
        return QStringLiteral("en");
    default:
        return {};
    }
}

void removeOurTranslators(QCoreApplication &app)
{
    const QString name = QString::fromLatin1(translatorName);
    for (QTranslator *old : app.findChildren<QTranslator *>(name, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
}

} // namespace

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // A stale translator must go even if the new language has none: Qt asks every
    // installed translator in turn, so a Swedish one left behind an English one (whose
    // core messages are untranslated) would keep answering in Swedish.
    removeOurTranslators(app);
    const QString lang = languageCode(locale);
    if (lang.isEmpty())
        return false;
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QString::fromLatin1(translatorName));
    if (!translator->load(QStringLiteral(":/i18n/homevisit_%1.qm").arg(lang)) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace homevisit
