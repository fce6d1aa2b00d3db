// --demo: two municipalities with invented people, so a tablet can enroll and sync at
// once, and isolation between municipalities can be seen.
#pragma once

#include "sync/gateway/gateway.h"

#include <QString>

namespace homevisit::gateway {

// Seeds only into an empty store (a rerun never duplicates data), then issues a fresh
// one-time credential to every user who has not enrolled a device yet and writes them
// to DIR/demo-credentials.json (mode 0600). False with *error on failure.
bool runDemo(Gateway &gateway, const QString &dataDir, QString *error);

} // namespace homevisit::gateway
