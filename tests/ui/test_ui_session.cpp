// The session and the lists as the QML sees them, on real SQLCipher stores: unlocking
// (wrong PIN, the warning before the lockout), the idle lock that empties every model,
// and the models themselves under QAbstractItemModelTester.
#include "catchrunner.h"
#include "waitfor.h"

#include <catch2/catch.hpp>

#include "demo/democaseload.h"
#include "sync/engine/syncengine.h"
#include "testsupport.h"
#include "ui/caseloadmodel.h"
#include "ui/devicelistmodel.h"
#include "ui/recordlistmodel.h"
#include "ui/sessioncontroller.h"
#include "ui/syncindicator.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QThread>
#include <QUuid>

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

sync::DeviceInfo deviceInfo(const QString &name, sync::DeviceState state, bool thisDevice)
{
    sync::DeviceInfo d;
    d.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.deviceName = name;
    d.enrolledAt = QDateTime(QDate(2026, 12, 4), QTime(13, 2), Qt::UTC);
    d.issuedBy = QStringLiteral("admin");
    d.state = state;
    if (state == sync::DeviceState::Pending)
        d.holdUntil = QDateTime(QDate(2026, 12, 7), QTime(13, 2), Qt::UTC);
    d.thisDevice = thisDevice;
    return d;
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

TEST_CASE("her tablet tells her about a new one, and 'It was me' keeps her approval for the "
          "next sync round",
          "[ui][devices]")
{
    Tablet tablet;
    const sync::DeviceInfo mine = deviceInfo("Surfplatta 14", sync::DeviceState::Approved, true);
    const sync::DeviceInfo newcomer =
        deviceInfo("Surfplatta 15", sync::DeviceState::Pending, false);
    {
        // What the last sync round stored from GET /v1/devices.
        auto s = tablet.user.unlock();
        s->journal().setSetting(
            sync::settingKey::Devices,
            QString::fromUtf8(sync::encode(sync::DeviceList{{mine, newcomer}})));
    }
    auto session = tablet.session();
    unlock(*session, tablet.user.pin);
    DeviceListModel devices;
    QAbstractItemModelTester tester(&devices,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    devices.setSession(session.get());
    REQUIRE(waitFor([&] { return devices.rowCount() == 2; }));
    CHECK(devices.notice().startsWith("A new tablet has been enrolled for your account: "
                                      "Surfplatta 15, 4 december kl. "));
    CHECK(devices.notice().endsWith(", by admin"));
    CHECK(devices.noticeDeviceId() == newcomer.deviceId);
    CHECK(devices.waitingText().isEmpty());
    CHECK(devices.index(1, 0).data(DeviceListModel::CanDecideRole).toBool());
    CHECK_FALSE(devices.index(0, 0).data(DeviceListModel::CanDecideRole).toBool());

    devices.approve(newcomer.deviceId); // "Det var jag", with no server reachable
    CHECK(devices.notice().isEmpty());
    CHECK(devices.index(1, 0).data(DeviceListModel::QueuedRole).toBool());
    session->lock();
    REQUIRE(waitFor([&] { return session->state() == State::Locked; }));
    CHECK(devices.rowCount() == 0); // nothing of the journal stays while locked
    session.reset();
    auto s = tablet.user.unlock();
    const QJsonObject queued =
        QJsonDocument::fromJson(s->journal().setting(sync::settingKey::DeviceDecisions).toUtf8())
            .object();
    CHECK(queued.value(newcomer.deviceId).toString() == "approve");
}

TEST_CASE("a tablet waiting for approval says why earlier notes are missing", "[ui][devices]")
{
    DeviceListModel devices;
    const sync::DeviceInfo mine = deviceInfo("Surfplatta 15", sync::DeviceState::Pending, true);
    devices.setDevices({{deviceInfo("Surfplatta 14", sync::DeviceState::Approved, false), mine}},
                       {});
    CHECK(devices.notice().isEmpty()); // a pending tablet decides nothing
    CHECK(devices.waitingText().startsWith(
        "This tablet is waiting for approval. Earlier notes appear when you approve it from "
        "your other tablet, or after 7 december kl. "));
    CHECK_FALSE(devices.index(0, 0).data(DeviceListModel::CanDecideRole).toBool());
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    return homevisit::test::runCatch(argc, argv);
}
