// The operator's commands for the case system (docs/integration.md): the connector's and
// administrators' accounts, and forwarding's state and replay.
#include "sync/gateway/admin.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace homevisit::gateway {

namespace {

constexpr char Actor[] = "server-admin";
constexpr int ShownWaiting = 50; // the oldest waiting entries `forwarding show` lists

int fail(int code, const QString &message)
{
    return adminFailure(code, message);
}

bool municipalityKnown(CentralStore &store, const QString &municipality)
{
    for (const UserRow &user : store.users()) {
        if (user.municipality == municipality)
            return true;
    }
    return false;
}

QJsonValue timestamp(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(sync::formatTimestamp(time)) : QJsonValue();
}

void printLine(const QJsonObject &line)
{
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
}

int showForwarding(CentralStore &store)
{
    const ForwardingState state = store.forwardingState(ShownWaiting);
    printLine(
        {{"delivered", state.delivered}, {"waiting", state.waiting}, {"retrying", state.retrying}});
    for (const JournalEntryRow &entry : state.oldestWaiting) {
        printLine({{"seq", entry.seq},
                   {"entry_id", entry.entryId},
                   {"municipality", entry.municipality},
                   {"subject_id", entry.subjectId},
                   {"state", entry.attempts > 0 ? "retrying" : "waiting"},
                   {"attempts", entry.attempts},
                   {"next_attempt_at", timestamp(entry.nextAttemptAt)},
                   {"last_status", entry.lastStatus},
                   {"last_error", entry.lastError}});
    }
    for (const ExportCursor &cursor : store.exportCursors()) {
        printLine({{"feed_connector", cursor.connector},
                   {"municipality", cursor.municipality},
                   {"acknowledged_seq", cursor.acknowledged},
                   {"acknowledged_at", timestamp(cursor.acknowledgedAt)}});
    }
    return 0;
}

int replayForwarding(CentralStore &store, const QStringList &arguments)
{
    bool fromOk = false;
    bool toOk = false;
    const qint64 from = optionValue(arguments, "--from").value_or("").toLongLong(&fromOk);
    const qint64 to = optionValue(arguments, "--to").value_or("").toLongLong(&toOk);
    if (!fromOk || !toOk || from < 1 || to < from)
        return fail(2, "admin forwarding replay needs --from SEQ --to SEQ (1 <= from <= to)");
    qint64 replayed = 0;
    store.transaction([&] {
        replayed = store.replayForwarding(from, to, QDateTime::currentDateTimeUtc());
        store.audit({Actor,
                     {},
                     {},
                     "admin_forwarding_replay",
                     {},
                     QStringLiteral("%1..%2: %3 entries").arg(from).arg(to).arg(replayed)});
        return true;
    });
    std::printf("%lld entries will be sent again\n", static_cast<long long>(replayed));
    return 0;
}

} // namespace

int addGatewayUser(Gateway &gateway, const QStringList &arguments)
{
    const auto name = optionValue(arguments, "--user");
    const auto municipality = optionValue(arguments, "--municipality");
    const auto roleText = optionValue(arguments, "--role");
    const auto displayName = optionValue(arguments, "--display-name");
    if (!name || !municipality || !roleText || !displayName)
        return fail(2, "admin add-user needs --user U --municipality M --role admin|integration"
                       " --display-name NAME");
    const auto role = sync::roleFromName(*roleText);
    if (!role || sync::isCaseRole(*role))
        return fail(2, "admin add-user makes admin or integration accounts; the case system's"
                       " users come from its snapshot (import)");
    if (!sync::isUserName(*name) || displayName->trimmed().isEmpty())
        return fail(2, "--user needs 1-64 of a-z 0-9 . _ - and --display-name a name");
    CentralStore &store = gateway.store();
    if (store.user(*name))
        return fail(1, "the user exists already: " + *name);
    if (!municipalityKnown(store, *municipality))
        return fail(1, "no such municipality: " + *municipality +
                           " (import its caseload snapshot first)");
    store.transaction([&] {
        store.addUser({*name, *municipality, *role, displayName->trimmed(), {}, false});
        store.audit({Actor, {}, *municipality, "admin_add_user", {}, *name + " " + *roleText});
        return true;
    });
    return 0;
}

int forwarding(Gateway &gateway, const QStringList &arguments)
{
    const QString what = arguments.value(1, QStringLiteral("show"));
    if (what == u"show")
        return showForwarding(gateway.store());
    if (what == u"replay")
        return replayForwarding(gateway.store(), arguments);
    return fail(2, "admin forwarding takes show or replay --from SEQ --to SEQ, got: " + what);
}

} // namespace homevisit::gateway
