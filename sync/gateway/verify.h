// `homevisit-central verify`: checks every stored signed record's signature against the
// key of the device that signed it, and walks the audit log's hash chain
// (docs/gateway.md, "Verifying the store").
#pragma once

#include "sync/gateway/centralstore.h"

#include <QStringList>

namespace homevisit::gateway {

struct VerifyReport
{
    qint64 verified = 0;     // signed records whose signature holds
    qint64 legacy = 0;       // signed before signatures existed: nothing to check
    qint64 drafts = 0;       // never signed: nothing to check
    QStringList notVerified; // one English line per record that does not verify
    qint64 auditRows = 0;
    QString chainBreak;           // the first broken link, "" when the chain holds
    QString chainHead;            // "id:hash" of the last row, to note down outside the database
    QStringList adminCredentials; // every enrollment credential an administrator issued
    bool holds() const { return notVerified.isEmpty() && chainBreak.isEmpty(); }
};

VerifyReport verifyStore(CentralStore &store);

// Prints the report; 0 when everything holds, 1 when anything does not verify, 2 on a
// usage error (verify takes no arguments).
int runVerify(CentralStore &store, const QStringList &arguments);

} // namespace homevisit::gateway
