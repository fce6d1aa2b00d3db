// The review pages in an offscreen window on real stores, driven with the keyboard:
// the supervisor opens a team record from her queue, returns it with a comment (and
// is stopped without one), signs another off; the author's caseload shows the
// returned record, its view shows the comment, she adds an amendment, and her child
// page shows the return too. $REVIEW_SCREENSHOTS=DIR writes PNGs of the pages.
#include "catchrunner.h"

#include <catch2/catch.hpp>

#include "qml/qmltypes.h"
#include "qml/reviewtypes.h"
#include "reviewfixture.h"
#include "ui/syncindicator.h"
#include "ui/uisettings.h"
#include "uidriver.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

Q_IMPORT_QML_PLUGIN(HomevisitPlugin)

using namespace homevisit;
using namespace homevisit::ui;
using homevisit::test::ReviewTablet;
using homevisit::test::waitFor;

using homevisit::test::findItem;

namespace {

// The pages as the app's StackView holds them; openChild() as CaseloadPage's handler.
const QByteArray hostQml = R"(
import QtQuick
import QtQuick.Controls
import Homevisit

ApplicationWindow {
    id: window
    required property bool supervisor
    width: 1280
    height: 800
    visible: true
    font.pixelSize: Theme.fontSize // as Main.qml
    function openChild(childId: string, name: string) {
        stack.push(Qt.resolvedUrl("qrc:/Homevisit/ChildPage.qml"),
                   {childId: childId, childName: name, summary: "", stack: stack});
    }
    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        initialItem: window.supervisor ? queue : caseload
    }
    Component {
        id: queue
        ReviewQueuePage {}
    }
    Component {
        id: caseload
        CaseloadPage {}
    }
}
)";

// A RecordDelegate row (it has reviewText) showing `recordId`.
QQuickItem *findRow(QQuickItem *root, const QString &recordId)
{
    if (root->isVisible() && root->property("reviewText").isValid() &&
        root->property("recordId").toString() == recordId)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findRow(child, recordId))
            return found;
    return nullptr;
}

// The text a row shows in its label of that objectName ("" when it shows none).
QString rowLabel(QQuickItem *row, const QString &name)
{
    QQuickItem *label = findItem(row, name);
    return label && test::isShown(label) ? label->property("text").toString() : QString();
}

struct ReviewWindow : test::UiDriver
{
    ReviewTablet tablet;
    SyncIndicator indicator{tablet.session.get()};
    UiSettings settings{tablet.user.path()};
    QQmlApplicationEngine engine;

    explicit ReviewWindow(ReviewTablet::Role role,
                          const std::function<void(ReviewTablet &)> &before = {})
        : tablet(role)
    {
        if (before)
            before(tablet);
        SessionSingleton::instance = tablet.session.get();
        SyncIndicatorSingleton::instance = &indicator;
        UiSettingsSingleton::instance = &settings;
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.setInitialProperties({{"supervisor", role == ReviewTablet::Role::Supervisor}});
        engine.loadData(hostQml, QUrl(QStringLiteral("qrc:/ui_review_test/Host.qml")));
        REQUIRE(engine.rootObjects().size() == 1);
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        REQUIRE(window);
        REQUIRE(QTest::qWaitForWindowExposed(window));
    }

    QString text(const QString &name) { return waitForItem(name)->property("text").toString(); }

    bool dialogOpen(const QString &name)
    {
        QQuickItem *content = item(name == u"reviewDialog" ? QStringLiteral("reviewPinField")
                                                           : QStringLiteral("amendmentPinField"));
        return content && content->isVisible();
    }

    int depth() { return findItem(window->contentItem(), "stack")->property("depth").toInt(); }

    void snapshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("REVIEW_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        // Not in the middle of a page transition.
        QQuickItem *stack = findItem(window->contentItem(), "stack");
        waitFor([&] { return !stack->property("busy").toBool(); });
        QTest::qWait(100);
        window->grabWindow().save(dir + u'/' + name + QStringLiteral(".png"));
    }
};

} // namespace

TEST_CASE("QML: the supervisor returns one record and signs off another", "[qml][review]")
{
    ReviewWindow w(ReviewTablet::Role::Supervisor);
    const ui::DemoTeamSummary team = w.tablet.team;
    QQuickItem *list = w.waitForItem("reviewList");
    REQUIRE(waitFor([&] { return list->property("count").toInt() == team.records; }));
    const int unreviewed = team.records - team.signedOff - team.returned;
    CHECK(w.text("filterAll") == QStringLiteral("All (%1)").arg(team.records));
    CHECK(w.text("filterUnreviewed") == QStringLiteral("Unreviewed (%1)").arg(unreviewed));
    CHECK(w.text("filterReturned") == "Returned (1)");
    // Whom the newest record is about and who wrote it, by name, not by user name.
    auto *queueModel =
        qobject_cast<QAbstractItemModel *>(qvariant_cast<QObject *>(list->property("model")));
    REQUIRE(queueModel);
    const QString newest = queueModel->index(0, 0).data(RecordListModel::RecordIdRole).toString();
    QQuickItem *newestRow = nullptr;
    REQUIRE(waitFor([&] { return (newestRow = findRow(list, newest)) != nullptr; }));
    CHECK(rowLabel(newestRow, "recordWhoLabel") == u"Visit with Noah Hägg Karlsson · Anna Lind");
    w.snapshot("review-queue");

    w.press("filterUnreviewed");
    REQUIRE(waitFor([&] { return list->property("count").toInt() == unreviewed; }));

    // The newest unreviewed record: return it, first without a comment.
    w.openRow("reviewList", 0);
    QQuickItem *page = w.waitForItem("recordViewPage");
    REQUIRE(waitFor([&] { return w.shown("returnButton"); }));
    CHECK(w.text("reviewStateLabel").startsWith(u"Not reviewed"));
    CHECK(w.text("recordTitle").startsWith(u"Visit with Noah Hägg Karlsson 20"));
    CHECK(w.text("recordAuthorLabel").startsWith(u"Written by Anna Lind · signed "));
    CHECK(w.text("signatureText").startsWith(u"Signed by Anna Lind on tablet "));
    CHECK_FALSE(w.shown("amendButton")); // not her record
    w.snapshot("record-view-supervisor");
    const int reviewsBefore = int(w.tablet.records(domain::RecordKind::Review).size());

    w.press("returnButton");
    REQUIRE(waitFor([&] { return w.dialogOpen("reviewDialog"); }));
    REQUIRE(waitFor([&] { return w.item("reviewCommentField")->hasActiveFocus(); }));
    w.type("reviewPinField", w.tablet.user.pin);
    QTest::keyClick(w.window, Qt::Key_Return);
    REQUIRE(waitFor([&] { return w.shown("reviewMessage"); }));
    CHECK(w.text("reviewMessage") ==
          "Write what needs to be completed before returning the record.");
    CHECK(w.dialogOpen("reviewDialog"));
    CHECK(w.item("reviewCommentField")->hasActiveFocus()); // back where the comment goes
    CHECK(w.tablet.records(domain::RecordKind::Review).size() == reviewsBefore);
    w.snapshot("review-return-blocked");

    const QString comment = QStringLiteral("Beskriv varfor samtalet inte holls enskilt.");
    w.typeText(comment);
    w.type("reviewPinField", w.tablet.user.pin);
    w.snapshot("review-return");
    QTest::keyClick(w.window, Qt::Key_Return);
    REQUIRE(waitFor([&] { return !w.dialogOpen("reviewDialog"); }));
    REQUIRE(
        waitFor([&] { return w.text("reviewStateLabel").startsWith(u"Returned for completion"); }));
    // Her review names her by her display name.
    CHECK(w.text("reviewStateLabel").startsWith(u"Returned for completion · Maria Ekholm (demo) "));
    CHECK(w.text("reviewCommentLabel") == comment);
    CHECK(w.tablet.records(domain::RecordKind::Review).size() == reviewsBefore + 1);
    w.snapshot("record-view-returned");
    Q_UNUSED(page);

    // Back in the queue the record has left "unreviewed"; sign off the next one.
    w.press("recordBackButton");
    REQUIRE(waitFor([&] { return !w.shown("recordViewPage"); }));
    REQUIRE(waitFor([&] { return list->property("count").toInt() == unreviewed - 1; }));
    CHECK(w.text("filterReturned") == "Returned (2)");
    w.openRow("reviewList", 0);
    w.press("signOffButton");
    REQUIRE(waitFor([&] { return w.dialogOpen("reviewDialog"); }));
    REQUIRE(waitFor([&] { return w.item("reviewPinField")->hasActiveFocus(); }));
    w.typeText(w.tablet.user.pin);
    QTest::keyClick(w.window, Qt::Key_Return);
    REQUIRE(waitFor([&] { return !w.dialogOpen("reviewDialog"); }));
    REQUIRE(waitFor([&] { return w.text("reviewStateLabel").startsWith(u"Signed off"); }));
    CHECK(w.tablet.records(domain::RecordKind::Review).size() == reviewsBefore + 2);
    w.press("recordBackButton");
    REQUIRE(waitFor([&] { return list->property("count").toInt() == unreviewed - 2; }));

    // A foster-home secretary's supervision session reads the same way.
    w.press("filterAll");
    REQUIRE(waitFor([&] { return list->property("count").toInt() == team.records; }));
    w.openRow("reviewList", 4); // every fifth demo record is a supervision session
    REQUIRE(waitFor([&] {
        return w.text("recordTitle").startsWith(u"Supervision session – Familjen Berg 20");
    }));
    CHECK(w.text("recordAuthorLabel").startsWith(u"Written by Lena Sund · signed "));
    QQuickItem *sections = w.waitForItem("sectionList");
    REQUIRE(waitFor([&] { return sections->property("count").toInt() > 5; }));
    w.snapshot("record-view-supervision");
}

TEST_CASE("QML: the author sees the returned record and its comment", "[qml][author]")
{
    const QString comment = QStringLiteral("Barnets egna ord om skolan saknas.");
    ReviewWindow w(ReviewTablet::Role::Caseworker, [&](ReviewTablet &t) {
        t.pullReview(t.ownVisit, QStringLiteral("returned"), comment);
    });

    // Her caseload says one record was returned; it opens the returned records.
    REQUIRE(waitFor([&] { return w.shown("returnedButton"); }));
    CHECK(w.text("returnedButton").toStdString() == "1 returned for completion");
    w.snapshot("caseload-returned");
    w.press("returnedButton");
    QQuickItem *list = w.waitForItem("reviewList");
    REQUIRE(waitFor([&] { return list->property("count").toInt() == 1; }));
    w.snapshot("my-returned-records");
    w.openRow("reviewList", 0);
    w.waitForItem("recordViewPage");
    REQUIRE(waitFor([&] { return w.shown("reviewCommentLabel"); }));
    CHECK(w.text("reviewStateLabel").startsWith(u"Returned for completion"));
    CHECK(w.text("reviewCommentLabel") == comment);
    CHECK_FALSE(w.shown("signOffButton"));
    CHECK_FALSE(w.shown("returnButton"));
    // Who signed it, where, and that the signature holds.
    CHECK(w.shown("signatureText"));
    CHECK(w.text("signatureText") == u"Signed by anna on this tablet – the signature holds");

    // She completes it with an amendment: refused while empty, then stored beside it.
    w.press("amendButton");
    REQUIRE(waitFor([&] { return w.dialogOpen("amendmentDialog"); }));
    REQUIRE(waitFor([&] { return w.item("amendmentTextField")->hasActiveFocus(); }));
    w.type("amendmentPinField", w.tablet.user.pin);
    QTest::keyClick(w.window, Qt::Key_Return);
    REQUIRE(waitFor([&] { return w.shown("amendmentMessage"); }));
    CHECK(w.text("amendmentMessage") == "Write the correction before saving it.");
    CHECK(w.tablet.records(domain::RecordKind::Amendment).isEmpty());
    const QString text = QStringLiteral("Elsa sa att hon trivs i nya klassen.");
    w.typeText(text); // the focus went back to the correction
    w.type("amendmentReasonField", QStringLiteral("Kompletterat efter granskning."));
    w.type("amendmentPinField", w.tablet.user.pin);
    w.snapshot("amendment-dialog");
    QTest::keyClick(w.window, Qt::Key_Return);
    REQUIRE(waitFor([&] { return !w.dialogOpen("amendmentDialog"); }));
    REQUIRE(waitFor([&] {
        return w.item("amendmentRepeater") &&
               w.item("amendmentRepeater")->property("count").toInt() == 1;
    }));
    const QList<store::StoredRecord> amendments = w.tablet.records(domain::RecordKind::Amendment);
    REQUIRE(amendments.size() == 1);
    CHECK(amendments[0].body.value("text").toString() == text);
    w.snapshot("record-view-amended");

    // Her child page shows the return on the visit's row, and the row opens read-only.
    const auto visit = w.tablet.stored(w.tablet.ownVisit);
    REQUIRE(visit);
    QMetaObject::invokeMethod(w.window, "openChild", Q_ARG(QString, visit->facts.childId),
                              Q_ARG(QString, QStringLiteral("Barnet")));
    QQuickItem *history = nullptr;
    REQUIRE(waitFor([&] {
        return (history = findRow(w.window->contentItem(), w.tablet.ownVisit)) != nullptr;
    }));
    CHECK(history->property("reviewText").toString() == "Returned for completion");
    CHECK(history->property("reviewComment").toString() == comment);
    CHECK(history->property("amendments").toInt() == 1);
    w.snapshot("child-page-returned");
    const int depth = w.depth();
    history->forceActiveFocus(Qt::TabFocusReason);
    QTest::keyClick(w.window, Qt::Key_Return);
    REQUIRE(waitFor([&] { return w.depth() == depth + 1; }));
    REQUIRE(waitFor(
        [&] { return w.item("reviewCommentLabel") && w.text("reviewCommentLabel") == comment; }));
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    return homevisit::test::runCatch(argc, argv);
}
