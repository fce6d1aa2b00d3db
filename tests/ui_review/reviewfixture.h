// Tablets for the review tests: a supervisor whose store holds her team's synced
// records (the demo team, written as pulled changes) plus one signed visit of her
// own, and a caseworker with the demo caseload. Real Argon2id (cheap) and SQLCipher,
// an unlocked SessionController whose journal thread runs the controllers' jobs.
#pragma once

#include "demo/democaseload.h"
#include "domain/examples.h"
#include "session/usersession.h"
#include "store/outbox.h"
#include "testsupport.h"
#include "ui/demoseed.h"
#include "ui/review/demoteam.h"
#include "ui/sessioncontroller.h"
#include "waitfor.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <functional>

namespace homevisit::test {

struct ReviewTablet
{
    enum class Role
    {
        Supervisor,
        Caseworker
    };

    TempUser user; // "anna"
    ui::DemoTeamSummary team;
    QString ownVisit; // a signed visit of this user's own
    std::unique_ptr<ui::SessionController> session;

    explicit ReviewTablet(Role role)
    {
        {
            auto s = user.unlock();
            store::JournalStore &j = s->journal();
            if (role == Role::Supervisor) {
                ui::seedDemo(j, QStringLiteral("supervisor"), QDate::currentDate());
                // seedDemo's summary is not returned: count what the demo team wrote.
                team = countTeam(j);
                ownVisit = j.createDraft(domain::RecordKind::ChildVisit,
                                         domain::exampleChildVisit(
                                             QStringLiteral("0190d000-0000-7000-8e99-000000000099"),
                                             QDateTime::currentDateTime().addDays(-2)));
                j.sign(ownVisit);
            } else {
                demo::seedDemoCaseload(j, QDate::currentDate());
                for (const store::StoredRecord &r : j.records(domain::RecordKind::ChildVisit, {}))
                    if (r.status == store::RecordStatus::Signed)
                        ownVisit = r.id; // the newest signed visit
            }
        }
        session = std::make_unique<ui::SessionController>(
            ui::SessionController::Options{user.path(), {}, false, false});
        session->start();
        REQUIRE(waitFor([&] { return session->state() == ui::SessionController::State::Locked; }));
        session->unlock(user.pin);
        REQUIRE(
            waitFor([&] { return session->state() == ui::SessionController::State::Unlocked; }));
    }

    static ui::DemoTeamSummary countTeam(store::JournalStore &j)
    {
        ui::DemoTeamSummary t;
        for (const store::StoredRecord &r : j.records(std::nullopt, {})) {
            if (r.kind == domain::RecordKind::ChildVisit ||
                r.kind == domain::RecordKind::SupervisionSession) {
                ++t.records;
                t.concerns += r.facts.concern ? 1 : 0;
            } else if (r.kind == domain::RecordKind::Amendment) {
                ++t.amendments;
            } else if (r.kind == domain::RecordKind::Review) {
                const QString d = r.body.value("decision").toString();
                t.signedOff += d == u"signed_off" ? 1 : 0;
                t.returned += d == u"returned" ? 1 : 0;
            }
        }
        return t;
    }

    // Runs `job` on the journal thread (never here) and waits for it.
    template <class R> R onJournal(std::function<R(store::JournalStore &)> job)
    {
        QObject context;
        R out{};
        bool done = false;
        ui::JournalThread &journal = session->journal();
        journal.run<R>(
            &context, [&journal, job] { return job(journal.session()->journal()); },
            [&](const R &r) {
                out = r;
                done = true;
            });
        REQUIRE(waitFor([&] { return done; }));
        return out;
    }

    // Every job asked for so far has run and its answer has arrived (models post their
    // reloads from the event loop; answers come back in the order the jobs ran).
    void settle()
    {
        QCoreApplication::processEvents();
        onJournal<bool>([](store::JournalStore &) { return true; });
        QCoreApplication::processEvents();
    }

    QList<store::StoredRecord> records(domain::RecordKind kind)
    {
        return onJournal<QList<store::StoredRecord>>(
            [kind](store::JournalStore &j) { return j.records(kind, {}); });
    }

    std::optional<store::StoredRecord> stored(const QString &id)
    {
        return onJournal<std::optional<store::StoredRecord>>(
            [id](store::JournalStore &j) { return j.record(id); });
    }

    int outboxSize()
    {
        return onJournal<int>([](store::JournalStore &j) { return j.outboxSize(); });
    }

    // The outbox rows as they would be pushed (marks them in flight: call last).
    QList<store::PendingMutation> takeOutbox()
    {
        return onJournal<QList<store::PendingMutation>>([](store::JournalStore &j) {
            return store::Outbox(j).takeBatch(1000, std::numeric_limits<qint64>::max() / 2);
        });
    }

    // A review of `recordId` as the server sends it in a pull page (docs/sync-protocol.md).
    void pullReview(const QString &recordId, const QString &decision, const QString &comment,
                    qint64 seq = 9001)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString at = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs);
        QJsonObject body{{"refers_to", recordId}, {"decision", decision}};
        if (!comment.isEmpty())
            body.insert("comment", comment);
        const QJsonObject data{
            {"id", QStringLiteral("0193a000-0000-7000-8000-%1").arg(seq, 12, 10, QLatin1Char('0'))},
            {"kind", "review"},
            {"status", "signed"},
            {"author", "maria"},
            {"device_id", "0193a000-0000-7000-8000-00000000beef"},
            {"hlc", QStringLiteral("%1.000000").arg(now, 16, 10, QLatin1Char('0'))},
            {"revision", 1},
            {"created_at", at},
            {"signed_at", at},
            {"received_at", at},
            {"body", body}};
        onJournal<bool>([data, seq](store::JournalStore &j) {
            j.applyPulled({{store::PulledChange::Type::Record, seq, false, data}},
                          QStringLiteral("cursor-%1").arg(seq));
            return true;
        });
    }
};

} // namespace homevisit::test
