#include "verify.h"

#include "sync/gateway/auditchain.h"

#include "domain/recordsignature.h"

#include <QJsonDocument>
#include <QSet>

#include <cstdio>

namespace homevisit::gateway {

namespace {

constexpr int Page = 500;
constexpr char AppliedVerified[] = "applied signed, signature verified";
constexpr char KeyPrefix[] = "signing_key ";

// What the audit chain says about keys and records, read while walking it.
struct AuditFacts
{
    QSet<QString> enrolledKeys;    // "user\ndevice\nkey" of every audited enrollment
    QSet<QString> verifiedRecords; // ids applied with a verified signature
};

QString keyEntry(const QString &user, const QString &device, const QString &key)
{
    return user + u'\n' + device + u'\n' + key;
}

// The first broken link, or "" when `row` follows `previous` correctly.
QString checkLink(const AuditRow &row, qint64 expectedId, const QString &expectedPrev)
{
    if (row.id != expectedId)
        return row.id > expectedId
                   ? QStringLiteral("audit row %1 is missing (deleted) before row %2")
                         .arg(expectedId)
                         .arg(row.id)
                   : QStringLiteral("audit row %1 is out of order (inserted)").arg(row.id);
    if (row.prevHash != expectedPrev)
        return QStringLiteral("audit row %1 does not link to row %2: a row was deleted, inserted"
                              " or changed there")
            .arg(row.id)
            .arg(row.id - 1);
    if (row.hash != auditHash(row.prevHash, row.id, row.at, row.event))
        return QStringLiteral("audit row %1 was changed: its content does not match its hash")
            .arg(row.id);
    return {};
}

void walkAudit(CentralStore &store, VerifyReport &report, AuditFacts &facts)
{
    QString prev = auditGenesisHash();
    qint64 last = 0;
    for (;;) {
        const QList<AuditRow> rows = store.auditRows(last, Page);
        for (const AuditRow &row : rows) {
            ++report.auditRows;
            if (report.chainBreak.isEmpty())
                report.chainBreak = checkLink(row, last + 1, prev);
            last = row.id;
            prev = row.hash;
            const AuditEvent &e = row.event;
            if (e.action == u"enroll" && e.detail.startsWith(QLatin1String(KeyPrefix)))
                facts.enrolledKeys.insert(
                    keyEntry(e.user, e.deviceId,
                             e.detail.mid(qsizetype(sizeof KeyPrefix) - 1).section(u';', 0, 0)));
            // Re-enrolling a user is visible: who issued a credential for whom, and when.
            if (e.action == u"admin_credential")
                report.adminCredentials.append(
                    QStringLiteral("audit row %1, %2: %3 issued an enrollment credential for %4")
                        .arg(row.id)
                        .arg(row.at, e.user, e.detail));
            if (e.action == u"push" && e.detail == QLatin1String(AppliedVerified))
                facts.verifiedRecords.insert(e.recordId);
        }
        if (rows.size() < Page)
            break;
    }
    report.chainHead = QStringLiteral("%1:%2").arg(last).arg(prev);
}

// "" when the record holds (or is legacy or a draft); else why not.
QString checkRecord(CentralStore &store, const RecordRow &row, const AuditFacts &facts,
                    VerifyReport &report)
{
    const auto decoded = sync::decodeRecord(QJsonDocument::fromJson(row.data).object());
    if (const auto *error = std::get_if<sync::ProtocolError>(&decoded))
        return "its stored form does not decode (" + error->message + ")";
    const auto &record = std::get<sync::WireRecord>(decoded);
    const bool wasVerified = facts.verifiedRecords.contains(row.id);
    if (record.status != u"signed" || row.status != u"signed") {
        if (wasVerified)
            return QStringLiteral("the audit log shows it signed, but it is stored as a draft");
        ++report.drafts;
        return {};
    }
    if (record.signature.isEmpty()) {
        if (wasVerified)
            return QStringLiteral("its signature was removed");
        ++report.legacy;
        return {};
    }
    // The gateway never deletes a device (revoking only marks it), so a missing one was
    // removed behind its back.
    const auto device = store.device(record.deviceId, record.author);
    if (!device)
        return "its device " + record.deviceId + " of " + record.author + " is not stored";
    // Only a key the chain shows enrolled counts: the devices table alone could have been
    // given a key of someone else's (with records re-signed by it).
    const bool enrolled =
        !row.signingKey.isEmpty() &&
        facts.enrolledKeys.contains(keyEntry(record.author, record.deviceId, row.signingKey));
    if (!enrolled)
        return "the key it was verified against was never enrolled for device " + record.deviceId +
               " of " + record.author;
    const domain::SignedContent content{record.recordId, record.kind,     record.revision,
                                        record.author,   record.deviceId, record.createdAt,
                                        record.signedAt, record.body};
    if (!domain::signature::verify(content, record.signature, row.signingKey))
        return QStringLiteral("its signature does not verify: the record was changed after it"
                              " was signed, or not signed by its author's tablet");
    ++report.verified;
    return {};
}

void walkRecords(CentralStore &store, VerifyReport &report, const AuditFacts &facts)
{
    QSet<QString> seen;
    qint64 last = 0;
    for (;;) {
        const QList<RecordRow> rows = store.recordRows(last, Page);
        for (const RecordRow &row : rows) {
            last = row.seq;
            seen.insert(row.id);
            const QString problem = checkRecord(store, row, facts, report);
            if (!problem.isEmpty())
                report.notVerified.append("record " + row.id + ": NOT VERIFIED: " + problem);
        }
        if (rows.size() < Page)
            break;
    }
    for (const QString &id : facts.verifiedRecords) {
        if (!seen.contains(id))
            report.notVerified.append("record " + id +
                                      ": NOT VERIFIED: the audit log shows it signed, but it is"
                                      " no longer stored");
    }
}

} // namespace

VerifyReport verifyStore(CentralStore &store)
{
    VerifyReport report;
    AuditFacts facts;
    walkAudit(store, report, facts);
    walkRecords(store, report, facts);
    return report;
}

int runVerify(CentralStore &store, const QStringList &arguments)
{
    if (!arguments.isEmpty()) {
        std::fprintf(stderr, "homevisit-central: verify takes no arguments, got: %s\n",
                     qPrintable(arguments.join(u' ')));
        return 2;
    }
    const VerifyReport report = verifyStore(store);
    for (const QString &line : report.notVerified)
        std::printf("%s\n", qPrintable(line));
    std::printf("signed records: %lld verified, %lld legacy (signed before signatures existed,"
                " nothing to check), %lld NOT VERIFIED; %lld drafts\n",
                qlonglong(report.verified), qlonglong(report.legacy),
                qlonglong(report.notVerified.size()), qlonglong(report.drafts));
    for (const QString &line : report.adminCredentials)
        std::printf("%s\n", qPrintable(line));
    if (report.chainBreak.isEmpty())
        std::printf("audit log: %lld rows, the hash chain holds; head %s\n",
                    qlonglong(report.auditRows), qPrintable(report.chainHead));
    else
        std::printf("audit log: %lld rows, the hash chain is BROKEN: %s\n",
                    qlonglong(report.auditRows), qPrintable(report.chainBreak));
    std::printf("%s\n", report.holds() ? "verify: everything holds"
                                       : "verify: something does NOT verify (see above)");
    return report.holds() ? 0 : 1;
}

} // namespace homevisit::gateway
