// How long one autosave of a draft takes on a real user store: the secretary types into
// a child-visit draft and the app saves it (debounced) through JournalStore::saveDraft.
// Each save is a transaction with synchronous=FULL in WAL mode, so what this measures is
// mostly the fsync of the WAL. A save that stalls for long is a draft that is not yet
// on disk when the tablet's battery dies, and a UI worker that falls behind the typing.
#include "benchsupport.h"

#include "crypto/kdf.h"
#include "demo/democaseload.h"
#include "domain/examples.h"
#include "domain/records.h"
#include "platform/filedevicesecret.h"
#include "session/usersession.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <exception>
#include <vector>

using namespace homevisit;
using namespace homevisit::bench;

namespace {

constexpr int Saves = 1000;
// The body starts near 4.5 KB and gains one typed character per save, so it is ~5 KB
// on average and every save writes something different.
constexpr qsizetype StartBodyBytes = 4600;

// What the secretary goes on typing, character by character (looped).
const QString Typing = QStringLiteral(
    " Efter samtalet visar flickan sina läxor och berättar att hon tränar fotboll tre gånger "
    "i veckan. Familjehemspappan säger att hon sover bättre nu och att magontet på söndagar "
    "har minskat sedan umgänget flyttades till lördagar. Hon önskar att få ringa Elias oftare.");

qsizetype serializedSize(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact).size(); // as the store writes it
}

int run()
{
    const std::string base = baseDirectory();
    QTemporaryDir dir(QString::fromStdString(base) + QStringLiteral("/homevisit-autosave-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_autosave: cannot create a directory in %s\n", base.c_str());
        return 1;
    }
    const QString user = QStringLiteral("anna");
    const QString pin = QStringLiteral("482915");
    FileDeviceSecret device(dir.path());
    // Cheap Argon2id (as the tests use): the KDF is bench_unlock's subject, not this one's.
    UserSession::enroll(dir.path(), user, pin, device, makeKdfParams(1, 8 * 1024, 1));
    std::unique_ptr<UserSession> session = UserSession::unlock(dir.path(), user, pin, device);
    store::JournalStore &journal = session->journal();
    const QDate today = QDate::currentDate();
    const demo::DemoSummary demo = demo::seedDemoCaseload(journal, today);

    const QString childId = journal.caseload(today).constFirst().child.id;
    QJsonObject body = domain::exampleChildVisit(childId, QDateTime(today, QTime(10, 0)));
    const QString id = journal.createDraft(domain::RecordKind::ChildVisit, body);

    // What was written before this stretch of typing: the example's text, repeated.
    const QString example = body.value(QStringLiteral("observations")).toString();
    QString observations = example;
    body.insert(QStringLiteral("observations"), observations);
    while (serializedSize(body) < StartBodyBytes) {
        observations += QLatin1Char(' ') + example;
        body.insert(QStringLiteral("observations"), observations);
    }
    observations.truncate(observations.size() - (serializedSize(body) - StartBodyBytes));

    std::vector<double> ms;
    ms.reserve(Saves);
    qsizetype firstBytes = 0, lastBytes = 0, totalBytes = 0;
    double totalMs = 0;
    for (int i = 0; i < Saves; ++i) {
        observations += Typing.at(i % Typing.size());
        body.insert(QStringLiteral("observations"), observations);
        const qsizetype bytes = serializedSize(body);
        (i == 0 ? firstBytes : lastBytes) = bytes;
        totalBytes += bytes;

        const auto start = Clock::now();
        journal.saveDraft(id, body);
        const double elapsed = msSince(start);
        ms.push_back(elapsed);
        totalMs += elapsed;
    }

    // The last save must be the one that is stored, or nothing above was measured.
    const std::optional<store::StoredRecord> stored = journal.record(id);
    if (!stored || stored->revision != Saves + 1 ||
        stored->body.value(QStringLiteral("observations")).toString() != observations) {
        std::fprintf(stderr, "bench_autosave: the draft does not hold the last save\n");
        return 1;
    }
    const QString journalPath = UserPaths::of(dir.path(), user).journal;
    const qint64 dbBytes = QFileInfo(journalPath).size();
    const qint64 walBytes = QFileInfo(journalPath + QStringLiteral("-wal")).size();
    session.reset();

    std::printf("autosave: %d saves of one child-visit draft via JournalStore::saveDraft\n", Saves);
    std::printf("  store: SQLCipher, WAL, synchronous=FULL; one transaction per save writes the "
                "record, its outbox row (drafts are pushed too) and an audit event\n");
    std::printf("  storage: %s (%s), 4 KiB write + fdatasync: %.2f ms median\n", base.c_str(),
                fileSystemOf(base).c_str(), fdatasyncMs(base));
    std::printf(
        "  caseload: %d children, %d foster homes, %d signed records, %d open draft(s) (demo)\n",
        demo.children, demo.fosterHomes, demo.signedRecords, demo.drafts);
    std::printf("  body: %lld B at the first save, %lld B at the last, %.0f B on average "
                "(one more typed character each save)\n",
                static_cast<long long>(firstBytes), static_cast<long long>(lastBytes),
                double(totalBytes) / Saves);
    std::printf("  latency per save: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms "
                "(mean %.2f ms)\n",
                percentile(ms, 50), percentile(ms, 90), percentile(ms, 99), maxOf(ms),
                totalMs / Saves);
    std::printf("  throughput: %.0f saves/s back to back (%d saves in %.2f s)\n",
                Saves / (totalMs / 1000), Saves, totalMs / 1000);
    std::printf("  files after: journal.db %.0f KiB, journal.db-wal %.0f KiB\n", dbBytes / 1024.0,
                walBytes / 1024.0);
    return 0;
}

} // namespace

int main()
{
    try {
        return run();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_autosave: %s\n", e.what());
        return 1;
    }
}
