// A user's devices and their approval (docs/security.md, "Re-enrollment and new devices").
// A tablet enrolled while she has another approved one is pending: it gets her caseload
// and what it writes itself, not her earlier records, until she approves it from one of
// her approved tablets or the hold passes without her refusing it. Nobody else, an
// administrator included, can approve it for her.
#include "sync/gateway/gateway.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace homevisit::gateway {

using sync::DeviceState;
using sync::ProtocolError;

namespace {

ProtocolError failure(int status, const QString &code, const QString &message)
{
    return ProtocolError{status, code, message, {}};
}

const UserDevice *findDevice(const QList<UserDevice> &devices, const QString &deviceId)
{
    for (const UserDevice &device : devices) {
        if (device.device.id == deviceId)
            return &device;
    }
    return nullptr;
}

sync::DeviceInfo deviceInfo(const UserDevice &device, const QString &callerDevice,
                            const QDateTime &now)
{
    sync::DeviceInfo info;
    info.deviceId = device.device.id;
    info.deviceName = device.device.name;
    info.enrolledAt = device.device.enrolledAt;
    info.issuedBy = device.trust.issuedBy;
    info.state = deviceState(device, now);
    info.thisDevice = device.device.id == callerDevice;
    if (device.trust.approvedAt.isValid())
        info.approvedAt = device.trust.approvedAt;
    else if (info.state == DeviceState::Approved)
        info.approvedAt = device.trust.holdUntil; // approved because the hold passed
    if (info.state == DeviceState::Pending)
        info.holdUntil = device.trust.holdUntil;
    return info;
}

} // namespace

sync::DeviceState deviceState(const UserDevice &device, const QDateTime &now)
{
    if (device.device.revoked)
        return DeviceState::Revoked;
    if (device.trust.approvedAt.isValid())
        return DeviceState::Approved;
    if (device.trust.holdUntil.isValid() && device.trust.holdUntil > now)
        return DeviceState::Pending;
    // The hold passed without her refusing it (a row with neither time is treated alike).
    return DeviceState::Approved;
}

// Her first device (no approved, non-revoked one, counting an earlier enrollment of this
// same tablet) is approved at once; any other waits for her or for the hold.
DeviceTrust Gateway::trustForEnrollment(const QString &user, const QString &issuedBy,
                                        const QDateTime &now)
{
    DeviceTrust trust;
    trust.issuedBy = issuedBy;
    for (const UserDevice &device : m_store.userDevices(user)) {
        if (deviceState(device, now) == DeviceState::Approved) {
            trust.holdUntil = now.addSecs(qint64(m_deviceHoldHours) * 3600);
            return trust;
        }
    }
    trust.approvedAt = now;
    trust.approvedBy = QStringLiteral("first_device");
    return trust;
}

// The first call of a device whose hold passed without her deciding: the approval is
// written down (approved_by "hold_passed", at the end of the hold) and audited, so the
// log shows when the held-back records were released and why.
void Gateway::noteHoldPassed(const Caller &caller, const QDateTime &now)
{
    m_store.transaction([&] {
        const auto devices = m_store.userDevices(caller.user.name);
        const UserDevice *mine = findDevice(devices, caller.deviceId);
        if (!mine || mine->trust.approvedAt.isValid() || !mine->trust.holdUntil.isValid() ||
            deviceState(*mine, now) != DeviceState::Approved)
            return false;
        DeviceTrust trust = mine->trust;
        trust.approvedAt = trust.holdUntil;
        trust.approvedBy = QStringLiteral("hold_passed");
        m_store.setDeviceTrust(caller.deviceId, caller.user.name, trust);
        m_store.audit(
            {caller.user.name,
             caller.deviceId,
             caller.user.municipality,
             QStringLiteral("device_hold_passed"),
             {},
             "approved without her decision at " + sync::formatTimestamp(trust.holdUntil)});
        return true;
    });
}

bool Gateway::isPending(const Caller &caller, const QDateTime &now)
{
    const auto devices = m_store.userDevices(caller.user.name);
    const UserDevice *mine = findDevice(devices, caller.deviceId);
    return mine && deviceState(*mine, now) == DeviceState::Pending;
}

Reply Gateway::devices(const QByteArray &authorization)
{
    const auto caller = authenticate(authorization);
    if (const auto *error = std::get_if<ProtocolError>(&caller))
        return Reply::error(*error);
    const auto &who = std::get<Caller>(caller);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    sync::DeviceList list;
    for (const UserDevice &device : m_store.userDevices(who.user.name))
        list.devices.append(deviceInfo(device, who.deviceId, now));
    return Reply::json(sync::encode(list));
}

Reply Gateway::approveDevice(const QByteArray &authorization, const QString &deviceId)
{
    return decideDevice(authorization, deviceId, true);
}

Reply Gateway::refuseDevice(const QByteArray &authorization, const QString &deviceId)
{
    return decideDevice(authorization, deviceId, false);
}

Reply Gateway::decideDevice(const QByteArray &authorization, const QString &deviceId, bool approve)
{
    const auto caller = authenticate(authorization);
    if (const auto *error = std::get_if<ProtocolError>(&caller))
        return Reply::error(*error);
    const auto &who = std::get<Caller>(caller);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<ProtocolError> refusal;
    // Checked and written in one transaction: two of her tablets deciding at once see
    // one state, and the second finds the device no longer pending.
    m_store.transaction([&] {
        const auto devices = m_store.userDevices(who.user.name);
        const UserDevice *self = findDevice(devices, who.deviceId);
        if (!self || deviceState(*self, now) != DeviceState::Approved) {
            refusal = failure(403, "forbidden",
                              "only one of your approved devices may approve or refuse a device");
            return false;
        }
        const UserDevice *target = findDevice(devices, deviceId);
        if (!target) {
            refusal = failure(404, "not_found", "no such device of yours");
            return false;
        }
        if (deviceState(*target, now) != DeviceState::Pending) {
            refusal =
                failure(409, "not_pending", "device " + deviceId + " is not waiting for approval");
            return false;
        }
        if (approve) {
            DeviceTrust trust = target->trust;
            trust.approvedAt = now;
            trust.approvedBy = who.deviceId;
            m_store.setDeviceTrust(deviceId, who.user.name, trust);
        } else {
            m_store.revokeUserDevice(deviceId, who.user.name);
        }
        m_store.audit(
            {who.user.name,
             who.deviceId,
             who.user.municipality,
             approve ? QStringLiteral("device_approved") : QStringLiteral("device_refused"),
             {},
             "device " + deviceId});
        return true;
    });
    if (refusal)
        return Reply::error(*refusal);
    const QJsonObject answer{{"device_id", deviceId}, {"state", approve ? "approved" : "revoked"}};
    return Reply::json(QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

} // namespace homevisit::gateway
