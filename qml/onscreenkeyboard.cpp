#include "onscreenkeyboard.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputMethod>
#include <QLibraryInfo>

#include <cstdio>
#include <cstring>

namespace homevisit::ui {

namespace {

constexpr char ImModule[] = "qtvirtualkeyboard";

// Where Qt looks for `relative`: the environment's paths first, then Qt's own.
bool foundIn(const char *environmentVariable, QLibraryInfo::LibraryPath qtPath,
             const QString &relative)
{
    QStringList roots =
        qEnvironmentVariable(environmentVariable).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    roots << QLibraryInfo::path(qtPath);
    for (const QString &root : roots)
        if (QFileInfo::exists(root + u'/' + relative))
            return true;
    return false;
}

bool hasKioskOption(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        if (std::strcmp(argv[i], "--kiosk") == 0)
            return true;
    }
    return false;
}

} // namespace

OnScreenKeyboard::OnScreenKeyboard(QObject *parent) : QObject(parent)
{
    connect(QGuiApplication::inputMethod(), &QInputMethod::visibleChanged, this,
            &OnScreenKeyboard::shownChanged);
}

bool OnScreenKeyboard::available()
{
    return foundIn("QT_PLUGIN_PATH", QLibraryInfo::PluginsPath,
                   QStringLiteral("platforminputcontexts/libqtvirtualkeyboardplugin.so")) &&
           foundIn("QML_IMPORT_PATH", QLibraryInfo::QmlImportsPath,
                   QStringLiteral("QtQuick/VirtualKeyboard/qmldir"));
}

bool OnScreenKeyboard::configure(int argc, char **argv)
{
    const QByteArray forced = qgetenv("HOMEVISIT_VIRTUAL_KEYBOARD");
    const bool wanted = forced.isEmpty() ? hasKioskOption(argc, argv) : forced != "0";
    if (!wanted) {
        if (qgetenv("QT_IM_MODULE") == ImModule)
            qunsetenv("QT_IM_MODULE"); // forced off: no keyboard window of Qt's own either
        return false;
    }
    if (!available()) {
        std::fprintf(stderr, "homevisit: Qt Virtual Keyboard is not installed; no on-screen "
                             "keyboard (scripts/install-deps.sh installs it)\n");
        return false;
    }
    qputenv("QT_IM_MODULE", ImModule);
    // Our InputPanel lives in the window; never a separate keyboard window of Qt's own,
    // which a full-screen kiosk window would cover.
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    return true;
}

bool OnScreenKeyboard::enabled()
{
    return qgetenv("QT_IM_MODULE") == ImModule && available();
}

bool OnScreenKeyboard::shown()
{
    return QGuiApplication::inputMethod()->isVisible();
}

} // namespace homevisit::ui
