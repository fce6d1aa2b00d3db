// The session and the lists as the QML sees them, on real SQLCipher stores: unlocking
// (wrong PIN, the warning before the lockout), the idle lock that empties every model,
// and the models themselves under QAbstractItemModelTester.
#define CATCH_CONFIG_RUNNER
#include "waitfor.h"
#include <catch2/catch.hpp>

#include "caseloadmodel.h"
#include "demo/democaseload.h"
#include "recordlistmodel.h"
#include "sessioncontroller.h"
#include "syncindicator.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QThread>

using namespace homevisit;
using namespace homevisit::ui;
using State = SessionController::State;

namespace {

using homevisit::test::waitFor;

// A tablet with one secretary whose store holds the demo caseload.
struct Tablet
{
    test::TempUser user;
    Tablet()
    {
        auto s = user.unlock();
        demo::seedDemoCaseload(s->journal(), QDate::currentDate());
    }
    std::unique_ptr<SessionController> session()
    {
        auto s = std::make_unique<SessionController>(
            SessionController::Options{user.path(), {}, false, false});
        s->start();
        REQUIRE(waitFor([&] { return s->state() == State::Locked; }));
        return s;
    }
};

void unlock(SessionController &s, const QString &pin)
{
    s.unlock(pin);
    REQUIRE(waitFor([&] { return s.state() != State::Unlocking; }));
}

} // namespace

TEST_CASE("a wrong PIN says so calmly and warns before the lockout", "[ui][session]")
{
    Tablet tablet;
    auto session = tablet.session();
    CHECK(session->userName() == tablet.user.user);
    CHECK(session->attemptsLeft() == 10);

    unlock(*session, "111111");
    CHECK(session->state() == State::Locked);
    CHECK(session->message().contains("Wrong PIN"));
    // Three failures are free; after the fourth the next try must wait, visibly.
    unlock(*session, "111112");
    unlock(*session, "111113");
    CHECK(session->waitSeconds() == 0);
    unlock(*session, "111114");
    CHECK(session->waitSeconds() >= 29);
    CHECK(session->attemptsLeft() == 6);
    session->unlock(tablet.user.pin); // ignored while the countdown runs
    CHECK(session->state() == State::Locked);
}

TEST_CASE("unlocking opens the caseload; locking empties every model", "[ui][session][models]")
{
    Tablet tablet;
    auto session = tablet.session();
    CaseloadModel caseload;
    QAbstractItemModelTester caseloadTester(&caseload,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    caseload.setSession(session.get());
    RecordListModel records;
    QAbstractItemModelTester recordsTester(&records,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    records.setSession(session.get());

    unlock(*session, tablet.user.pin);
    REQUIRE(session->state() == State::Unlocked);
    REQUIRE(waitFor([&] { return caseload.rowCount() == 17; }));
    REQUIRE(waitFor([&] { return records.rowCount() > 0; }));
    // Overdue first, with its phrase.
    const QModelIndex first = caseload.index(0, 0);
    CHECK(first.data(CaseloadModel::OverdueRole).toBool());
    CHECK(caseload.overdueCount() == 1);
    CHECK(first.data(CaseloadModel::DueTextRole).toString().contains("overdue"));
    CHECK_FALSE(caseload.index(1, 0).data(CaseloadModel::OverdueRole).toBool());

    // One child's history holds only that child's visits, newest first.
    const QString childId = caseload.index(3, 0).data(CaseloadModel::ChildIdRole).toString();
    records.setChildId(childId);
    REQUIRE(waitFor([&] {
        return records.rowCount() > 0 &&
               records.index(0, 0).data(RecordListModel::ChildIdRole).toString() == childId;
    }));
    QString previous = "9999";
    for (int row = 0; row < records.rowCount(); ++row) {
        const QModelIndex i = records.index(row, 0);
        CHECK(i.data(RecordListModel::ChildIdRole).toString() == childId);
        CHECK(i.data(RecordListModel::EventDateRole).toString() <= previous);
        previous = i.data(RecordListModel::EventDateRole).toString();
        CHECK(i.data(RecordListModel::SyncStateRole).toString() == "local");
    }

    session->lock();
    CHECK(session->state() == State::Locked);
    CHECK(caseload.rowCount() == 0);
    CHECK(records.rowCount() == 0);
    // Unlocking again brings the same views back (the page stays where it was).
    unlock(*session, tablet.user.pin);
    REQUIRE(waitFor([&] { return caseload.rowCount() == 17 && records.rowCount() > 0; }));
}

TEST_CASE("the idle timer locks the tablet; activity keeps it open", "[ui][session]")
{
    Tablet tablet;
    auto session = tablet.session();
    unlock(*session, tablet.user.pin);
    REQUIRE(session->state() == State::Unlocked);
    CHECK(session->idleLockSeconds() == 120); // the default: two minutes
    session->setIdleLockSeconds(15);          // the shortest allowed
    QElapsedTimer timer;
    timer.start();
    // Touching now and then keeps it open past the idle time...
    while (timer.elapsed() < 17'000) {
        session->noteActivity();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(50);
    }
    CHECK(session->state() == State::Unlocked);
    // ... and leaving it alone locks it.
    REQUIRE(waitFor([&] { return session->state() == State::Locked; }, 17'000));
}

TEST_CASE("the sync line is one calm sentence for every state", "[ui][sync]")
{
    using S = sync::SyncStatus;
    const QDateTime now = QDateTime::currentDateTime();
    sync::SyncSnapshot s;
    s.attempted = true;
    s.status = S::Offline;
    s.waiting = 2;
    auto text = SyncIndicator::describe(s, now);
    CHECK(text.line.contains("Not connected"));
    CHECK_FALSE(text.attention); // offline is normal on a home visit
    s.status = S::Synced;
    s.waiting = 0;
    s.lastSuccess = now;
    CHECK(SyncIndicator::describe(s, now).line.startsWith("Synced"));
    s.refused = 1;
    CHECK(SyncIndicator::describe(s, now).attention);
    for (S status : {S::NotEnrolled, S::UpdateApp, S::ServerRefused, S::Revoked}) {
        s.status = status;
        CHECK_FALSE(SyncIndicator::describe(s, now).line.isEmpty());
        CHECK(SyncIndicator::describe(s, now).attention);
    }
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
