#include "journalentry.h"

#include "domain/recordsignature.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace homevisit::receiver {

namespace {

// Thrown inside the reader, caught at its edge.
struct Refused
{
    Refusal refusal;
};

[[noreturn]] void refuse(const QString &error, const QString &message)
{
    throw Refused{Refusal{400, error, message}};
}

const QSet<QString> EntryTypes{"child_visit", "supervision_session", "amendment", "review"};
const QSet<QString> SubjectTypes{"child", "foster_home"};

void allowOnly(const QJsonObject &object, const QString &where, const QSet<QString> &keys)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key()))
            refuse("unknown_field", where + it.key() + " is not part of the contract");
    }
}

QJsonValue need(const QJsonObject &object, const QString &where, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        refuse("missing_field", where + key + " is missing");
    return value;
}

QString needString(const QJsonObject &object, const QString &where, const QString &key)
{
    const QJsonValue value = need(object, where, key);
    if (!value.isString())
        refuse("invalid_field", where + key + " must be a string");
    return value.toString();
}

// A string or null (then ""); null and absent are not the same: the key must be there.
QString needStringOrNull(const QJsonObject &object, const QString &where, const QString &key)
{
    const QJsonValue value = need(object, where, key);
    if (value.isNull())
        return {};
    if (!value.isString())
        refuse("invalid_field", where + key + " must be a string or null");
    return value.toString();
}

QJsonObject needObject(const QJsonObject &object, const QString &where, const QString &key)
{
    const QJsonValue value = need(object, where, key);
    if (!value.isObject())
        refuse("invalid_field", where + key + " must be an object");
    return value.toObject();
}

QString needUuid(const QJsonObject &object, const QString &where, const QString &key,
                 bool nullable = false)
{
    const QString text =
        nullable ? needStringOrNull(object, where, key) : needString(object, where, key);
    if ((!nullable || !text.isEmpty()) && !sync::isUuid(text))
        refuse("invalid_field", where + key + " must be a lowercase UUID");
    return text;
}

QDateTime needTimestamp(const QJsonObject &object, const QString &where, const QString &key)
{
    const auto time = sync::parseTimestamp(needString(object, where, key));
    if (!time)
        refuse("invalid_field", where + key + " must be an ISO 8601 timestamp with an offset");
    return *time;
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// A short one-line value (names, ids): nothing that could break a log or list line.
QString needLine(const QJsonObject &object, const QString &where, const QString &key, bool nullable,
                 qsizetype maxChars)
{
    const QString text =
        nullable ? needStringOrNull(object, where, key) : needString(object, where, key);
    if (!nullable && text.trimmed().isEmpty())
        refuse("invalid_field", where + key + " must not be empty");
    if (text.size() > maxChars || hasControlCharacter(text))
        refuse("invalid_field", QStringLiteral("%1%2 must be one line of at most %3 characters")
                                    .arg(where, key)
                                    .arg(maxChars));
    return text;
}

void agree(bool same, const QString &what)
{
    if (!same)
        refuse("inconsistent", what);
}

JournalEntry read(const QByteArray &body)
{
    if (body.size() > MaxEntryBytes)
        throw Refused{
            Refusal{413, "too_large",
                    QStringLiteral("the body is larger than %1 bytes").arg(MaxEntryBytes)}};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        refuse("malformed_json", "the body is not JSON: " + error.errorString());
    if (!document.isObject())
        refuse("malformed_json", "the body must be one JSON object");
    const QJsonObject object = document.object();
    allowOnly(object, {},
              {"entry_id", "entry_type", "municipality", "subject", "author", "signed_at",
               "received_at", "corrects", "signature", "signing_key", "record", "text"});

    JournalEntry entry;
    entry.entryId = needUuid(object, {}, "entry_id");
    entry.entryType = needString(object, {}, "entry_type");
    if (!EntryTypes.contains(entry.entryType))
        refuse("invalid_field",
               "entry_type must be child_visit, supervision_session, amendment or review");
    // The gateway sends null where it does not know a name (sync/integration/journalentry.h).
    entry.municipality = needLine(object, {}, "municipality", true, 200);

    const QJsonObject subject = needObject(object, {}, "subject");
    allowOnly(subject, "subject.", {"type", "id", "case_id", "name"});
    entry.subjectType = needString(subject, "subject.", "type");
    if (!SubjectTypes.contains(entry.subjectType))
        refuse("invalid_field", "subject.type must be child or foster_home");
    entry.subjectId = needUuid(subject, "subject.", "id");
    entry.caseId = needLine(subject, "subject.", "case_id", true, 200);
    entry.subjectName = needLine(subject, "subject.", "name", true, 500);

    const QJsonObject author = needObject(object, {}, "author");
    allowOnly(author, "author.", {"user", "display_name"});
    entry.authorUser = needString(author, "author.", "user");
    if (!sync::isUserName(entry.authorUser))
        refuse("invalid_field", "author.user must be a user name (1-64 of a-z 0-9 . _ -)");
    entry.authorDisplayName = needLine(author, "author.", "display_name", true, 500);

    entry.signedAt = needTimestamp(object, {}, "signed_at");
    entry.receivedAt = needTimestamp(object, {}, "received_at");
    entry.corrects = needUuid(object, {}, "corrects", true);

    entry.signature = needStringOrNull(object, {}, "signature");
    if (!entry.signature.isEmpty() && !sync::isSignature(entry.signature))
        refuse("invalid_field", "signature must be base64 of 64 bytes, or null");
    entry.signingKey = needStringOrNull(object, {}, "signing_key");
    if (!entry.signingKey.isEmpty() && !sync::isSigningKey(entry.signingKey))
        refuse("invalid_field", "signing_key must be base64 of 32 bytes, or null");

    const auto record = sync::decodeRecord(needObject(object, {}, "record"));
    if (const auto *problem = std::get_if<sync::ProtocolError>(&record))
        refuse("invalid_record", "record does not decode as a wire record (" + problem->code +
                                     "): " + problem->message);
    entry.record = std::get<sync::WireRecord>(record);

    entry.text = needString(object, {}, "text");

    // The entry is a view of its record: where both say something, they say the same.
    agree(entry.record.status == u"signed", "record.status must be signed");
    agree(entry.record.kind == entry.entryType, "entry_type differs from record.kind");
    agree(entry.record.author == entry.authorUser, "author.user differs from record.author");
    agree(entry.record.signedAt.toMSecsSinceEpoch() == entry.signedAt.toMSecsSinceEpoch(),
          "signed_at differs from record.signed_at");
    agree(entry.record.signature == entry.signature, "signature differs from record.signature");
    agree(entry.record.signingKey.isEmpty() || entry.record.signingKey == entry.signingKey,
          "signing_key differs from record.signing_key");

    const auto canonical = domain::canonicalJson(QJsonValue(object));
    if (!canonical)
        refuse("invalid_field", "the body holds a number that is not an integer");
    entry.contentHash = QString::fromLatin1(
        QCryptographicHash::hash(*canonical, QCryptographicHash::Sha256).toHex());
    return entry;
}

} // namespace

QByteArray Refusal::toBody() const
{
    QJsonObject object{{"error", error}};
    if (!message.isEmpty())
        object.insert("message", message);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::variant<JournalEntry, Refusal> parseJournalEntry(const QByteArray &body)
{
    try {
        return read(body);
    } catch (const Refused &refused) {
        return refused.refusal;
    }
}

QString signatureStateName(SignatureState state)
{
    return state == SignatureState::Valid ? QStringLiteral("valid") : QStringLiteral("legacy");
}

std::variant<SignatureState, Refusal> checkEntrySignature(const JournalEntry &entry)
{
    if (entry.signature.isEmpty())
        return SignatureState::Legacy;
    if (entry.signingKey.isEmpty())
        return Refusal{400, "missing_signing_key",
                       "signature is set but signing_key is null: nothing to verify it with"};
    const sync::WireRecord &record = entry.record;
    const domain::SignedContent content{record.recordId, record.kind,     record.revision,
                                        record.author,   record.deviceId, record.createdAt,
                                        record.signedAt, record.body};
    if (!domain::signature::verify(content, entry.signature, entry.signingKey))
        return Refusal{422, "signature_invalid", {}};
    return SignatureState::Valid;
}

} // namespace homevisit::receiver
