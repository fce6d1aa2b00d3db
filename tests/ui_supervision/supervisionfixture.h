// A foster-home secretary's tablet for the supervision tests: one user (cheap but real
// Argon2id), a real SQLCipher store with the demo's foster homes and months of signed
// sessions, and an unlocked SessionController whose journal thread runs the editor's
// jobs, as in the app. Reuses the visit tests' waitFor.
#pragma once

#include "demo/demofosterhomes.h"
#include "session/usersession.h"
#include "testsupport.h"
#include "ui/sessioncontroller.h"
#include "visitfixture.h"

#include <catch2/catch.hpp>

namespace homevisit::test {

struct SupervisionTablet
{
    TempUser user;
    QString overdueHome = demo::demoId('a', demo::overdueDemoHome); // Familjen Hägg
    QString berglunds = demo::demoId('a', 0);                       // has today's draft
    QString residential = demo::demoId('a', 10);                    // the HVB: not hers
    QString draftId;
    QString signedId; // one of the Berglunds' signed sessions
    demo::DemoSummary summary;
    std::unique_ptr<ui::SessionController> session;

    SupervisionTablet()
    {
        {
            auto s = user.unlock();
            summary = demo::seedDemoFosterHomes(s->journal(), QDate::currentDate());
            for (const store::StoredRecord &r :
                 s->journal().records(domain::RecordKind::SupervisionSession, {})) {
                if (r.facts.fosterHomeId != berglunds)
                    continue;
                (r.status == store::RecordStatus::Draft ? draftId : signedId) = r.id;
            }
        }
        session = std::make_unique<ui::SessionController>(
            ui::SessionController::Options{user.path(), {}, false, false});
        session->start();
        REQUIRE(waitFor([&] { return session->state() == ui::SessionController::State::Locked; }));
        unlock();
    }

    void unlock()
    {
        session->unlock(user.pin);
        REQUIRE(
            waitFor([&] { return session->state() == ui::SessionController::State::Unlocked; }));
    }

    // The record as the store has it now, read on the journal thread (never here).
    std::optional<store::StoredRecord> stored(const QString &id)
    {
        QObject context;
        std::optional<store::StoredRecord> out;
        bool done = false;
        ui::JournalThread &journal = session->journal();
        journal.run<std::optional<store::StoredRecord>>(
            &context, [&journal, id] { return journal.session()->journal().record(id); },
            [&](const std::optional<store::StoredRecord> &r) {
                out = r;
                done = true;
            });
        REQUIRE(waitFor([&] { return done; }));
        return out;
    }
};

} // namespace homevisit::test
