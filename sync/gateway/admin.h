// `homevisit-central --data-dir DIR admin ...`: what an operator does on the server.
#pragma once

#include "sync/gateway/gateway.h"

#include <QStringList>

#include <optional>

namespace homevisit::gateway {

// Runs one admin command (arguments after "admin"). Returns the exit code; on failure
// one English line is on stderr.
int runAdmin(Gateway &gateway, const QStringList &arguments);

// The case system's commands (adminintegration.cpp). add-user: an account of the
// gateway's own (admin, integration) in a municipality an import created. forwarding:
// what waits or failed (show), or delivered entries sent again (replay --from --to).
int addGatewayUser(Gateway &gateway, const QStringList &arguments);
// Shared by the admin commands: one English line on stderr, and the exit code given.
int adminFailure(int code, const QString &message);
// The value after `option` in `arguments`, or nullopt.
std::optional<QString> optionValue(const QStringList &arguments, const QString &option);
int forwarding(Gateway &gateway, const QStringList &arguments);

} // namespace homevisit::gateway
