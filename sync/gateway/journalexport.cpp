// The gateway's side of the case system (docs/integration.md): every signed record becomes
// a journal entry when it is stored, the connector reads them from a feed whose cursor the
// gateway keeps, and caseload snapshots come in over HTTP as they do on the command line
// (caseloadimport.h). Forwarding the entries to an endpoint is forwarder.h's.
#include "sync/gateway/caseloadimport.h"
#include "sync/gateway/gateway.h"

#include "sync/integration/journalentry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace homevisit::gateway {

using sync::ProtocolError;
using sync::Role;

namespace {

constexpr int DefaultExportLimit = 100;
constexpr int MaxExportLimit = 500;
// A page is cut before it could exceed what a client should have to hold at once.
constexpr qsizetype ExportPageBudget = 6 * 1024 * 1024;

ProtocolError failure(int status, const QString &code, const QString &message,
                      const QJsonObject &extra = {})
{
    return ProtocolError{status, code, message, extra};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The child or foster home a record is about; amendments and reviews are about what the
// record they refer to is about, so forwarding keeps them in that subject's order.
struct Subject
{
    QString type; // "child" | "foster_home"
    QString id;
};

Subject subjectOf(const StoredRecord &record, const std::optional<StoredRecord> &referred)
{
    const StoredRecord &about = referred ? *referred : record;
    if (!about.childId.isEmpty())
        return {QStringLiteral("child"), about.childId};
    return {QStringLiteral("foster_home"), about.fosterHomeId};
}

// The case system's id and the name of a child or foster home, when the gateway has them.
void describeSubject(CentralStore &store, const Subject &subject,
                     integration::JournalSource &source)
{
    const bool child = subject.type == u"child";
    const auto row = store.referenceRow(
        child ? sync::ChangeType::Child : sync::ChangeType::FosterHome, subject.id);
    if (!row)
        return;
    source.caseId = row->data.value("case_id").toString();
    source.subjectName = row->data.value(child ? "name" : "family_name").toString();
}

std::optional<int> exportLimit(const QString &text)
{
    if (text.isEmpty())
        return DefaultExportLimit;
    bool ok = false;
    const int limit = text.toInt(&ok);
    if (!ok || limit < 1 || limit > MaxExportLimit)
        return std::nullopt;
    return limit;
}

} // namespace

void Gateway::appendJournalEntry(const StoredRecord &stored)
{
    std::optional<StoredRecord> referred;
    if (!stored.refersTo.isEmpty())
        referred = m_store.record(stored.refersTo);
    const Subject subject = subjectOf(stored, referred);
    integration::JournalSource source;
    source.record = stored.record;
    source.signingKey = stored.signingKey;
    source.municipality = stored.municipality;
    source.subjectType = subject.type;
    source.subjectId = subject.id;
    describeSubject(m_store, subject, source);
    if (const auto author = m_store.user(stored.record.author))
        source.authorDisplayName = author->displayName;
    if (referred)
        source.corrected = referred->record;
    JournalEntryRow row;
    row.entryId = stored.record.recordId;
    row.municipality = stored.municipality;
    row.subjectId = subject.id;
    row.createdAt = QDateTime::currentDateTimeUtc();
    row.data = compact(integration::journalEntry(source));
    m_store.appendJournalEntry(row);
}

int Gateway::backfillJournal()
{
    int built = 0;
    for (;;) {
        const QList<StoredRecord> records = m_store.signedRecordsWithoutEntry(200);
        if (records.isEmpty())
            break;
        m_store.transaction([&] {
            for (const StoredRecord &record : records)
                appendJournalEntry(record);
            return true;
        });
        built += int(records.size());
    }
    return built;
}

std::variant<Caller, ProtocolError> Gateway::authenticateRole(const QByteArray &authorization,
                                                              std::initializer_list<Role> roles)
{
    auto caller = authenticate(authorization);
    if (const auto *who = std::get_if<Caller>(&caller)) {
        if (std::find(roles.begin(), roles.end(), who->user.role) == roles.end())
            return failure(403, "forbidden", "not for the role " + sync::roleName(who->user.role));
    }
    return caller;
}

// --- the feed ------------------------------------------------------------------------------

Reply Gateway::exportFeed(const QByteArray &authorization, const QString &cursor,
                          const QString &limitText)
{
    const auto caller = authenticateRole(authorization, {Role::Integration});
    if (const auto *error = std::get_if<ProtocolError>(&caller))
        return Reply::error(*error);
    const Caller &who = std::get<Caller>(caller);
    const auto limit = exportLimit(limitText);
    if (!limit)
        return Reply::error(failure(400, "invalid_value", "limit: 1 to 500"));
    // No cursor: resume where this connector last acknowledged. A cursor: everything up to
    // it is acknowledged (the connector stored it) and kept for its next start.
    qint64 after = 0;
    if (cursor.isEmpty()) {
        if (const auto kept = m_store.exportCursor(who.user.name))
            after = kept->acknowledged;
    } else {
        const auto read = sync::readCursor(cursor);
        if (!read)
            return Reply::error(failure(400, "invalid_cursor", "cursor: not one of ours"));
        after = *read;
        m_store.setExportCursor(
            {who.user.name, who.user.municipality, after, QDateTime::currentDateTimeUtc()});
    }
    const QList<JournalEntryRow> rows =
        m_store.journalEntries(who.user.municipality, after, *limit + 1);
    QJsonArray entries;
    qsizetype budget = ExportPageBudget;
    qint64 last = after;
    bool hasMore = rows.size() > *limit;
    for (const JournalEntryRow &row : rows) {
        if (entries.size() == *limit)
            break;
        budget -= row.data.size();
        if (budget < 0 && !entries.isEmpty()) {
            hasMore = true;
            break;
        }
        QJsonObject entry = QJsonDocument::fromJson(row.data).object();
        entry.insert("seq", row.seq);
        entries.append(entry);
        last = row.seq;
    }
    m_store.audit({who.user.name,
                   who.deviceId,
                   who.user.municipality,
                   "export",
                   {},
                   QString::number(entries.size()) + " entries after " + QString::number(after)});
    return Reply::json(compact({{"entries", entries},
                                {"next_cursor", sync::makeCursor(last)},
                                {"acknowledged", sync::makeCursor(after)},
                                {"has_more", hasMore}}));
}

// --- caseloads in over HTTP ------------------------------------------------------------------

namespace {

QJsonArray snapshotProblems(const QList<integration::SnapshotError> &errors)
{
    QJsonArray problems;
    for (const integration::SnapshotError &error : errors)
        problems.append(QJsonObject{{"line", error.where.line}, {"message", error.toString()}});
    return problems;
}

} // namespace

Reply Gateway::adminImport(const QByteArray &authorization, const QByteArray &body, bool dryRun,
                           bool allowMassRemoval)
{
    const auto caller = authenticateRole(authorization, {Role::Admin, Role::Integration});
    if (const auto *error = std::get_if<ProtocolError>(&caller))
        return Reply::error(*error);
    const Caller &who = std::get<Caller>(caller);
    const integration::SnapshotRead read =
        integration::readJsonLines(body, QStringLiteral("request body"));
    if (const auto *errors = std::get_if<QList<integration::SnapshotError>>(&read))
        return Reply::error(failure(400, "snapshot_invalid",
                                    "the snapshot is refused whole; nothing changed",
                                    {{"problems", snapshotProblems(*errors)}}));
    const auto &snapshot = std::get<integration::CaseloadSnapshot>(read);
    if (snapshot.municipality != who.user.municipality)
        return Reply::error(
            failure(403, "forbidden",
                    "the snapshot is of municipality " + snapshot.municipality + ", not of yours"));
    const ImportOutcome outcome =
        importSnapshot(m_store, snapshot, {dryRun, allowMassRemoval, who.user.name});
    if (!outcome.refusals.isEmpty())
        return Reply::error(failure(409, "import_refused",
                                    "the snapshot is refused whole; nothing changed",
                                    {{"reasons", QJsonArray::fromStringList(outcome.refusals)}}));
    return Reply::json(
        compact({{"applied", outcome.applied},
                 {"dry_run", dryRun},
                 {"changes", QJsonArray::fromStringList(integration::describe(outcome.plan))}}));
}

} // namespace homevisit::gateway
