#include "recordlistmodel.h"

#include "service/syncservice.h"
#include "session/usersession.h"
#include "sessioncontroller.h"

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

RecordListModel::RecordListModel(QObject *parent) : QAbstractListModel(parent) {}

void RecordListModel::setSession(SessionController *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &SessionController::stateChanged, this, [this] {
            if (m_session->state() == SessionController::State::Unlocked)
                reload();
            else
                setRows({});
        });
        connect(m_session, &SessionController::syncServiceChanged, this, [this] {
            if (auto *sync = m_session->syncService())
                connect(sync, &sync::SyncService::journalChanged, this, &RecordListModel::reload,
                        Qt::UniqueConnection);
        });
    }
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

void RecordListModel::reload()
{
    if (!m_session || m_session->state() != SessionController::State::Unlocked)
        return;
    JournalThread &journal = m_session->journal();
    journal.run<QList<RecordRow>>(
        this,
        [&journal, childId = m_childId, home = m_fosterHomeId, filter = m_filter] {
            UserSession *s = journal.session();
            if (!s)
                return QList<RecordRow>{};
            return rowsFor(s->journal().records(std::nullopt, QStringLiteral("list")), childId,
                           home, filter);
        },
        [this](const QList<RecordRow> &rows) {
            if (m_session->state() == SessionController::State::Unlocked)
                setRows(rows);
        });
}

QList<RecordRow> RecordListModel::rowsFor(const QList<store::StoredRecord> &records,
                                          const QString &childId, const QString &fosterHomeId,
                                          Filter filter)
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
        RecordRow row{r, amendments.value(r.id), reviews.value(r.id).first,
                      reviews.value(r.id).second};
        const bool isSigned = r.status == store::RecordStatus::Signed;
        const bool keep =
            filter == Filter::All ||
            (filter == Filter::Unreviewed && isSigned && row.reviewDecision != u"signed_off" &&
             row.reviewDecision != u"returned") ||
            (filter == Filter::Concern && r.facts.concern) ||
            (filter == Filter::Returned && row.reviewDecision == u"returned");
        if (keep)
            rows.append(row);
    }
    return rows;
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
    default:
        return {};
    }
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    return {{RecordIdRole, "recordId"},     {KindRole, "kind"},
            {SignedRole, "signed"},         {EventDateRole, "eventDate"},
            {ChildIdRole, "childId"},       {FosterHomeIdRole, "fosterHomeId"},
            {AuthorRole, "author"},         {ConcernRole, "concern"},
            {SyncStateRole, "syncState"},   {SyncLabelRole, "syncLabel"},
            {SyncReasonRole, "syncReason"}, {AmendmentsRole, "amendments"},
            {ReviewRole, "review"},         {ReviewCommentRole, "reviewComment"}};
}

} // namespace homevisit::ui
