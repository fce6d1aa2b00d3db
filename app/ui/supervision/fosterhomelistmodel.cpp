#include "fosterhomelistmodel.h"

#include "domain/supervisionsession.h"
#include "session/usersession.h"
#include "sync/service/syncservice.h"
#include "ui/caseloadmodel.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

namespace homevisit::ui {

using domain::RecordKind;

namespace {

// What the model reads from the store, in one job.
struct Snapshot
{
    QList<store::FosterHome> homes;
    QList<store::StoredRecord> sessions;
    QList<store::Child> children;
    QList<store::Placement> placements;
    QString user;
};

Snapshot readSnapshot(store::JournalStore &journal)
{
    Snapshot s;
    s.user = journal.identity().user;
    s.homes = journal.fosterHomes();
    s.sessions = journal.records(RecordKind::SupervisionSession, QStringLiteral("list"));
    s.children = journal.children();
    for (const store::Child &c : s.children)
        s.placements.append(journal.placementsOf(c.id));
    return s;
}

bool placedNow(const store::Placement &p, const QDate &today)
{
    return (!p.startDate.isValid() || p.startDate <= today) &&
           (!p.endDate.isValid() || p.endDate >= today);
}

QHash<QString, QStringList> childrenByHome(const QList<store::Child> &children,
                                           const QList<store::Placement> &placements,
                                           const QDate &today)
{
    QHash<QString, const store::Child *> byId;
    for (const store::Child &c : children)
        byId.insert(c.id, &c);
    QHash<QString, QStringList> out;
    for (const store::Placement &p : placements) {
        const store::Child *c = byId.value(p.childId);
        if (!c || !placedNow(p, today))
            continue;
        out[p.fosterHomeId] << (c->birthYear > 0 ? QCoreApplication::translate(
                                                       "FosterHomeListModel", "%1, %2 years")
                                                       .arg(c->name)
                                                       .arg(today.year() - c->birthYear)
                                                 : c->name);
    }
    return out;
}

void addSession(FosterHomeEntry &e, const store::StoredRecord &r, const QString &user)
{
    if (r.status != store::RecordStatus::Signed) {
        e.drafts += r.author == user ? 1 : 0;
        return;
    }
    ++e.sessions;
    const QDate day = r.facts.eventDate;
    if (!day.isValid() || (e.lastSession.isValid() && day < e.lastSession))
        return;
    e.lastSession = day;
    const QDate planned = domain::SupervisionSession::fromJson(r.body).nextSession;
    e.nextSessionDue =
        planned.isValid() ? planned : day.addDays(FosterHomeListModel::defaultIntervalDays);
}

} // namespace

QString FosterHomeListModel::homeTypeLabel(const QString &homeType)
{
    static constexpr std::array<std::pair<const char *, const char *>, 5> labels{{
        {"own_recruited", QT_TRANSLATE_NOOP("FosterHomeListModel", "Foster home")},
        {"kinship", QT_TRANSLATE_NOOP("FosterHomeListModel", "Kinship home")},
        {"emergency", QT_TRANSLATE_NOOP("FosterHomeListModel", "Emergency foster home")},
        {"agency_supported", QT_TRANSLATE_NOOP("FosterHomeListModel", "Agency-supported home")},
        {"residential", QT_TRANSLATE_NOOP("FosterHomeListModel", "Residential care home (HVB)")},
    }};
    for (const auto &[key, label] : labels)
        if (homeType == QLatin1String(key))
            return QCoreApplication::translate("FosterHomeListModel", label);
    return homeType;
}

QList<FosterHomeEntry> FosterHomeListModel::entriesFor(const QList<store::FosterHome> &homes,
                                                       const QList<store::StoredRecord> &sessions,
                                                       const QList<store::Child> &children,
                                                       const QList<store::Placement> &placements,
                                                       const QString &user, const QDate &today)
{
    const QHash<QString, QStringList> placed = childrenByHome(children, placements, today);
    QList<FosterHomeEntry> rows;
    QHash<QString, qsizetype> rowOf;
    for (const store::FosterHome &h : homes) {
        if (h.secretary != user)
            continue; // a home the store knows through a child, not one of mine
        rowOf.insert(h.id, rows.size());
        rows.append({h, placed.value(h.id), {}, today, false, 0, 0});
    }
    for (const store::StoredRecord &r : sessions)
        if (const auto it = rowOf.constFind(r.facts.fosterHomeId); it != rowOf.cend())
            addSession(rows[*it], r, user);
    for (FosterHomeEntry &e : rows)
        e.overdue = e.nextSessionDue < today;
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        if (a.nextSessionDue != b.nextSessionDue)
            return a.nextSessionDue < b.nextSessionDue;
        return a.home.familyName.localeAwareCompare(b.home.familyName) < 0;
    });
    return rows;
}

FosterHomeListModel::FosterHomeListModel(QObject *parent)
    : QAbstractListModel(parent),
      m_link(this, {[this] { reload(); },
                    [this] { setRows({}, false); }, // locked: no journal content stays
                    [this] { reload(); }})
{}

void FosterHomeListModel::setSession(SessionController *session)
{
    if (!m_link.setSession(session))
        return;
    emit sessionChanged();
    reload();
}

void FosterHomeListModel::setFosterHomeId(const QString &fosterHomeId)
{
    if (fosterHomeId == m_fosterHomeId)
        return;
    m_fosterHomeId = fosterHomeId;
    emit fosterHomeIdChanged();
    reload();
}

void FosterHomeListModel::reload()
{
    if (!m_link.unlocked())
        return;
    JournalThread &journal = m_link.journal();
    const SessionLink::Ticket ticket = m_link.latestTicket();
    journal.run<QList<FosterHomeEntry>>(
        this,
        [&journal, today = today(), only = m_fosterHomeId] {
            UserSession *s = journal.session();
            if (!s)
                return QList<FosterHomeEntry>{};
            const Snapshot snap = readSnapshot(s->journal());
            QList<FosterHomeEntry> rows = entriesFor(snap.homes, snap.sessions, snap.children,
                                                     snap.placements, snap.user, today);
            if (!only.isEmpty())
                rows.removeIf([&](const FosterHomeEntry &e) { return e.home.id != only; });
            return rows;
        },
        [this, ticket](const QList<FosterHomeEntry> &rows) {
            if (m_link.isCurrent(ticket))
                setRows(rows, true); // else locked meanwhile, or read again
        });
}

void FosterHomeListModel::setRows(QList<FosterHomeEntry> rows, bool ready)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_ready = ready;
    endResetModel();
    emit loaded();
}

int FosterHomeListModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const FosterHomeEntry &e) { return e.overdue; }));
}

int FosterHomeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FosterHomeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FosterHomeEntry &e = m_rows.at(index.row());
    switch (role) {
    case FosterHomeIdRole:
        return e.home.id;
    case Qt::DisplayRole:
    case FamilyNameRole:
        return e.home.familyName;
    case AddressRole:
        return e.home.address;
    case PhoneRole:
        return e.home.phone;
    case HomeTypeRole:
        return e.home.homeType;
    case HomeTypeLabelRole:
        return homeTypeLabel(e.home.homeType);
    case ChildrenRole:
        return e.children;
    case ChildrenTextRole:
        return e.children.join(QStringLiteral(", "));
    case LastSessionRole:
        return e.lastSession.isValid() ? e.lastSession.toString(Qt::ISODate) : QString();
    case NextSessionDueRole:
        return e.nextSessionDue.toString(Qt::ISODate);
    case OverdueRole:
        return e.overdue;
    case DueTextRole:
        return dueText(e.nextSessionDue, today());
    case SessionCountRole:
        return e.sessions;
    case DraftCountRole:
        return e.drafts;
    default:
        return {};
    }
}

QHash<int, QByteArray> FosterHomeListModel::roleNames() const
{
    return {{FosterHomeIdRole, "fosterHomeId"}, {FamilyNameRole, "familyName"},
            {AddressRole, "address"},           {PhoneRole, "phone"},
            {HomeTypeRole, "homeType"},         {HomeTypeLabelRole, "homeTypeLabel"},
            {ChildrenRole, "children"},         {ChildrenTextRole, "childrenText"},
            {LastSessionRole, "lastSession"},   {NextSessionDueRole, "nextSessionDue"},
            {OverdueRole, "overdue"},           {DueTextRole, "dueText"},
            {SessionCountRole, "sessionCount"}, {DraftCountRole, "draftCount"}};
}

} // namespace homevisit::ui
