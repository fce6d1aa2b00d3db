// A screenshot of every main screen, in Swedish and English, at 1280x800 and 1920x1200,
// written as PNGs under the build folder (build/screenshots/<language>-<size>/) for
// people to look at. Each role's demo app is toured with the keyboard; the test checks
// that every screen it expects is on the screen and that every PNG was written at its
// size and is not blank. It does not compare pixels; where the text on a screen matters
// (the supervisor's queue names the child and the author), it reads the text.
#include "catchrunner.h"
#include "demoapp.h"
#include "ui/recordlistmodel.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QQmlEngineExtensionPlugin>

Q_IMPORT_QML_PLUGIN(HomevisitPlugin)

using homevisit::test::DemoApp;
using homevisit::test::waitFor;

namespace {

const QList<QSize> sizes{{1280, 800}, {1920, 1200}};

// Not one colour: something was drawn.
bool hasContent(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}

// The screens of one role in one language: each shot at both sizes.
struct Tour
{
    QString language;
    QString role;
    DemoApp app{role, language};
    QStringList written;

    void shot(const QString &name)
    {
        for (const QSize &size : sizes) {
            app.ui.window->resize(size);
            REQUIRE(waitFor([&] { return app.ui.window->size() == size; }));
            QTest::qWait(150); // layouts settle; list delegates are created
            // A page being pushed slides in: wait until it stands still.
            QQuickItem *pages = app.ui.item(QStringLiteral("pages"));
            REQUIRE(waitFor([&] { return !pages || !pages->property("busy").toBool(); }));
            const QImage image = app.ui.window->grabWindow();
            const QString dir = QStringLiteral(SCREENSHOT_DIR "/%1-%2x%3")
                                    .arg(language)
                                    .arg(size.width())
                                    .arg(size.height());
            REQUIRE(QDir().mkpath(dir));
            const QString file = dir + u'/' + role + u'-' + name + QStringLiteral(".png");
            INFO(file.toStdString());
            CHECK(image.size() == size);
            CHECK(hasContent(image));
            REQUIRE(image.save(file, "PNG"));
            written << file;
        }
    }
    void back() { app.ui.press("homeButton"); }
};

void caseworkerTour(Tour &t)
{
    t.app.ui.waitForItem("pinField");
    t.shot("unlock");
    t.app.unlockWithKeyboard();
    t.app.ui.waitForItem("caseloadList");
    REQUIRE(waitFor([&] { return t.app.ui.item("caseloadList")->property("count").toInt() > 0; }));
    t.shot("caseload");

    t.app.ui.openFirstRow("caseloadList");
    t.app.ui.waitForItem("visitHistoryList");
    t.shot("child");

    t.app.ui.openRowWith("visitHistoryList", homevisit::ui::RecordListModel::SignedRole, true);
    t.app.ui.waitForItem("recordViewPage");
    t.shot("record");
    t.app.ui.press("amendButton");
    REQUIRE(waitFor([&] { return t.app.ui.popupOpen("amendmentDialog"); }));
    t.shot("record-amendment");
    t.app.ui.press("amendmentCancelButton");
    REQUIRE(waitFor([&] { return !t.app.ui.popupOpen("amendmentDialog"); }));
    t.app.ui.press("recordBackButton");

    t.app.ui.press("newVisitButton");
    t.app.ui.waitForItem("childVisitPage");
    t.shot("visit");
    t.app.ui.press("signButton");
    REQUIRE(waitFor([&] { return t.app.ui.popupOpen("signDialog"); }));
    t.shot("visit-sign-blocked");
    t.app.ui.press("signCancelButton");
    REQUIRE(waitFor([&] { return !t.app.ui.popupOpen("signDialog"); }));

    t.app.ui.press("childModeButton");
    t.app.ui.waitForItem("childModePage");
    t.shot("child-mode");
}

void settingsTour(Tour &t)
{
    t.app.ui.press("settingsButton");
    REQUIRE(waitFor([&] { return t.app.ui.popupOpen("settingsDialog"); }));
    t.shot("settings");
}

void fosterHomeSecretaryTour(Tour &t)
{
    t.app.unlockWithKeyboard();
    t.app.ui.waitForItem("fosterHomeList");
    REQUIRE(
        waitFor([&] { return t.app.ui.item("fosterHomeList")->property("count").toInt() > 0; }));
    t.shot("foster-homes");

    t.app.ui.openFirstRow("fosterHomeList");
    t.app.ui.waitForItem("fosterHomePage");
    t.shot("foster-home");

    t.app.ui.press("newSessionButton");
    t.app.ui.waitForItem("supervisionSessionPage");
    t.shot("supervision-session");
    t.app.ui.press("familyRatingButton");
    t.app.ui.waitForItem("familyRatingPage");
    t.shot("family-rating");
}

// The text shown by the item of that objectName inside `root` ("" if none is shown).
QString shownText(QQuickItem *root, const QString &name)
{
    QQuickItem *item = homevisit::test::findItem(root, name);
    return homevisit::test::isShown(item) ? item->property("text").toString() : QString();
}

void supervisorTour(Tour &t)
{
    const bool sv = t.language == u"sv";
    t.app.unlockWithKeyboard();
    QQuickItem *list = t.app.ui.waitForItem("reviewList");
    REQUIRE(waitFor([&] { return list->property("count").toInt() > 0; }));
    // The newest team record names the child and its author, as the gateway named them
    // (the tablet holds none of the team's children): not "Child visit · written by
    // anna.lind".
    QQuickItem *first = nullptr;
    REQUIRE(waitFor([&] {
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, first),
                                  Q_ARG(int, 0));
        return first != nullptr;
    }));
    CHECK(shownText(first, "recordWhoLabel") ==
          (sv ? QStringLiteral("Besök hos Noah Hägg Karlsson · Anna Lind")
              : QStringLiteral("Visit with Noah Hägg Karlsson · Anna Lind")));
    t.shot("review-queue");

    t.app.ui.openFirstRow("reviewList");
    t.app.ui.waitForItem("recordViewPage");
    QQuickItem *content = t.app.ui.window->contentItem();
    REQUIRE(waitFor([&] { return !shownText(content, "recordAuthorLabel").isEmpty(); }));
    CHECK(shownText(content, "recordTitle")
              .startsWith(sv ? QStringLiteral("Besök hos Noah Hägg Karlsson 20")
                             : QStringLiteral("Visit with Noah Hägg Karlsson 20")));
    CHECK(shownText(content, "recordAuthorLabel")
              .startsWith(sv ? QStringLiteral("Skriven av Anna Lind · signerad ")
                             : QStringLiteral("Written by Anna Lind · signed ")));
    t.shot("record");
    t.app.ui.press("returnButton");
    REQUIRE(waitFor([&] { return t.app.ui.popupOpen("reviewDialog"); }));
    t.shot("return-dialog");
}

void enrollmentTour(const QString &language, QStringList &written)
{
    QTemporaryDir dir;
    homevisit::ui::UiSettings(dir.path()).setLanguage(language);
    homevisit::ui::AppWindow app({.session = {.dataDir = dir.path()}});
    REQUIRE(app.load());
    REQUIRE(QTest::qWaitForWindowExposed(app.window()));
    app.session().start();
    REQUIRE(waitFor([&] {
        return app.session().state() == homevisit::ui::SessionController::State::Enrollment;
    }));
    for (const QSize &size : sizes) {
        app.window()->resize(size);
        QTest::qWait(150);
        const QString file = QStringLiteral(SCREENSHOT_DIR "/%1-%2x%3/enrollment.png")
                                 .arg(language)
                                 .arg(size.width())
                                 .arg(size.height());
        QDir().mkpath(QFileInfo(file).path());
        const QImage image = app.window()->grabWindow();
        CHECK(image.size() == size);
        CHECK(hasContent(image));
        REQUIRE(image.save(file, "PNG"));
        written << file;
    }
}

} // namespace

TEST_CASE("every main screen in Swedish and English at 1280x800 and 1920x1200", "[screens]")
{
    QStringList written;
    for (const QString language : {QStringLiteral("sv"), QStringLiteral("en")}) {
        SECTION("caseworker " + language.toStdString())
        {
            Tour t{language, QStringLiteral("caseworker")};
            caseworkerTour(t);
            written << t.written;
        }
        SECTION("settings " + language.toStdString())
        {
            Tour t{language, QStringLiteral("caseworker")};
            t.app.unlockWithKeyboard();
            settingsTour(t);
            written << t.written;
        }
        SECTION("foster-home secretary " + language.toStdString())
        {
            Tour t{language, QStringLiteral("foster_home_secretary")};
            fosterHomeSecretaryTour(t);
            written << t.written;
        }
        SECTION("supervisor " + language.toStdString())
        {
            Tour t{language, QStringLiteral("supervisor")};
            supervisorTour(t);
            written << t.written;
        }
        SECTION("enrollment " + language.toStdString())
        {
            enrollmentTour(language, written);
        }
    }
    for (const QString &file : std::as_const(written))
        CHECK(QFileInfo(file).size() > 10'000);
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int failed = homevisit::test::runCatch(argc, argv);
    std::printf("screenshots in %s\n", SCREENSHOT_DIR);
    return failed;
}
