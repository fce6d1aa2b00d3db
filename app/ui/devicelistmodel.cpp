#include "devicelistmodel.h"

#include "session/usersession.h"
#include "sync/engine/syncengine.h"
#include "sync/service/syncservice.h"
#include "ui/journalthread.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace homevisit::ui {

namespace {

struct Stored
{
    sync::DeviceList devices;
    QSet<QString> queued;
};

Stored readStored(store::JournalStore &journal)
{
    Stored stored;
    stored.devices = sync::SyncEngine::storedDevices(journal);
    const QJsonObject queued =
        QJsonDocument::fromJson(journal.setting(sync::settingKey::DeviceDecisions).toUtf8())
            .object();
    for (auto it = queued.begin(); it != queued.end(); ++it)
        stored.queued.insert(it.key());
    return stored;
}

} // namespace

DeviceListModel::DeviceListModel(QObject *parent)
    : QAbstractListModel(parent),
      m_link(this, {[this] { reload(); },
                    [this] { clear(); }, // locked: nothing of the journal stays in memory
                    [this] { reload(); }})
{}

void DeviceListModel::setSession(SessionController *session)
{
    if (!m_link.setSession(session))
        return;
    reload();
    emit sessionChanged();
}

void DeviceListModel::reload()
{
    if (!m_link.unlocked())
        return;
    JournalThread &journal = m_link.journal();
    const SessionLink::Ticket ticket = m_link.latestTicket();
    journal.run<Stored>(
        this,
        [&journal] {
            UserSession *s = journal.session();
            return s ? readStored(s->journal()) : Stored{};
        },
        [this, ticket](const Stored &stored) {
            if (m_link.isCurrent(ticket))
                setDevices(stored.devices, stored.queued);
        });
}

void DeviceListModel::setDevices(const sync::DeviceList &devices, const QSet<QString> &queued)
{
    beginResetModel();
    m_rows = devices.devices;
    m_queued = queued;
    endResetModel();
    emit loaded();
}

void DeviceListModel::clear()
{
    setDevices({}, {});
}

// Kept in the store first, so a decision survives a lock or a lost connection; then a
// sync round starts to send it (without a server, as in the demo, it just waits).
void DeviceListModel::decide(const QString &deviceId, bool approve)
{
    if (!m_link.unlocked())
        return;
    m_queued.insert(deviceId);
    emit loaded();
    emit dataChanged(index(0), index(int(m_rows.size()) - 1), {QueuedRole, CanDecideRole});
    JournalThread &journal = m_link.journal();
    QPointer<SessionController> session = m_link.session();
    journal.run(
        this,
        [&journal, deviceId, approve] {
            if (UserSession *s = journal.session())
                sync::SyncEngine::queueDeviceDecision(s->journal(), deviceId, approve);
        },
        [session] {
            if (session && session->syncService())
                session->syncService()->syncNow();
        });
}

bool DeviceListModel::thisDeviceApproved() const
{
    for (const sync::DeviceInfo &d : m_rows) {
        if (d.thisDevice)
            return d.state == sync::DeviceState::Approved;
    }
    return false;
}

const sync::DeviceInfo *DeviceListModel::newestPending() const
{
    const sync::DeviceInfo *newest = nullptr;
    for (const sync::DeviceInfo &d : m_rows) {
        if (!d.thisDevice && d.state == sync::DeviceState::Pending &&
            !m_queued.contains(d.deviceId))
            newest = &d; // the list is in enrollment order
    }
    return newest;
}

QString DeviceListModel::notice() const
{
    const sync::DeviceInfo *pending = thisDeviceApproved() ? newestPending() : nullptr;
    if (!pending)
        return {};
    return tr("A new tablet has been enrolled for your account: %1, %2, by %3")
        .arg(pending->deviceName, timeText(pending->enrolledAt),
             pending->issuedBy.isEmpty() ? tr("unknown") : pending->issuedBy);
}

QString DeviceListModel::noticeDeviceId() const
{
    const sync::DeviceInfo *pending = thisDeviceApproved() ? newestPending() : nullptr;
    return pending ? pending->deviceId : QString();
}

QString DeviceListModel::waitingText() const
{
    for (const sync::DeviceInfo &d : m_rows) {
        if (d.thisDevice && d.state == sync::DeviceState::Pending)
            return tr("This tablet is waiting for approval. Earlier notes appear when you "
                      "approve it from your other tablet, or after %1.")
                .arg(timeText(d.holdUntil));
    }
    return {};
}

QString DeviceListModel::timeText(const QDateTime &time)
{
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    return swedish.toString(time.toLocalTime(), QStringLiteral("d MMMM 'kl.' HH:mm"));
}

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sync::DeviceInfo &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return d.deviceName;
    case DeviceIdRole:
        return d.deviceId;
    case StateRole:
        return sync::deviceStateName(d.state);
    case StateTextRole:
        switch (d.state) {
        case sync::DeviceState::Approved:
            return tr("Approved");
        case sync::DeviceState::Pending:
            return tr("Waiting for approval until %1").arg(timeText(d.holdUntil));
        case sync::DeviceState::Revoked:
            return tr("Removed");
        }
        return {};
    case IssuedByRole:
        return d.issuedBy;
    case EnrolledTextRole:
        return timeText(d.enrolledAt);
    case ThisDeviceRole:
        return d.thisDevice;
    case CanDecideRole:
        return !d.thisDevice && d.state == sync::DeviceState::Pending && thisDeviceApproved() &&
               !m_queued.contains(d.deviceId);
    case QueuedRole:
        return m_queued.contains(d.deviceId);
    }
    return {};
}

QHash<int, QByteArray> DeviceListModel::roleNames() const
{
    return {{DeviceIdRole, "deviceId"},     {NameRole, "name"},
            {StateRole, "state"},           {StateTextRole, "stateText"},
            {IssuedByRole, "issuedBy"},     {EnrolledTextRole, "enrolledText"},
            {ThisDeviceRole, "thisDevice"}, {CanDecideRole, "canDecide"},
            {QueuedRole, "queued"}};
}

} // namespace homevisit::ui
