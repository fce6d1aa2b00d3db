// A tablet for the child-visit tests: one secretary (cheap but real Argon2id), a real
// SQLCipher store with the demo caseload, and an unlocked SessionController whose
// journal thread runs the editor's jobs, as in the app.
#pragma once

#include "demo/democaseload.h"
#include "session/usersession.h"
#include "testsupport.h"
#include "ui/sessioncontroller.h"
#include "waitfor.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <optional>

namespace homevisit::test {

struct VisitTablet
{
    TempUser user;
    QString youngChild; // under 10: the younger set of child-mode questions
    QString olderChild;
    std::unique_ptr<ui::SessionController> session;

    VisitTablet()
    {
        {
            auto s = user.unlock();
            demo::seedDemoCaseload(s->journal(), QDate::currentDate());
            for (const store::Child &c : s->journal().children()) {
                const int age = QDate::currentDate().year() - c.birthYear;
                QString &slot = age < 10 ? youngChild : olderChild;
                if (slot.isEmpty())
                    slot = c.id;
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
