#include "appwindow.h"

#include "i18n/translations.h"
#include "qmltypes.h"

#include <QGuiApplication>
#include <QLocale>
#include <QQuickStyle>
#include <QTimer>

namespace homevisit::ui {

AppWindow::AppWindow(Options options)
    : m_settings(options.session.dataDir), m_session(std::move(options.session)),
      m_syncIndicator(&m_session), m_kiosk(options.kiosk)
{
    static const bool styled = [] {
        QQuickStyle::setStyle(QStringLiteral("Basic")); // only before the first QML load
        return true;
    }();
    Q_UNUSED(styled);
    applyLanguage();
    SessionSingleton::instance = &m_session;
    SyncIndicatorSingleton::instance = &m_syncIndicator;
    UiSettingsSingleton::instance = &m_settings;
    m_syncIndicator.retranslate(); // it wrote its first line before the translator came
    QObject::connect(&m_settings, &UiSettings::languageChanged, &m_engine, [this] {
        applyLanguage();
        m_engine.retranslate();
        m_syncIndicator.retranslate();
        if (m_session.state() == SessionController::State::Unlocked)
            m_session.reloadViews();
    });
}

AppWindow::~AppWindow()
{
    // m_engine is the last member, so the QML goes before the controllers it binds to.
    SessionSingleton::instance = nullptr;
    SyncIndicatorSingleton::instance = nullptr;
    UiSettingsSingleton::instance = nullptr;
}

bool AppWindow::load()
{
    m_engine.setInitialProperties({{"kiosk", m_kiosk}});
    m_engine.load(QUrl(QStringLiteral("qrc:/Homevisit/Main.qml")));
    return window() != nullptr;
}

QQuickWindow *AppWindow::window() const
{
    return qobject_cast<QQuickWindow *>(m_engine.rootObjects().value(0));
}

void AppWindow::afterFirstFrame(std::function<void(QQuickWindow *)> then)
{
    QQuickWindow *w = window();
    QObject::connect(
        w, &QQuickWindow::frameSwapped, w,
        [w, then] {
            // One more turn of the event loop so the first frame is complete.
            QTimer::singleShot(100, w, [w, then] { then(w); });
        },
        Qt::SingleShotConnection);
}

void AppWindow::applyLanguage()
{
    const bool english = m_settings.language() == u"en";
    const QLocale locale(english ? QLocale::English : QLocale::Swedish,
                         english ? QLocale::UnitedKingdom : QLocale::Sweden);
    QLocale::setDefault(locale);
    installTranslations(*QCoreApplication::instance(), locale);
}

} // namespace homevisit::ui
