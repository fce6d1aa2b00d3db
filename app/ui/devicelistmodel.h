// Her tablets as the gateway last listed them (GET /v1/devices, kept in the encrypted
// store by each sync round), for the devices page and the notice about a new tablet
// (docs/security.md, "Re-enrollment and new devices"). Approve and refuse are queued in
// the store and sent with the next sync round, which they start: offline they simply
// wait, never an error dialog. The rules (who may decide) are the gateway's; this model
// only offers the choice where the gateway would take it.
#pragma once

#include "ui/sessioncontroller.h"
#include "ui/sessionlink.h"

#include "sync/protocol/protocol.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>

namespace homevisit::ui {

class DeviceListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(homevisit::ui::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged)
    // On an approved tablet: one sentence about the newest tablet waiting for her, or "".
    Q_PROPERTY(QString notice READ notice NOTIFY loaded)
    Q_PROPERTY(QString noticeDeviceId READ noticeDeviceId NOTIFY loaded)
    // On a pending tablet: why her earlier notes are not here yet, or "".
    Q_PROPERTY(QString waitingText READ waitingText NOTIFY loaded)

public:
    enum Roles
    {
        DeviceIdRole = Qt::UserRole + 1,
        NameRole,
        StateRole,     // "approved" | "pending" | "revoked"
        StateTextRole, // one phrase in the UI language (tr)
        IssuedByRole,
        EnrolledTextRole,
        ThisDeviceRole,
        CanDecideRole, // pending, not this tablet, and this tablet is approved
        QueuedRole     // her decision waits for the next sync round
    };
    Q_ENUM(Roles)

    explicit DeviceListModel(QObject *parent = nullptr);

    SessionController *session() const { return m_link.session(); }
    void setSession(SessionController *session);
    QString notice() const;
    QString noticeDeviceId() const;
    QString waitingText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    Q_INVOKABLE void approve(const QString &deviceId) { decide(deviceId, true); }
    Q_INVOKABLE void refuse(const QString &deviceId) { decide(deviceId, false); }

    // For tests and for the model's own load: the list as stored, and decisions queued.
    void setDevices(const sync::DeviceList &devices, const QSet<QString> &queued);

    // "4 december kl. 14:02", local time.
    static QString timeText(const QDateTime &time);

signals:
    void sessionChanged();
    void loaded();

private:
    void decide(const QString &deviceId, bool approve);
    void clear();
    bool thisDeviceApproved() const;
    const sync::DeviceInfo *newestPending() const;

    SessionLink m_link;
    QList<sync::DeviceInfo> m_rows;
    QSet<QString> m_queued;
};

} // namespace homevisit::ui
