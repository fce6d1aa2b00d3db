#include "uisettings.h"

namespace homevisit::ui {

UiSettings::UiSettings(const QString &dataDir, QObject *parent)
    : QObject(parent), m_settings(dataDir + QStringLiteral("/ui.ini"), QSettings::IniFormat)
{
    const QString language = m_settings.value(QStringLiteral("language")).toString();
    m_language = language == u"en" ? language : QStringLiteral("sv"); // Swedish first
    m_textScale =
        std::clamp(m_settings.value(QStringLiteral("text_scale"), 1.0).toReal(), 1.0, 1.6);
}

void UiSettings::setLanguage(const QString &language)
{
    if ((language != u"sv" && language != u"en") || language == m_language)
        return;
    m_language = language;
    m_settings.setValue(QStringLiteral("language"), language);
    emit languageChanged();
}

void UiSettings::setTextScale(qreal scale)
{
    scale = std::clamp(scale, 1.0, 1.6);
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    m_settings.setValue(QStringLiteral("text_scale"), scale);
    emit textScaleChanged();
}

} // namespace homevisit::ui
