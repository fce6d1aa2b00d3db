#include "caseloadmodel.h"

#include "session/usersession.h"
#include "sync/service/syncservice.h"
#include "ui/sessioncontroller.h"

#include <QCoreApplication>

namespace homevisit::ui {

QString dueText(const QDate &due, const QDate &today)
{
    const qint64 days = today.daysTo(due);
    if (days < 0)
        return QCoreApplication::translate("CaseloadModel", "%n day(s) overdue", nullptr,
                                           int(-days));
    if (days == 0)
        return QCoreApplication::translate("CaseloadModel", "due today");
    return QCoreApplication::translate("CaseloadModel", "in %n day(s)", nullptr, int(days));
}

CaseloadModel::CaseloadModel(QObject *parent)
    : QAbstractListModel(parent),
      m_link(this, {[this] { reload(); },
                    [this] { clear(); }, // locked: no journal content stays in memory
                    [this] { reload(); }})
{}

void CaseloadModel::setSession(SessionController *session)
{
    if (!m_link.setSession(session))
        return;
    reload();
    emit sessionChanged();
}

void CaseloadModel::reload()
{
    if (!m_link.unlocked())
        return;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    JournalThread &journal = m_link.journal();
    const SessionLink::Ticket ticket = m_link.latestTicket();
    journal.run<QList<store::CaseloadEntry>>(
        this,
        [&journal, today] {
            UserSession *s = journal.session();
            return s ? s->journal().caseload(today) : QList<store::CaseloadEntry>{};
        },
        [this, ticket](const QList<store::CaseloadEntry> &rows) {
            if (!m_link.isCurrent(ticket))
                return; // locked meanwhile, or read again
            beginResetModel();
            m_rows = rows;
            m_ready = true;
            endResetModel();
            emit loaded();
        });
}

void CaseloadModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_ready = false;
    endResetModel();
    emit loaded();
}

int CaseloadModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const store::CaseloadEntry &e) { return e.overdue; }));
}

int CaseloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CaseloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::CaseloadEntry &e = m_rows.at(index.row());
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.child.name;
    case ChildIdRole:
        return e.child.id;
    case AgeRole:
        return e.child.birthYear ? today.year() - e.child.birthYear : 0;
    case FosterHomeRole:
        return e.fosterHome ? e.fosterHome->familyName : QString();
    case AddressRole:
        return e.fosterHome ? e.fosterHome->address : QString();
    case LegalBasisRole:
        return e.placement ? e.placement->legalBasis : QString();
    case LastVisitRole:
        return e.lastSignedVisit.isValid() ? e.lastSignedVisit.toString(Qt::ISODate) : QString();
    case NextVisitDueRole:
        return e.nextVisitDue.toString(Qt::ISODate);
    case OverdueRole:
        return e.overdue;
    case DueTextRole:
        return dueText(e.nextVisitDue, today);
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseloadModel::roleNames() const
{
    return {{ChildIdRole, "childId"},
            {NameRole, "name"},
            {AgeRole, "age"},
            {FosterHomeRole, "fosterHome"},
            {AddressRole, "address"},
            {LegalBasisRole, "legalBasis"},
            {LastVisitRole, "lastVisit"},
            {NextVisitDueRole, "nextVisitDue"},
            {OverdueRole, "overdue"},
            {DueTextRole, "dueText"}};
}

} // namespace homevisit::ui
