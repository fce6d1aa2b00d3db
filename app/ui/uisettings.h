// Settings of the tablet itself, not of a user's journal: the language and the text
// size. Kept in DATA_DIR/ui.ini (nothing secret), so the unlock screen already shows
// them. Handed to QML as the singleton `UiSettings`.
#pragma once

#include <QObject>
#include <QSettings>

namespace homevisit::ui {

class UiSettings : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)

public:
    explicit UiSettings(const QString &dataDir, QObject *parent = nullptr);

    QString language() const { return m_language; } // "sv" | "en"
    void setLanguage(const QString &language);
    qreal textScale() const { return m_textScale; } // 1.0 .. 1.6
    void setTextScale(qreal scale);

signals:
    // The app installs the language's translator and retranslates the QML.
    void languageChanged();
    void textScaleChanged();

private:
    QSettings m_settings;
    QString m_language;
    qreal m_textScale = 1.0;
};

} // namespace homevisit::ui
