#include "startupprobe.h"

#include "ui/sessioncontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaEnum>
#include <QQuickWindow>

#include <cstdio>
#include <ctime>

namespace homevisit::ui {

namespace {

long long monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

const char *stateName(SessionController::State state)
{
    return QMetaEnum::fromType<SessionController::State>().valueToKey(int(state));
}

int openFilesUnder(const QString &dir)
{
    const QString prefix = QFileInfo(dir).canonicalFilePath() + u'/';
    int count = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot))
        if (QFileInfo(fds.filePath(fd)).symLinkTarget().startsWith(prefix))
            ++count;
    return count;
}

} // namespace

void reportStartupIfAsked(QQuickWindow *window, SessionController &session, const QString &dataDir)
{
    if (qEnvironmentVariable("HOMEVISIT_REPORT_FIRST_FRAME") != u"1")
        return;
    // Direct: the time is taken where the frame was swapped (the render thread, if any);
    // the rest is printed on the GUI thread, which also owns the session.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [window, &session, dataDir] {
            const long long ns = monotonicNs();
            QMetaObject::invokeMethod(window, [window, &session, dataDir, ns] {
                std::fprintf(stderr,
                             "homevisit-probe: first-frame ns=%lld state=%s "
                             "open-data-files=%d graphics-api=%d\n",
                             ns, stateName(session.state()), openFilesUnder(dataDir),
                             int(window->rendererInterface()->graphicsApi()));
            });
        },
        static_cast<Qt::ConnectionType>(Qt::DirectConnection | Qt::SingleShotConnection));
    QObject::connect(&session, &SessionController::stateChanged, &session, [&session] {
        std::fprintf(stderr, "homevisit-probe: state=%s ns=%lld\n", stateName(session.state()),
                     monotonicNs());
    });
}

} // namespace homevisit::ui
