// A child process for the crash tests. It prints an acknowledgment line only after the
// store has committed (fsync'd) the change, then the parent SIGKILLs it at a random
// moment and checks that everything acknowledged is still there.
//
//   crash_worker journal DATA_DIR USER PIN SEED   autosave drafts and sign visits forever
//   crash_worker guess   DATA_DIR USER PIN        try a (wrong) PIN forever
#include "../testsupport.h"
#include "crashworker.h"
#include "domain/examples.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>
#include <random>

using namespace homevisit;

namespace {

void ack(const char *what, const QString &id, int revision = 0)
{
    std::printf("%s %s %d\n", what, qPrintable(id), revision);
    std::fflush(stdout);
}

int journal(const QString &dir, const QString &user, const QString &pin, unsigned seed)
{
    FileDeviceSecret device(dir);
    auto session = UserSession::unlock(dir, user, pin, device);
    auto &j = session->journal();
    std::mt19937 rng(seed);
    const QString child = QStringLiteral("0190d000-0000-7000-8b00-000000000001");
    for (;;) {
        QJsonObject body = domain::exampleChildVisit(child, QDateTime::currentDateTime());
        const QString id = j.createDraft(domain::RecordKind::ChildVisit, body);
        ack("CREATED", id, 1);
        const int saves = int(rng() % 8);
        for (int rev = 2; rev < 2 + saves; ++rev) {
            body.insert("observations", test::autosaveText(id, rev));
            j.saveDraft(id, body);
            ack("SAVED", id, rev);
        }
        if (rng() % 3 != 0) {
            j.sign(id);
            ack("SIGNED", id);
        }
    }
}

int guess(const QString &dir, const QString &user, const QString &pin)
{
    FileDeviceSecret device(dir);
    for (int n = 1;; ++n) {
        ack("TRY", QString::number(n));
        try {
            UserSession::unlock(dir, user, pin, device);
            ack("UNLOCKED", QString::number(n));
        } catch (const SessionError &e) {
            ack("FAILED", QString::number(n));
            if (e.code() != SessionError::Code::WrongPin)
                return 3;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    try {
        if (a.size() == 6 && a[1] == "journal")
            return journal(a[2], a[3], a[4], a[5].toUInt());
        if (a.size() == 5 && a[1] == "guess")
            return guess(a[2], a[3], a[4]);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "crash_worker: %s\n", e.what());
        return 1;
    }
    std::fprintf(stderr, "usage: crash_worker journal DIR USER PIN SEED | guess DIR USER PIN\n");
    return 2;
}
