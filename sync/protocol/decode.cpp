// Strict decoding: every message is checked member by member, and the first problem
// becomes the ProtocolError the gateway answers with. Inside this file a problem is
// thrown (Failure) so each reader stays a straight list of fields; the public
// functions catch it and return it.
#include "sync/protocol/protocol.h"

#include "sync/protocol/wirefields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <functional>
#include <initializer_list>

namespace homevisit::sync {

namespace {

using Keys = std::initializer_list<QStringView>;

struct Failure
{
    ProtocolError error;
};

[[noreturn]] void fail(const QString &code, const QString &where, const QString &what,
                       int status = 400)
{
    throw Failure{ProtocolError{status, code, where.isEmpty() ? what : where + ": " + what, {}}};
}

template <typename T, typename F> Decoded<T> decoding(F read)
{
    try {
        return read();
    } catch (const Failure &failure) {
        return failure.error;
    }
}

QString at(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key.toString();
}

QString at(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// --- the document ---------------------------------------------------------------------

void requireUtf8(const QByteArray &json)
{
    // QJsonDocument would quietly replace invalid sequences with U+FFFD: a tablet bug
    // must not turn into different text on the server.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(json);
    if (decoder.hasError())
        fail("malformed_json", {}, "not valid UTF-8");
}

// What QJsonDocument would take in a different sense than RFC 8259 means it. RFC 8259
// allows no raw character below U+0020 inside a string (it must be escaped), and only
// space, tab, LF and CR between tokens.
void requireStrictStrings(const QByteArray &json)
{
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        const auto byte = static_cast<unsigned char>(c);
        // QJsonDocument takes a raw NUL, 0x01 or newline inside a string as it is, and it
        // would be stored as text and reach every reader of the record.
        if (byte < 0x20 && (inString || (c != ' ' && c != '\t' && c != '\n' && c != '\r')))
            fail("malformed_json", {},
                 QStringLiteral("a raw control character (0x%1) at offset %2")
                     .arg(int(byte), 2, 16, QLatin1Char('0'))
                     .arg(i));
        if (inString && c == '\\') {
            ++i; // an escaped character never ends the string
        } else if (c == '"') {
            inString = !inString;
            // QJsonDocument drops a raw U+FEFF that starts a string: a value would
            // change, and a key would be filed out of order, where QJsonObject's
            // lookups (the shape check's too) no longer find it. The escaped form is
            // kept, but re-encoded raw: refused too, or the server would store and
            // send a body its own decoder refuses.
            if (inString &&
                (json.mid(i + 1, 3) == "\xEF\xBB\xBF" || json.mid(i + 1, 6).toLower() == "\\ufeff"))
                fail("malformed_json", {},
                     QStringLiteral("a string starts with U+FEFF at offset %1").arg(i + 1));
        }
    }
}

QJsonObject parseObject(const QByteArray &json, qsizetype maxBytes)
{
    if (json.size() > maxBytes)
        fail("body_too_large", {}, QStringLiteral("larger than %1 bytes").arg(maxBytes), 413);
    if (json.startsWith("\xEF\xBB\xBF"))
        fail("malformed_json", {}, "starts with a byte order mark");
    requireUtf8(json);
    requireStrictStrings(json);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        fail("malformed_json", {},
             QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        fail("malformed_json", {}, "not a JSON object");
    return document.object();
}

// --- members --------------------------------------------------------------------------

void allowOnly(const QJsonObject &object, const QString &path, Keys allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
            fail("unknown_field", at(path, it.key()), "unknown field");
    }
}

// Absent and null are the same: a required member that is null is missing.
QJsonValue need(const QJsonObject &object, const QString &path, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        fail("missing_field", at(path, key), "required");
    return value;
}

QString needString(const QJsonObject &object, const QString &path, QStringView key)
{
    const QJsonValue value = need(object, path, key);
    if (!value.isString())
        fail("wrong_type", at(path, key), "expected a string");
    return value.toString();
}

QString needText(const QJsonObject &object, const QString &path, QStringView key, int min, int max)
{
    const QString text = needString(object, path, key);
    const qsizetype length = wire::codePoints(text);
    if (length < min || length > max)
        fail("invalid_value", at(path, key),
             QStringLiteral("must be %1 to %2 characters").arg(min).arg(max));
    return text;
}

QString needMatching(const QJsonObject &object, const QString &path, QStringView key,
                     bool (*valid)(QStringView), const char *what)
{
    const QString text = needString(object, path, key);
    if (!valid(text))
        fail("invalid_value", at(path, key), QLatin1StringView("not ") + QLatin1StringView(what));
    return text;
}

QString needUuid(const QJsonObject &object, const QString &path, QStringView key)
{
    return needMatching(object, path, key, isUuid, "a UUID");
}

QDateTime needTimestamp(const QJsonObject &object, const QString &path, QStringView key)
{
    const QString text = needString(object, path, key);
    const std::optional<QDateTime> time = parseTimestamp(text);
    if (!time)
        fail("invalid_value", at(path, key), "not an ISO 8601 timestamp with an offset");
    return *time;
}

qint64 integerOf(const QJsonValue &value, const QString &where, qint64 min, qint64 max)
{
    if (!value.isDouble())
        fail("wrong_type", where, "expected an integer");
    const double number = value.toDouble();
    // Both bounds are below 2^53, so the double comparison is exact.
    if (!(number >= double(min) && number <= double(max)) || number != std::trunc(number))
        fail("invalid_value", where,
             QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max));
    return qint64(number);
}

qint64 needInteger(const QJsonObject &object, const QString &path, QStringView key, qint64 min,
                   qint64 max)
{
    return integerOf(need(object, path, key), at(path, key), min, max);
}

bool needBool(const QJsonObject &object, const QString &path, QStringView key)
{
    const QJsonValue value = need(object, path, key);
    if (!value.isBool())
        fail("wrong_type", at(path, key), "expected true or false");
    return value.toBool();
}

QJsonObject needObject(const QJsonObject &object, const QString &path, QStringView key)
{
    const QJsonValue value = need(object, path, key);
    if (!value.isObject())
        fail("wrong_type", at(path, key), "expected an object");
    return value.toObject();
}

QJsonArray needArray(const QJsonObject &object, const QString &path, QStringView key, int min,
                     int max)
{
    const QJsonValue value = need(object, path, key);
    if (!value.isArray())
        fail("wrong_type", at(path, key), "expected an array");
    const QJsonArray array = value.toArray();
    if (array.size() < min || array.size() > max)
        fail("invalid_value", at(path, key),
             QStringLiteral("must hold %1 to %2 entries").arg(min).arg(max));
    return array;
}

QJsonObject entryObject(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        fail("wrong_type", where, "expected an object");
    return value.toObject();
}

template <typename T>
T needEnum(const QJsonObject &object, const QString &path, QStringView key,
           const std::function<std::optional<T>(QStringView)> &fromName)
{
    const QString name = needString(object, path, key);
    const std::optional<T> value = fromName(name);
    if (!value)
        fail("invalid_value", at(path, key), QStringLiteral("'%1' is not allowed").arg(name));
    return *value;
}

QString needName(const QJsonObject &object, const QString &path, QStringView key,
                 bool (*allowed)(QStringView))
{
    const QString name = needString(object, path, key);
    if (!allowed(name))
        fail("invalid_value", at(path, key), QStringLiteral("'%1' is not allowed").arg(name));
    return name;
}

// --- records --------------------------------------------------------------------------

std::optional<qint64> readBaseRevision(const QJsonObject &object, const QString &path,
                                       qint64 revision)
{
    // Must be present (null for a new record): a client that forgets it is a bug.
    if (!object.contains(u"base_revision"))
        fail("missing_field", at(path, u"base_revision"), "required (null for a new record)");
    const QJsonValue value = object.value(u"base_revision");
    if (value.isNull())
        return std::nullopt;
    return integerOf(value, at(path, u"base_revision"), 1, revision);
}

QDateTime readSignedAt(const QJsonObject &object, const QString &path, const QString &status)
{
    const bool present =
        !object.value(u"signed_at").isUndefined() && !object.value(u"signed_at").isNull();
    if (status == u"signed")
        return needTimestamp(object, path, u"signed_at");
    if (present)
        fail("invalid_value", at(path, u"signed_at"), "only a signed record has one");
    return {};
}

QJsonObject readBody(const QJsonObject &object, const QString &path)
{
    const QJsonObject body = needObject(object, path, u"body");
    // The domain rules check the body's shape (gateway); here only its size.
    if (QJsonDocument(body).toJson(QJsonDocument::Compact).size() > MaxRecordBodyBytes)
        fail("body_too_large", at(path, u"body"),
             QStringLiteral("larger than %1 bytes").arg(MaxRecordBodyBytes), 413);
    return body;
}

// Optional (records signed before signatures existed have none; the gateway requires
// one on a push), and only on a signed record.
QString readSignature(const QJsonObject &object, const QString &path, const QString &status)
{
    const QJsonValue value = object.value(u"signature");
    if (value.isUndefined() || value.isNull())
        return {};
    if (status != u"signed")
        fail("invalid_value", at(path, u"signature"), "only a signed record has one");
    return needMatching(object, path, u"signature", isSignature,
                        "base64 of a 64-byte Ed25519 signature");
}

// The members a pushed and a pulled record share; idKey is "record_id" or "id".
WireRecord readRecordFields(const QJsonObject &object, const QString &path, QStringView idKey)
{
    WireRecord record;
    record.recordId = needUuid(object, path, idKey);
    record.kind = needName(object, path, u"kind", wire::isRecordKind);
    record.status = needName(object, path, u"status", wire::isRecordStatus);
    record.revision = needInteger(object, path, u"revision", 1, wire::MaxRevision);
    record.baseRevision = readBaseRevision(object, path, record.revision);
    record.author = needMatching(object, path, u"author", isUserName, "a user name");
    record.deviceId = needUuid(object, path, u"device_id");
    record.hlc = needMatching(object, path, u"hlc", isHlc, "an hlc stamp (16.6 digits)");
    record.createdAt = needTimestamp(object, path, u"created_at");
    record.signedAt = readSignedAt(object, path, record.status);
    record.body = readBody(object, path);
    record.signature = readSignature(object, path, record.status);
    return record;
}

Mutation readMutation(const QJsonObject &object, const QString &path)
{
    allowOnly(object, path,
              {u"mutation_id", u"record_id", u"kind", u"status", u"revision", u"base_revision",
               u"author", u"device_id", u"hlc", u"created_at", u"signed_at", u"body",
               u"signature"});
    Mutation mutation;
    mutation.mutationId = needUuid(object, path, u"mutation_id");
    mutation.record = readRecordFields(object, path, u"record_id");
    return mutation;
}

// A display name the gateway adds to a pulled record: absent, or 1-200 characters.
QString optionalName(const QJsonObject &object, const QString &path, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    return needText(object, path, key, 1, 200);
}

WireRecord readPulledRecord(const QJsonObject &object, const QString &path)
{
    allowOnly(object, path,
              {u"id", u"kind", u"status", u"revision", u"base_revision", u"author", u"device_id",
               u"hlc", u"created_at", u"signed_at", u"received_at", u"body", u"signature",
               u"signing_key", u"author_name", u"subject_name"});
    WireRecord record = readRecordFields(object, path, u"id");
    record.receivedAt = needTimestamp(object, path, u"received_at");
    if (const QJsonValue key = object.value(u"signing_key"); !key.isUndefined() && !key.isNull())
        record.signingKey = needMatching(object, path, u"signing_key", isSigningKey,
                                         "base64 of a 32-byte Ed25519 public key");
    record.authorName = optionalName(object, path, u"author_name");
    record.subjectName = optionalName(object, path, u"subject_name");
    return record;
}

// --- push results -----------------------------------------------------------------------

ProtocolError readRejection(const QJsonObject &object, const QString &path)
{
    QJsonObject error = needObject(object, path, u"error");
    const QString where = at(path, u"error");
    const QString code = needText(error, where, u"code", 1, 64);
    const QString message = needString(error, where, u"message");
    error.remove(u"code");
    error.remove(u"message");
    return ProtocolError{400, code, message, error}; // the rest: violations, sibling_id, ...
}

std::optional<Outcome> outcomeFromName(QStringView name)
{
    for (Outcome outcome : {Outcome::Applied, Outcome::Duplicate, Outcome::Rejected}) {
        if (name == outcomeName(outcome))
            return outcome;
    }
    return std::nullopt;
}

MutationResult readResult(const QJsonObject &object, const QString &path)
{
    allowOnly(object, path,
              {u"mutation_id", u"outcome", u"revision", u"seq", u"received_at", u"error"});
    MutationResult result;
    result.mutationId = needUuid(object, path, u"mutation_id");
    result.outcome = needEnum<Outcome>(object, path, u"outcome", outcomeFromName);
    if (result.outcome == Outcome::Rejected) {
        allowOnly(object, path, {u"mutation_id", u"outcome", u"error"});
        result.error = readRejection(object, path);
        return result;
    }
    allowOnly(object, path, {u"mutation_id", u"outcome", u"revision", u"seq", u"received_at"});
    result.revision = needInteger(object, path, u"revision", 1, wire::MaxRevision);
    result.seq = needInteger(object, path, u"seq", 1, wire::MaxSeq);
    result.receivedAt = needTimestamp(object, path, u"received_at");
    return result;
}

// --- pull changes -----------------------------------------------------------------------

std::optional<ChangeType> changeTypeFromName(QStringView name)
{
    for (ChangeType type :
         {ChangeType::Child, ChangeType::FosterHome, ChangeType::Placement, ChangeType::Record}) {
        if (name == changeTypeName(type))
            return type;
    }
    return std::nullopt;
}

std::optional<ChangeOp> changeOpFromName(QStringView name)
{
    for (ChangeOp op : {ChangeOp::Upsert, ChangeOp::Remove}) {
        if (name == changeOpName(op))
            return op;
    }
    return std::nullopt;
}

// Reference rows are checked only for their id: their columns are the tablet store's.
void checkChangeData(const Change &change, const QString &path)
{
    const QString where = at(path, u"data");
    if (change.type == ChangeType::Record && change.op == ChangeOp::Remove)
        fail("invalid_value", at(path, u"op"), "records are never removed");
    if (change.type == ChangeType::Record) {
        readPulledRecord(change.data, where);
        return;
    }
    if (change.op == ChangeOp::Remove)
        allowOnly(change.data, where, {u"id"});
    needUuid(change.data, where, u"id");
}

Change readChange(const QJsonObject &object, const QString &path, qint64 previousSeq)
{
    allowOnly(object, path, {u"seq", u"type", u"op", u"data"});
    Change change;
    change.seq = needInteger(object, path, u"seq", 1, wire::MaxSeq);
    if (change.seq <= previousSeq)
        fail("invalid_value", at(path, u"seq"), "changes must come in increasing seq order");
    change.type = needEnum<ChangeType>(object, path, u"type", changeTypeFromName);
    change.op = needEnum<ChangeOp>(object, path, u"op", changeOpFromName);
    change.data = needObject(object, path, u"data");
    checkChangeData(change, path);
    return change;
}

} // namespace

// --- public decoders ----------------------------------------------------------------------

Decoded<EnrollRequest> decodeEnrollRequest(const QByteArray &json)
{
    return decoding<EnrollRequest>([&] {
        const QJsonObject object = parseObject(json, MaxRequestBytes);
        allowOnly(object, {}, {u"credential", u"device_id", u"device_name", u"signing_key"});
        EnrollRequest message;
        message.credential = needText(object, {}, u"credential", 1, wire::MaxCredentialChars);
        message.deviceId = needUuid(object, {}, u"device_id");
        message.deviceName = needText(object, {}, u"device_name", 0, wire::MaxDeviceNameChars);
        // Optional on the wire: a device enrolled without one cannot push a signed record.
        if (const QJsonValue key = object.value(u"signing_key");
            !key.isUndefined() && !key.isNull())
            message.signingKey = needMatching(object, {}, u"signing_key", isSigningKey,
                                              "base64 of a 32-byte Ed25519 public key");
        return message;
    });
}

Decoded<EnrollResponse> decodeEnrollResponse(const QByteArray &json)
{
    return decoding<EnrollResponse>([&] {
        const QJsonObject object = parseObject(json, MaxResponseBytes);
        allowOnly(object, {},
                  {u"user", u"role", u"municipality", u"display_name", u"refresh_token",
                   u"access_token", u"access_expires_in", u"server_time"});
        EnrollResponse message;
        message.user = needMatching(object, {}, u"user", isUserName, "a user name");
        message.role = needEnum<Role>(object, {}, u"role", roleFromName);
        message.municipality = needText(object, {}, u"municipality", 1, wire::MaxMunicipalityChars);
        message.displayName = needText(object, {}, u"display_name", 0, wire::MaxDisplayNameChars);
        message.refreshToken = needMatching(object, {}, u"refresh_token", isToken, "a token");
        message.accessToken = needMatching(object, {}, u"access_token", isToken, "a token");
        message.accessExpiresIn =
            int(needInteger(object, {}, u"access_expires_in", 1, wire::MaxAccessExpiresIn));
        message.serverTime = needTimestamp(object, {}, u"server_time");
        return message;
    });
}

Decoded<TokenRequest> decodeTokenRequest(const QByteArray &json)
{
    return decoding<TokenRequest>([&] {
        const QJsonObject object = parseObject(json, MaxRequestBytes);
        allowOnly(object, {}, {u"refresh_token", u"device_id"});
        TokenRequest message;
        message.refreshToken = needMatching(object, {}, u"refresh_token", isToken, "a token");
        message.deviceId = needUuid(object, {}, u"device_id");
        return message;
    });
}

Decoded<TokenResponse> decodeTokenResponse(const QByteArray &json)
{
    return decoding<TokenResponse>([&] {
        const QJsonObject object = parseObject(json, MaxResponseBytes);
        allowOnly(object, {},
                  {u"access_token", u"access_expires_in", u"refresh_token", u"refresh_expires_at"});
        TokenResponse message;
        message.accessToken = needMatching(object, {}, u"access_token", isToken, "a token");
        message.accessExpiresIn =
            int(needInteger(object, {}, u"access_expires_in", 1, wire::MaxAccessExpiresIn));
        message.refreshToken = needMatching(object, {}, u"refresh_token", isToken, "a token");
        if (object.contains(u"refresh_expires_at"))
            message.refreshExpiresAt = needTimestamp(object, {}, u"refresh_expires_at");
        return message;
    });
}

Decoded<PushRequest> decodePushRequest(const QByteArray &json)
{
    return decoding<PushRequest>([&] {
        const QJsonObject object = parseObject(json, MaxRequestBytes);
        allowOnly(object, {}, {u"mutations"});
        const QJsonArray mutations = needArray(object, {}, u"mutations", 1, MaxBatch);
        PushRequest message;
        for (qsizetype i = 0; i < mutations.size(); ++i) {
            const QString path = at(QStringLiteral("mutations"), i);
            const QJsonObject entry = entryObject(mutations[i], path);
            try {
                message.mutations.append(readMutation(entry, path));
            } catch (const Failure &failure) {
                // One bad record costs only its own mutation when its id can be answered.
                Mutation invalid;
                invalid.mutationId = needUuid(entry, path, u"mutation_id");
                if (const QString id = entry.value(u"record_id").toString(); isUuid(id))
                    invalid.record.recordId = id;
                invalid.invalid = failure.error;
                message.mutations.append(invalid);
            }
        }
        return message;
    });
}

Decoded<PushResponse> decodePushResponse(const QByteArray &json)
{
    return decoding<PushResponse>([&] {
        const QJsonObject object = parseObject(json, MaxResponseBytes);
        allowOnly(object, {}, {u"results"});
        const QJsonArray results = needArray(object, {}, u"results", 1, MaxBatch);
        PushResponse message;
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QString path = at(QStringLiteral("results"), i);
            message.results.append(readResult(entryObject(results[i], path), path));
        }
        return message;
    });
}

Decoded<PullResponse> decodePullResponse(const QByteArray &json)
{
    return decoding<PullResponse>([&] {
        const QJsonObject object = parseObject(json, MaxResponseBytes);
        allowOnly(object, {}, {u"changes", u"next_cursor", u"has_more"});
        const QJsonArray changes = needArray(object, {}, u"changes", 0, MaxPullLimit);
        PullResponse message;
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const QString path = at(QStringLiteral("changes"), i);
            const qint64 previous = message.changes.isEmpty() ? 0 : message.changes.last().seq;
            message.changes.append(readChange(entryObject(changes[i], path), path, previous));
        }
        message.nextCursor = needText(object, {}, u"next_cursor", 1, wire::MaxCursorChars);
        message.hasMore = needBool(object, {}, u"has_more");
        return message;
    });
}

Decoded<WireRecord> decodeRecord(const QJsonObject &json)
{
    return decoding<WireRecord>([&] { return readPulledRecord(json, {}); });
}

Decoded<PullQuery> decodePullQuery(const QString &cursor, const QString &limit)
{
    return decoding<PullQuery>([&] {
        PullQuery query;
        // Empty and absent are the same: QUrlQuery gives "" for both.
        if (!cursor.isEmpty() && !readCursor(cursor))
            fail("invalid_cursor", "cursor", "not a cursor this server gave out");
        query.cursor = cursor;
        if (limit.isEmpty())
            return query;
        static const QRegularExpression digits(QRegularExpression::anchoredPattern("[0-9]{1,3}"));
        const int value = digits.match(limit).hasMatch() ? limit.toInt() : 0;
        if (value < 1 || value > MaxPullLimit)
            fail("invalid_value", "limit",
                 QStringLiteral("must be an integer from 1 to %1").arg(MaxPullLimit));
        query.limit = value;
        return query;
    });
}

namespace {
std::optional<DeviceState> deviceStateFromName(QStringView name)
{
    for (const DeviceState state :
         {DeviceState::Approved, DeviceState::Pending, DeviceState::Revoked})
        if (name == deviceStateName(state))
            return state;
    return std::nullopt;
}

QDateTime optionalTimestamp(const QJsonObject &object, const QString &path, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    return needTimestamp(object, path, key);
}

DeviceInfo readDevice(const QJsonObject &object, const QString &path)
{
    allowOnly(object, path,
              {u"device_id", u"device_name", u"enrolled_at", u"issued_by", u"state", u"approved_at",
               u"hold_until", u"this_device"});
    DeviceInfo device;
    device.deviceId = needUuid(object, path, u"device_id");
    device.deviceName = needText(object, path, u"device_name", 0, wire::MaxDeviceNameChars);
    device.enrolledAt = needTimestamp(object, path, u"enrolled_at");
    device.issuedBy = needText(object, path, u"issued_by", 0, 64);
    const auto state = deviceStateFromName(needString(object, path, u"state"));
    if (!state)
        fail("invalid_value", at(path, u"state"), "approved, pending or revoked");
    device.state = *state;
    device.approvedAt = optionalTimestamp(object, path, u"approved_at");
    device.holdUntil = optionalTimestamp(object, path, u"hold_until");
    device.thisDevice = needBool(object, path, u"this_device");
    return device;
}
} // namespace

Decoded<DeviceList> decodeDeviceList(const QByteArray &json)
{
    return decoding<DeviceList>([&] {
        const QJsonObject object = parseObject(json, MaxResponseBytes);
        allowOnly(object, {}, {u"devices"});
        const QJsonArray devices = needArray(object, {}, u"devices", 0, 1000);
        DeviceList message;
        for (qsizetype i = 0; i < devices.size(); ++i) {
            const QString path = at(QStringLiteral("devices"), i);
            message.devices.append(readDevice(entryObject(devices[i], path), path));
        }
        return message;
    });
}

} // namespace homevisit::sync
