#include "admin.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace homevisit::gateway {

namespace {

constexpr char Actor[] = "server-admin"; // the operator on the server's console

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "homevisit-central: %s\n", qPrintable(message));
    return code;
}

// The value after `option` in `arguments`, or nullopt.
std::optional<QString> optionValue(const QStringList &arguments, const QString &option)
{
    const qsizetype at = arguments.indexOf(option);
    if (at < 0 || at + 1 >= arguments.size())
        return std::nullopt;
    return arguments.at(at + 1);
}

int credential(Gateway &gateway, const QStringList &arguments)
{
    const auto user = optionValue(arguments, "--user");
    if (!user)
        return fail(2, "admin credential needs --user NAME");
    const auto issued = gateway.issueCredential(*user, Actor);
    if (!issued)
        return fail(1, "no such user, or the user is revoked: " + *user);
    std::printf("%s\n", qPrintable(*issued));
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
    for (const DeviceRow &device : store.devices({})) {
        const QJsonObject line{
            {"device_id", device.id},
            {"user", device.user},
            {"municipality", device.municipality},
            {"device_name", device.name},
            {"enrolled_at", sync::formatTimestamp(device.enrolledAt)},
            {"last_sync_at", device.lastSyncAt.isValid()
                                 ? QJsonValue(sync::formatTimestamp(device.lastSyncAt))
                                 : QJsonValue()},
            {"revoked", device.revoked}};
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    }
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
    return fail(2, "unknown admin command (credential, revoke-device, revoke-user, "
                   "list-devices): " +
                       command);
}

} // namespace homevisit::gateway
