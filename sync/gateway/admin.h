// `homevisit-central --data-dir DIR admin ...`: what an operator does on the server.
#pragma once

#include "gateway.h"

#include <QStringList>

namespace homevisit::gateway {

// Runs one admin command (arguments after "admin"). Returns the exit code; on failure
// one English line is on stderr.
int runAdmin(Gateway &gateway, const QStringList &arguments);

} // namespace homevisit::gateway
