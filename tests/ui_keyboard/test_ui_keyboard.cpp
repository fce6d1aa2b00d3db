// The on-screen keyboard as a secretary at a touch kiosk uses it, in the app's own
// window (AppWindow: the engine set-up of main.cpp and the real Main.qml), offscreen,
// with HOMEVISIT_VIRTUAL_KEYBOARD=1 set before QGuiApplication exists, as main() does.
// Keys are pressed with the mouse on the panel's key items, so a press only arrives if
// the panel really is on top, above the modal lock screen.
#include "catchrunner.h"

#include <catch2/catch.hpp>

#include "qml/appwindow.h"
#include "qml/onscreenkeyboard.h"
#include "uidriver.h"
#include "waitfor.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QInputMethod>
#include <QQmlContext>
#include <QQmlEngineExtensionPlugin>
#include <QQmlExpression>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(HomevisitPlugin)

using namespace homevisit::ui;

namespace {

using homevisit::test::waitFor;

void collect(QQuickItem *item, const std::function<bool(QQuickItem *)> &match,
             QList<QQuickItem *> &out)
{
    if (!item)
        return;
    if (match(item))
        out << item;
    for (QQuickItem *child : item->childItems())
        collect(child, match, out);
}

QList<QQuickItem *> itemsWhere(QQuickItem *root, const std::function<bool(QQuickItem *)> &match)
{
    QList<QQuickItem *> out;
    collect(root, match, out);
    return out;
}

QRectF sceneRect(QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

bool shown(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem())
        if (!i->isVisible() || i->opacity() == 0)
            return false;
    return true;
}

// The app as main() builds it, in a fresh data directory.
struct Kiosk
{
    QTemporaryDir dir;
    AppWindow app;
    QQuickWindow *window = nullptr;

    explicit Kiosk(bool demo)
        : app({.session =
                   {.dataDir = dir.path(), .serverUrl = {}, .demo = demo, .startSync = false},
               .kiosk = true})
    {
        REQUIRE(app.load());
        window = app.window();
        REQUIRE(QTest::qWaitForWindowExposed(window));
        bool first = false;
        app.afterFirstFrame([&](QQuickWindow *) { first = true; });
        REQUIRE(waitFor([&] { return first; }));
        app.session().start();
        REQUIRE(waitFor([&] { return app.session().state() != SessionController::State::Starting; },
                        60'000));
    }

    QQuickItem *root() { return window->contentItem(); }
    QQuickItem *panel()
    {
        return homevisit::test::findItem(root(), QStringLiteral("keyboardPanel"));
    }

    QVariant evaluate(const QString &expression)
    {
        QQuickItem *p = panel();
        REQUIRE(p);
        QQmlExpression e(qmlContext(p), p, expression);
        const QVariant v = e.evaluate();
        INFO(expression.toStdString());
        REQUIRE_FALSE(e.hasError());
        return v;
    }

    // Focuses `field` and waits for the panel to slide in and the view to settle.
    void focusAndWaitForPanel(QQuickItem *field)
    {
        field->forceActiveFocus(Qt::MouseFocusReason);
        REQUIRE(field->hasActiveFocus());
        REQUIRE(waitFor([&] {
            QQuickItem *p = panel();
            return p && p->property("active").toBool() &&
                   QGuiApplication::inputMethod()->isVisible();
        }));
        QTest::qWait(300); // the lock screen shrinks, the form scrolls (Qt.callLater)
    }

    // The visible key of the panel's current layout whose text is `text`.
    QQuickItem *key(const QString &text)
    {
        const QList<QQuickItem *> keys = itemsWhere(panel(), [&](QQuickItem *i) {
            const QVariant t = i->property("text");
            return i->property("key").isValid() && t.isValid() &&
                   t.toString().compare(text, Qt::CaseInsensitive) == 0 && shown(i) &&
                   i->width() > 0;
        });
        return keys.value(0);
    }

    // A finger on the key: press and release at its centre.
    void tap(const QString &text)
    {
        QQuickItem *k = key(text);
        INFO("key " << text.toStdString());
        REQUIRE(k);
        const QPoint centre = sceneRect(k).center().toPoint();
        QTest::mousePress(window, Qt::LeftButton, Qt::NoModifier, centre);
        QTest::mouseRelease(window, Qt::LeftButton, Qt::NoModifier, centre, 30);
        QTest::qWait(30);
    }

    // The field lies wholly above the panel and inside the window.
    void requireAbovePanel(QQuickItem *field)
    {
        const QRectF f = sceneRect(field), p = sceneRect(panel());
        INFO("field " << f.y() << ".." << f.bottom() << ", panel from " << p.y());
        REQUIRE(p.bottom() == Approx(window->height()).margin(1)); // on screen, at the bottom
        REQUIRE(f.y() >= 0);
        REQUIRE(f.bottom() <= p.y());
    }
};

QList<QQuickItem *> textFields(QQuickItem *root)
{
    QList<QQuickItem *> fields = itemsWhere(root, [](QQuickItem *i) {
        return i->inherits("QQuickTextField") && shown(i) && i->isEnabled();
    });
    return fields;
}

} // namespace

TEST_CASE("the PIN is typed on the on-screen keyboard above the lock screen", "[keyboard]")
{
    Kiosk kiosk(true);
    REQUIRE(kiosk.app.session().state() == SessionController::State::Locked);
    QQuickItem *pin = homevisit::test::findItem(kiosk.root(), QStringLiteral("pinField"));
    REQUIRE(pin);
    kiosk.focusAndWaitForPanel(pin);

    // Swedish first: the layout follows the UI's language; only the two are offered.
    CHECK(kiosk.evaluate("VirtualKeyboardSettings.locale").toString() == "sv_SE");
    CHECK(kiosk.evaluate("InputContext.locale").toString() == "sv_SE");
    CHECK(kiosk.evaluate("VirtualKeyboardSettings.activeLocales").toStringList() ==
          QStringList{"sv_SE", "en_GB"});
    const QStringList available =
        kiosk.evaluate("VirtualKeyboardSettings.availableLocales").toStringList();
    CHECK(available.contains("sv_SE"));
    CHECK(available.contains("en_GB"));

    kiosk.requireAbovePanel(pin);
    for (const QChar digit : QStringLiteral("246813"))
        kiosk.tap(digit);
    CHECK(pin->property("text").toString() == "246813");
    kiosk.tap(QStringLiteral("\n")); // the Enter key accepts the field: unlock
    REQUIRE(waitFor(
        [&] { return kiosk.app.session().state() == SessionController::State::Unlocked; }, 30'000));
    // The field went with the lock screen; the panel goes too.
    REQUIRE(waitFor([&] { return !QGuiApplication::inputMethod()->isVisible(); }));
}

TEST_CASE("Swedish letters, the language switch, and fields kept above the panel", "[keyboard]")
{
    Kiosk kiosk(false); // an empty data directory: the enrollment form
    REQUIRE(kiosk.app.session().state() == SessionController::State::Enrollment);
    const QList<QQuickItem *> fields = textFields(kiosk.root());
    REQUIRE(fields.size() >= 3);

    // The one-time code field (plain text): å, ä and ö are keys of the Swedish layout.
    QQuickItem *code = fields.at(1);
    kiosk.focusAndWaitForPanel(code);
    for (const QString letter : {"k", "å", "ä", "ö"})
        kiosk.tap(letter);
    CHECK(code->property("text").toString() == "kåäö");

    // The lowest field of the form (the PIN again): the lock screen ends above the panel
    // and the form scrolls the field into what is left.
    QQuickItem *last = fields.last();
    CHECK(sceneRect(last).bottom() > kiosk.window->height() / 2.0); // would be covered
    kiosk.focusAndWaitForPanel(last);
    kiosk.requireAbovePanel(last);

    // English UI, British layout: no å any more; and back.
    kiosk.app.settings().setLanguage(QStringLiteral("en"));
    REQUIRE(waitFor([&] { return kiosk.evaluate("InputContext.locale").toString() == "en_GB"; }));
    kiosk.focusAndWaitForPanel(code);
    CHECK(kiosk.key(QStringLiteral("q")) != nullptr);
    CHECK(kiosk.key(QStringLiteral("å")) == nullptr);
    kiosk.app.settings().setLanguage(QStringLiteral("sv"));
    REQUIRE(waitFor([&] { return kiosk.evaluate("InputContext.locale").toString() == "sv_SE"; }));
    CHECK(kiosk.key(QStringLiteral("å")) != nullptr);
}

int main(int argc, char *argv[])
{
    // As main.cpp: decided before QGuiApplication, which picks the input method.
    qputenv("HOMEVISIT_VIRTUAL_KEYBOARD", "1");
    if (!OnScreenKeyboard::configure(argc, argv)) {
        std::fprintf(stderr, "test_ui_keyboard: Qt Virtual Keyboard is not installed "
                             "(scripts/install-deps.sh installs it)\n");
        return 1;
    }
    QGuiApplication app(argc, argv);
    return homevisit::test::runCatch(argc, argv);
}
