// The audit log's hash chain (docs/gateway.md, "The audit chain"): each row carries the
// hash of the row before it (prev_hash) and its own hash over that and its fields, so an
// edited, deleted or inserted row breaks the chain where `homevisit-central verify`
// looks. Both stores append and hash exactly the same way through these functions.
#pragma once

#include "sync/gateway/centralstore.h"

#include <QByteArray>
#include <QString>

namespace homevisit::gateway {

// prev_hash of the first row: 64 zeros.
QString auditGenesisHash();

// The bytes a row's hash covers: "homevisit-audit-v1\n", then prev_hash, id, at, user,
// device, municipality, action, record_id, detail, each as its UTF-8 byte length in
// decimal, ':', the bytes and '\n'. Length prefixes make the split unambiguous.
QByteArray auditHashInput(const QString &prevHash, qint64 id, const QString &at,
                          const AuditEvent &event);

// Lowercase hex SHA-256 of auditHashInput().
QString auditHash(const QString &prevHash, qint64 id, const QString &at, const AuditEvent &event);

} // namespace homevisit::gateway
