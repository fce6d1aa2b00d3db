// The yardstick for bench_ui_startup: the least a Qt Quick Controls app can show, an
// ApplicationWindow with one Label in the Basic style (as homevisit uses), the same size
// as homevisit's window. Prints the time of its first frame the way homevisit does with
// HOMEVISIT_REPORT_FIRST_FRAME=1 (qml/startupprobe.h), then keeps running until killed.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include <cstdio>
#include <ctime>

namespace {

const QByteArray windowQml = R"(
import QtQuick
import QtQuick.Controls

ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    title: "bare"
    Label {
        anchors.centerIn: parent
        text: "Hembesök"
    }
}
)";

long long monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    engine.loadData(windowQml);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [window] {
            const long long ns = monotonicNs();
            QMetaObject::invokeMethod(window, [window, ns] {
                std::fprintf(stderr, "homevisit-probe: first-frame ns=%lld graphics-api=%d\n", ns,
                             int(window->rendererInterface()->graphicsApi()));
            });
        },
        static_cast<Qt::ConnectionType>(Qt::DirectConnection | Qt::SingleShotConnection));
    return app.exec();
}
