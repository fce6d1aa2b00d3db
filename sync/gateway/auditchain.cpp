#include "auditchain.h"

#include <QCryptographicHash>

namespace homevisit::gateway {

namespace {
void appendField(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    out.append(QByteArray::number(utf8.size()));
    out.append(':');
    out.append(utf8);
    out.append('\n');
}
} // namespace

QString auditGenesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray auditHashInput(const QString &prevHash, qint64 id, const QString &at,
                          const AuditEvent &event)
{
    QByteArray out("homevisit-audit-v1\n");
    for (const QString &field : {prevHash, QString::number(id), at, event.user, event.deviceId,
                                 event.municipality, event.action, event.recordId, event.detail})
        appendField(out, field);
    return out;
}

QString auditHash(const QString &prevHash, qint64 id, const QString &at, const AuditEvent &event)
{
    return QString::fromLatin1(QCryptographicHash::hash(auditHashInput(prevHash, id, at, event),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace homevisit::gateway
