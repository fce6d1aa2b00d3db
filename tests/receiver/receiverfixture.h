// Journal entries as the gateway forwards them, for the receiver's tests: a record signed
// with a libsodium key pair by the domain's signing rule, wrapped as the contract says
// (docs/receiver.md, "The request").
#pragma once

#include "domain/examples.h"
#include "domain/recordsignature.h"
#include "sync/protocol/protocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace fixture {

namespace signature = homevisit::domain::signature;
using homevisit::sync::WireRecord;

inline QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// One tablet's Ed25519 key pair.
struct Tablet
{
    signature::KeyPair keys = signature::generate();
    QString deviceId = uuid();
    QString publicKey() const { return QString::fromLatin1(keys.publicKey.toBase64()); }

    // A signed child visit by anna for `childId`; `sign` false leaves it without a
    // signature, as records signed before signatures existed.
    WireRecord visit(const QString &childId, bool sign = true) const
    {
        WireRecord record;
        record.recordId = uuid();
        record.kind = "child_visit";
        record.status = "signed";
        record.revision = 1;
        record.author = "anna";
        record.deviceId = deviceId;
        record.hlc = "0001763891200000.000001";
        record.createdAt = QDateTime(QDate(2026, 11, 20), QTime(14, 0), Qt::UTC);
        record.signedAt = QDateTime(QDate(2026, 11, 20), QTime(15, 20), Qt::UTC);
        record.receivedAt = QDateTime(QDate(2026, 11, 20), QTime(15, 21), Qt::UTC);
        record.body = homevisit::domain::exampleChildVisit(
            childId, QDateTime(QDate(2026, 11, 20), QTime(14, 0), Qt::OffsetFromUTC, 3600));
        if (sign)
            record.signature = signature::sign(content(record), keys.secretKey);
        return record;
    }

    static homevisit::domain::SignedContent content(const WireRecord &record)
    {
        return {record.recordId, record.kind,      record.revision, record.author,
                record.deviceId, record.createdAt, record.signedAt, record.body};
    }
};

// The entry for `record`, as the gateway's forwarder builds it; `signingKey` "" = null.
inline QJsonObject entryFor(const WireRecord &record, const QString &signingKey,
                            const QString &childId, const QString &text)
{
    const auto orNull = [](const QString &value) {
        return value.isEmpty() ? QJsonValue() : QJsonValue(value);
    };
    return {
        {"entry_id", record.recordId},
        {"entry_type", record.kind},
        {"municipality", "Exempelstad"},
        {"subject", QJsonObject{{"type", "child"},
                                {"id", childId},
                                {"case_id", "BU-2026-0042"},
                                {"name", "Elsa Berg"}}},
        {"author", QJsonObject{{"user", record.author}, {"display_name", "Anna Lind"}}},
        {"signed_at", homevisit::sync::formatTimestamp(record.signedAt)},
        {"received_at", homevisit::sync::formatTimestamp(record.receivedAt)},
        {"corrects", QJsonValue()},
        {"signature", orNull(record.signature)},
        {"signing_key", orNull(signingKey)},
        {"record", homevisit::sync::encodeRecord(record)},
        {"text", text},
    };
}

inline QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace fixture
