#include "receiverrules.h"

#include "sync/receiver/forwardsignature.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <sys/stat.h>

namespace homevisit::receiver {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Answer refused(const Refusal &refusal, const QString &entryId = {})
{
    return {refusal.httpStatus, refusal.toBody(), refusal.error, entryId};
}

// application/json, with at most a charset parameter, and that one utf-8.
bool isJsonUtf8(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    if (parts.first().trimmed().toLower() != "application/json")
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts[i].trimmed().toLower();
        if (parameter.isEmpty())
            continue;
        QByteArray charset = parameter;
        if (!charset.startsWith("charset="))
            return false;
        charset = charset.mid(8);
        if (charset.startsWith('"') && charset.endsWith('"') && charset.size() >= 2)
            charset = charset.mid(1, charset.size() - 2);
        if (charset != "utf-8" && charset != "utf8")
            return false;
    }
    return true;
}

QString utcText(const QDateTime &time)
{
    return sync::formatTimestamp(time.toUTC());
}

} // namespace

Answer answerEntry(const EntryRequest &request, EntryStore &store, const QByteArray &secret,
                   qint64 nowSeconds, const QDateTime &receivedAt)
{
    const SignatureCheck check =
        checkSignatureHeader(secret, request.signatureHeader, request.body, nowSeconds);
    if (check != SignatureCheck::Ok)
        return refused(Refusal{401, "unauthorized",
                               QStringLiteral("Homevisit-Signature: ") +
                                   QString::fromLatin1(signatureCheckName(check))});
    if (!isJsonUtf8(request.contentType))
        return refused(Refusal{415, "unsupported_media_type",
                               "Content-Type must be application/json; charset=utf-8"});

    const auto parsed = parseJournalEntry(request.body);
    if (const auto *refusal = std::get_if<Refusal>(&parsed))
        return refused(*refusal);
    const JournalEntry &entry = std::get<JournalEntry>(parsed);
    if (request.idempotencyKey.trimmed().isEmpty())
        return refused(Refusal{400, "idempotency_key_missing", "Idempotency-Key is missing"},
                       entry.entryId);
    if (QString::fromLatin1(request.idempotencyKey.trimmed()) != entry.entryId)
        return refused(
            Refusal{400, "idempotency_key_mismatch", "Idempotency-Key differs from entry_id"},
            entry.entryId);

    const auto signature = checkEntrySignature(entry);
    if (const auto *refusal = std::get_if<Refusal>(&signature))
        return refused(*refusal, entry.entryId);

    StoredEntry row;
    row.entryId = entry.entryId;
    row.entryType = entry.entryType;
    row.subjectType = entry.subjectType;
    row.subjectId = entry.subjectId;
    row.caseId = entry.caseId;
    row.signedAt = utcText(entry.signedAt);
    row.receivedAt = utcText(receivedAt);
    row.signatureState = signatureStateName(std::get<SignatureState>(signature));
    row.contentHash = entry.contentHash;
    row.body = request.body;
    QString error;
    switch (store.store(row, &error)) {
    case StoreOutcome::Stored:
        return {201, R"({"stored":true})", "stored", entry.entryId};
    case StoreOutcome::Duplicate:
        // The bytes as the contract writes them (QJsonObject would sort the keys).
        return {200, R"({"stored":false,"duplicate":true})", "duplicate", entry.entryId};
    case StoreOutcome::Conflict:
        return {409, R"({"error":"conflict"})", "conflict", entry.entryId};
    case StoreOutcome::Failed:
        break;
    }
    return {500, compact({{"error", "storage_failed"}}), "storage_failed (" + error + ")",
            entry.entryId};
}

bool FaultPlan::fails(qint64 postNumber) const
{
    if (postNumber <= failFirst)
        return true;
    return failEvery > 0 && postNumber % failEvery == 0;
}

Answer unavailableAnswer()
{
    return {503, compact({{"error", "unavailable"}}), "unavailable (injected)", {}};
}

std::optional<QByteArray> readSecretFile(const QString &path, QString *error, QString *warning)
{
    if (warning)
        warning->clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                QStringLiteral("cannot read the secret file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray secret = file.read(64 * 1024 + 1);
    if (secret.size() > 64 * 1024) {
        if (error)
            *error = QStringLiteral("the secret file %1 is larger than 64 KiB").arg(path);
        return std::nullopt;
    }
    while (secret.endsWith('\n')) {
        secret.chop(1);
        if (secret.endsWith('\r'))
            secret.chop(1);
    }
    if (secret.isEmpty()) {
        if (error)
            *error = QStringLiteral("the secret file %1 is empty").arg(path);
        return std::nullopt;
    }
    struct stat status
    {
    };
    if (warning && fstat(file.handle(), &status) == 0 && (status.st_mode & 077) != 0)
        *warning = QStringLiteral("the secret file %1 has mode %2; others may read it"
                                  " (chmod 600 it)")
                       .arg(path)
                       .arg(status.st_mode & 07777, 4, 8, QLatin1Char('0'));
    return secret;
}

bool isLoopbackHost(const QString &host)
{
    if (host == u"localhost")
        return true;
    const QByteArray text = host.toLatin1();
    in_addr v4{};
    if (inet_pton(AF_INET, text.constData(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6{};
    return inet_pton(AF_INET6, text.constData(), &v6) == 1 &&
           std::memcmp(&v6, &in6addr_loopback, sizeof v6) == 0;
}

} // namespace homevisit::receiver
