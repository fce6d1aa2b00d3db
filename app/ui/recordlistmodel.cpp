#include "recordlistmodel.h"

#include "session/usersession.h"
#include "sync/service/syncservice.h"
#include "ui/review/recordsections.h"
#include "ui/sessioncontroller.h"

#include <QCoreApplication>
#include <QHash>

namespace homevisit::ui {

using domain::RecordKind;

QString syncStateLabel(store::SyncState state)
{
    switch (state) {
    case store::SyncState::Local:
        return QCoreApplication::translate("RecordListModel", "Saved on the tablet");
    case store::SyncState::Sending:
        return QCoreApplication::translate("RecordListModel", "Sending");
    case store::SyncState::Synced:
        return QCoreApplication::translate("RecordListModel", "Synced");
    case store::SyncState::Refused:
        return QCoreApplication::translate("RecordListModel", "Refused by the server");
    }
    return {};
}

RecordListModel::RecordListModel(QObject *parent)
    : QAbstractListModel(parent), m_link(this, {[this] { reload(); },
                                                [this] {
                                                    setRows({});
                                                    setCounts({});
                                                },
                                                [this] { reload(); }})
{}

void RecordListModel::setSession(SessionController *session)
{
    if (!m_link.setSession(session))
        return;
    emit sessionChanged();
    reload();
}

void RecordListModel::setChildId(const QString &childId)
{
    if (childId == m_childId)
        return;
    m_childId = childId;
    emit childIdChanged();
    reload();
}

void RecordListModel::setFosterHomeId(const QString &fosterHomeId)
{
    if (fosterHomeId == m_fosterHomeId)
        return;
    m_fosterHomeId = fosterHomeId;
    emit fosterHomeIdChanged();
    reload();
}

void RecordListModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged();
    reload();
}

void RecordListModel::setTeamOnly(bool teamOnly)
{
    if (teamOnly == m_teamOnly)
        return;
    m_teamOnly = teamOnly;
    emit teamOnlyChanged();
    reload();
}

namespace {

// What a reload job hands back: the filtered rows and every filter's count.
struct LoadedRows
{
    QList<RecordRow> rows;
    FilterCounts counts;
};

LoadedRows loadRows(store::JournalStore &journal, const QString &childId, const QString &home,
                    bool teamOnly, RecordListModel::Filter filter)
{
    QList<RecordRow> all =
        RecordListModel::foldRows(journal.records(std::nullopt, QStringLiteral("list")), childId,
                                  home, teamOnly ? journal.identity().user : QString());
    QHash<QString, QString> names;
    for (const store::Child &c : journal.children())
        names.insert(c.id, c.name);
    for (const store::FosterHome &h : journal.fosterHomes())
        names.insert(h.id, h.familyName);
    LoadedRows out;
    out.counts = RecordListModel::countsOf(all);
    for (RecordRow &row : all) {
        if (!RecordListModel::passes(row, filter))
            continue;
        const domain::RecordFacts &f = row.record.facts;
        row.subject = names.value(f.childId.isEmpty() ? f.fosterHomeId : f.childId);
        if (row.subject.isEmpty())
            row.subject = row.record.subjectName; // not on this tablet: as the gateway named it
        out.rows.append(std::move(row));
    }
    return out;
}

} // namespace

void RecordListModel::reload()
{
    // Coalesced: QML sets session, filter and scope one after the other, and only the
    // last combination is worth a read of the journal.
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    QMetaObject::invokeMethod(this, &RecordListModel::reloadNow, Qt::QueuedConnection);
}

void RecordListModel::reloadNow()
{
    m_reloadQueued = false;
    if (!m_link.unlocked())
        return;
    JournalThread &journal = m_link.journal();
    const SessionLink::Ticket ticket = m_link.latestTicket();
    journal.run<LoadedRows>(
        this,
        [&journal, childId = m_childId, home = m_fosterHomeId, team = m_teamOnly,
         filter = m_filter] {
            UserSession *s = journal.session();
            if (!s)
                return LoadedRows{};
            return loadRows(s->journal(), childId, home, team, filter);
        },
        [this, ticket](const LoadedRows &loaded) {
            // An answer to an older question (another filter) is not shown.
            if (!m_link.isCurrent(ticket))
                return;
            setRows(loaded.rows);
            setCounts(loaded.counts);
        });
}

QList<RecordRow> RecordListModel::rowsFor(const QList<store::StoredRecord> &records,
                                          const QString &childId, const QString &fosterHomeId,
                                          Filter filter)
{
    QList<RecordRow> rows;
    for (RecordRow &row : foldRows(records, childId, fosterHomeId))
        if (passes(row, filter))
            rows.append(std::move(row));
    return rows;
}

QList<RecordRow> RecordListModel::foldRows(const QList<store::StoredRecord> &records,
                                           const QString &childId, const QString &fosterHomeId,
                                           const QString &excludedAuthor)
{
    // Records come oldest first (by HLC), so the last review seen is the latest.
    QHash<QString, int> amendments;
    QHash<QString, std::pair<QString, QString>> reviews;
    for (const store::StoredRecord &r : records) {
        if (r.status != store::RecordStatus::Signed || r.facts.refersTo.isEmpty())
            continue;
        if (r.kind == RecordKind::Amendment)
            ++amendments[r.facts.refersTo];
        else if (r.kind == RecordKind::Review)
            reviews[r.facts.refersTo] = {r.body.value("decision").toString(),
                                         r.body.value("comment").toString()};
    }
    QList<RecordRow> rows;
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        const store::StoredRecord &r = *it;
        if (r.kind != RecordKind::ChildVisit && r.kind != RecordKind::SupervisionSession)
            continue;
        if (!childId.isEmpty() && r.facts.childId != childId)
            continue;
        if (!fosterHomeId.isEmpty() && r.facts.fosterHomeId != fosterHomeId)
            continue;
        // The review queue: a supervisor never reviews her own records, nor drafts.
        if (!excludedAuthor.isEmpty() &&
            (r.author == excludedAuthor || r.status != store::RecordStatus::Signed))
            continue;
        rows.append(RecordRow{
            r, amendments.value(r.id), reviews.value(r.id).first, reviews.value(r.id).second, {}});
    }
    return rows;
}

bool RecordListModel::passes(const RecordRow &row, Filter filter)
{
    const bool isSigned = row.record.status == store::RecordStatus::Signed;
    switch (filter) {
    case Filter::All:
        return true;
    case Filter::Unreviewed:
        return isSigned && row.reviewDecision != u"signed_off" && row.reviewDecision != u"returned";
    case Filter::Concern:
        return row.record.facts.concern;
    case Filter::Returned:
        return row.reviewDecision == u"returned";
    }
    return false;
}

FilterCounts RecordListModel::countsOf(const QList<RecordRow> &rows)
{
    FilterCounts counts;
    for (const RecordRow &row : rows) {
        ++counts.all;
        counts.unreviewed += passes(row, Filter::Unreviewed) ? 1 : 0;
        counts.concern += passes(row, Filter::Concern) ? 1 : 0;
        counts.returned += passes(row, Filter::Returned) ? 1 : 0;
    }
    return counts;
}

void RecordListModel::setCounts(const FilterCounts &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    emit countsChanged();
}

void RecordListModel::setRows(QList<RecordRow> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordRow &row = m_rows.at(index.row());
    const store::StoredRecord &r = row.record;
    switch (role) {
    case RecordIdRole:
        return r.id;
    case KindRole:
        return domain::kindName(r.kind);
    case SignedRole:
        return r.status == store::RecordStatus::Signed;
    case Qt::DisplayRole:
    case EventDateRole:
        return r.facts.eventDate.toString(Qt::ISODate);
    case ChildIdRole:
        return r.facts.childId;
    case FosterHomeIdRole:
        return r.facts.fosterHomeId;
    case AuthorRole:
        return r.author;
    case ConcernRole:
        return r.facts.concern;
    case SyncStateRole:
        return store::syncStateName(r.syncState);
    case SyncLabelRole:
        return syncStateLabel(r.syncState);
    case SyncReasonRole:
        return r.syncReason;
    case AmendmentsRole:
        return row.amendments;
    case ReviewRole:
        return row.reviewDecision;
    case ReviewCommentRole:
        return row.reviewComment;
    case SubjectRole:
        return row.subject;
    case SignatureStateRole:
        return store::signatureStateName(r.signatureState);
    case SignatureWarningRole:
        return signatureWarning(r);
    case AuthorNameRole:
        return r.authorLabel();
    default:
        return {};
    }
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    return {{RecordIdRole, "recordId"},
            {KindRole, "kind"},
            {SignedRole, "signed"},
            {EventDateRole, "eventDate"},
            {ChildIdRole, "childId"},
            {FosterHomeIdRole, "fosterHomeId"},
            {AuthorRole, "author"},
            {ConcernRole, "concern"},
            {SyncStateRole, "syncState"},
            {SyncLabelRole, "syncLabel"},
            {SyncReasonRole, "syncReason"},
            {AmendmentsRole, "amendments"},
            {ReviewRole, "review"},
            {ReviewCommentRole, "reviewComment"},
            {SubjectRole, "subject"},
            {SignatureStateRole, "signatureState"},
            {SignatureWarningRole, "signatureWarning"},
            {AuthorNameRole, "authorName"}};
}

} // namespace homevisit::ui
