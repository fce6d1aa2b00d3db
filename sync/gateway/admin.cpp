#include "admin.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace homevisit::gateway {

int adminFailure(int code, const QString &message)
{
    std::fprintf(stderr, "homevisit-central: %s\n", qPrintable(message));
    return code;
}

std::optional<QString> optionValue(const QStringList &arguments, const QString &option)
{
    const qsizetype at = arguments.indexOf(option);
    if (at < 0 || at + 1 >= arguments.size())
        return std::nullopt;
    return arguments.at(at + 1);
}

namespace {

constexpr char Actor[] = "server-admin"; // the operator on the server's console

int fail(int code, const QString &message)
{
    return adminFailure(code, message);
}

int credential(Gateway &gateway, const QStringList &arguments)
{
    const auto user = optionValue(arguments, "--user");
    if (!user)
        return fail(2, "admin credential needs --user NAME");
    const auto issued = gateway.issueCredential(*user, Actor);
    if (!issued)
        return fail(1, "no such user, or the user is revoked: " + *user);
    std::printf("%s\n", qPrintable(issued->credential));
    return 0;
}

int revokeDevice(Gateway &gateway, const QStringList &arguments)
{
    const auto device = optionValue(arguments, "--device");
    if (!device)
        return fail(2, "admin revoke-device needs --device ID");
    CentralStore &store = gateway.store();
    bool found = false;
    store.transaction([&] {
        found = store.revokeDevice(*device, QString()); // the operator: every user
        store.audit({Actor, *device, {}, "admin_revoke_device", {}, found ? "" : "unknown"});
        return true;
    });
    if (!found)
        return fail(1, "no such device: " + *device);
    return 0;
}

int revokeUser(Gateway &gateway, const QStringList &arguments)
{
    const auto user = optionValue(arguments, "--user");
    if (!user)
        return fail(2, "admin revoke-user needs --user NAME");
    CentralStore &store = gateway.store();
    bool found = false;
    store.transaction([&] {
        found = store.revokeUser(*user);
        store.audit({Actor, {}, {}, "admin_revoke_user", {}, *user});
        return true;
    });
    if (!found)
        return fail(1, "no such user: " + *user);
    return 0;
}

int listDevices(Gateway &gateway)
{
    CentralStore &store = gateway.store();
    store.audit({Actor, {}, {}, "admin_list_devices", {}, {}});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto timestamp = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(sync::formatTimestamp(t)) : QJsonValue();
    };
    QHash<QString, QList<UserDevice>> byUser; // her devices with their approval
    for (const DeviceRow &device : store.devices({})) {
        if (!byUser.contains(device.user))
            byUser.insert(device.user, store.userDevices(device.user));
        QJsonObject line{{"device_id", device.id},
                         {"user", device.user},
                         {"municipality", device.municipality},
                         {"device_name", device.name},
                         {"enrolled_at", sync::formatTimestamp(device.enrolledAt)},
                         {"last_sync_at", timestamp(device.lastSyncAt)},
                         {"revoked", device.revoked}};
        // An administrator sees which enrollments wait for their user, and who issued them.
        for (const UserDevice &mine : std::as_const(byUser[device.user])) {
            if (mine.device.id != device.id)
                continue;
            const sync::DeviceState state = deviceState(mine, now);
            line.insert("state", sync::deviceStateName(state));
            line.insert("issued_by", mine.trust.issuedBy);
            line.insert("hold_until", state == sync::DeviceState::Pending
                                          ? timestamp(mine.trust.holdUntil)
                                          : QJsonValue());
        }
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}

// Moves a child (to a social secretary) or a foster home (to a foster-home secretary) of
// the same municipality. The former secretary's tablets are told to remove it at their
// next sync; the records about it stay with their authors.
int reassign(Gateway &gateway, const QStringList &arguments)
{
    const auto child = optionValue(arguments, "--child");
    const auto home = optionValue(arguments, "--foster-home");
    const auto to = optionValue(arguments, "--to");
    if (!to || child.has_value() == home.has_value())
        return fail(2, "admin reassign needs --child ID or --foster-home ID, and --to USER");
    CentralStore &store = gateway.store();
    const auto type = child ? sync::ChangeType::Child : sync::ChangeType::FosterHome;
    const QString id = child ? *child : *home;
    const auto row = store.referenceRow(type, id);
    if (!row)
        return fail(1, QStringLiteral("no such %1: %2").arg(child ? "child" : "foster home", id));
    const auto user = store.user(*to);
    const sync::Role needed = child ? sync::Role::Caseworker : sync::Role::FosterHomeSecretary;
    if (!user || user->revoked || user->municipality != row->municipality || user->role != needed)
        return fail(1, QStringLiteral("%1 is not a %2 of municipality %3")
                           .arg(*to, sync::roleName(needed), row->municipality));
    QJsonObject data = row->data;
    const QString former = data.value("secretary").toString();
    data.insert("secretary", *to);
    store.transaction([&] {
        if (child)
            store.putChild(row->municipality, data);
        else
            store.putFosterHome(row->municipality, data);
        store.audit({Actor, {}, row->municipality, "admin_reassign", id, former + " -> " + *to});
        return true;
    });
    return 0;
}

} // namespace

int runAdmin(Gateway &gateway, const QStringList &arguments)
{
    const QString command = arguments.value(0);
    if (command == u"credential")
        return credential(gateway, arguments);
    if (command == u"revoke-device")
        return revokeDevice(gateway, arguments);
    if (command == u"revoke-user")
        return revokeUser(gateway, arguments);
    if (command == u"list-devices")
        return listDevices(gateway);
    if (command == u"reassign")
        return reassign(gateway, arguments);
    if (command == u"add-user")
        return addGatewayUser(gateway, arguments);
    if (command == u"forwarding")
        return forwarding(gateway, arguments);
    return fail(2, "unknown admin command (credential, revoke-device, revoke-user, "
                   "list-devices, reassign, add-user, forwarding): " +
                       command);
}

} // namespace homevisit::gateway
