// Encoding, names, field rules, cursors and fingerprints of the sync protocol.
// Strict decoding is in decode.cpp, gzip in gzip.cpp.
#include "protocol.h"

#include "sync/protocol/wirefields.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace homevisit::sync {

namespace wire {

qsizetype codePoints(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // The low half of a surrogate pair belongs to the character already counted.
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++count;
    }
    return count;
}

bool isRecordKind(QStringView name)
{
    return name == u"child_visit" || name == u"supervision_session" || name == u"amendment" ||
           name == u"review";
}

bool isRecordStatus(QStringView name)
{
    return name == u"draft" || name == u"signed";
}

} // namespace wire

namespace {

bool matches(const QRegularExpression &pattern, QStringView text)
{
    return pattern.match(text).hasMatch();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonValue optionalTimestamp(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatTimestamp(time)) : QJsonValue();
}

// The members a record has both in a push (record_id) and a pull (id).
QJsonObject encodeRecordFields(const WireRecord &record, const QString &idKey)
{
    QJsonObject object{
        {idKey, record.recordId},
        {"kind", record.kind},
        {"status", record.status},
        {"revision", record.revision},
        {"base_revision", record.baseRevision ? QJsonValue(*record.baseRevision) : QJsonValue()},
        {"author", record.author},
        {"device_id", record.deviceId},
        {"hlc", record.hlc},
        {"created_at", formatTimestamp(record.createdAt)},
        {"body", record.body},
    };
    // signed_at exists only for signed records: a draft has no such member at all.
    if (record.signedAt.isValid())
        object.insert("signed_at", formatTimestamp(record.signedAt));
    if (!record.signature.isEmpty())
        object.insert("signature", record.signature);
    return object;
}

QJsonObject encodeResult(const MutationResult &result)
{
    QJsonObject object{{"mutation_id", result.mutationId},
                       {"outcome", outcomeName(result.outcome)}};
    if (result.outcome == Outcome::Rejected) {
        object.insert("error", result.error ? result.error->toJson() : QJsonObject());
        return object;
    }
    object.insert("revision", result.revision);
    object.insert("seq", result.seq);
    object.insert("received_at", optionalTimestamp(result.receivedAt));
    return object;
}

QJsonObject encodeChange(const Change &change)
{
    return {{"seq", change.seq},
            {"type", changeTypeName(change.type)},
            {"op", changeOpName(change.op)},
            {"data", change.data}};
}

} // namespace

// --- errors ---------------------------------------------------------------------------

QJsonObject ProtocolError::toJson() const
{
    QJsonObject object = extra;
    object.insert("code", code);
    object.insert("message", message);
    return object;
}

QByteArray ProtocolError::toBody() const
{
    return compact(QJsonObject{{"error", toJson()}});
}

std::optional<ProtocolError> ProtocolError::fromBody(int httpStatus, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject outer = document.object();
    if (outer.size() != 1 || !outer.value("error").isObject())
        return std::nullopt;
    QJsonObject inner = outer.value("error").toObject();
    const QJsonValue code = inner.take("code");
    const QJsonValue message = inner.take("message");
    if (!code.isString() || code.toString().isEmpty() || !message.isString())
        return std::nullopt;
    return ProtocolError{httpStatus, code.toString(), message.toString(), inner};
}

std::optional<ProtocolError> checkProtocolHeader(const QByteArray &value)
{
    if (value == QByteArray::number(ProtocolVersion))
        return std::nullopt;
    const QString got = value.isEmpty() ? QStringLiteral("missing")
                                        : QStringLiteral("'%1'").arg(QString::fromLatin1(value));
    return ProtocolError{
        400, "unsupported_protocol",
        QStringLiteral("%1: %2, this server speaks 1").arg(QLatin1StringView(ProtocolHeader), got),
        QJsonObject{{"supported", QJsonArray{ProtocolVersion}}}};
}

// --- names ------------------------------------------------------------------------------

QString roleName(Role role)
{
    switch (role) {
    case Role::Caseworker:
        return "caseworker";
    case Role::FosterHomeSecretary:
        return "foster_home_secretary";
    case Role::Supervisor:
        return "supervisor";
    case Role::Admin:
        return "admin";
    case Role::Integration:
        return "integration";
    }
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role role : {Role::Caseworker, Role::FosterHomeSecretary, Role::Supervisor, Role::Admin,
                      Role::Integration}) {
        if (name == roleName(role))
            return role;
    }
    return std::nullopt;
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return "applied";
    case Outcome::Duplicate:
        return "duplicate";
    case Outcome::Rejected:
        return "rejected";
    }
    return {};
}

QString changeTypeName(ChangeType type)
{
    switch (type) {
    case ChangeType::Child:
        return "child";
    case ChangeType::FosterHome:
        return "foster_home";
    case ChangeType::Placement:
        return "placement";
    case ChangeType::Record:
        return "record";
    }
    return {};
}

QString changeOpName(ChangeOp op)
{
    return op == ChangeOp::Upsert ? QStringLiteral("upsert") : QStringLiteral("remove");
}

// --- field rules ------------------------------------------------------------------------

namespace {
bool isBase64Of(QStringView text, int bytes)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return text.size() == (bytes + 2) / 3 * 4 && decoded && (*decoded).size() == bytes;
}
} // namespace

bool isSigningKey(QStringView text)
{
    return isBase64Of(text, 32);
}

bool isSignature(QStringView text)
{
    return isBase64Of(text, 64);
}

bool isUuid(QStringView text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    return matches(pattern, text);
}

bool isUserName(QStringView text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern("[a-z0-9._-]{1,64}"));
    return matches(pattern, text);
}

bool isToken(QStringView text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern("[A-Za-z0-9_-]{43}"));
    return matches(pattern, text);
}

bool isHlc(QStringView text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern("[0-9]{16}\\.[0-9]{6}"));
    return matches(pattern, text);
}

QString formatTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> parseTimestamp(QStringView text)
{
    // Written out rather than left to Qt::ISODate, which accepts a time without an
    // offset (local time: a different instant on every device).
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        "([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})"
        "(?:\\.([0-9]{1,9}))?(Z|([+-])([0-9]{2}):([0-9]{2}))"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const auto number = [&m](int group) { return m.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    const int millis = m.capturedView(7).left(3).toString().leftJustified(3, u'0').toInt();
    const QTime time(number(4), number(5), number(6), millis);
    int offset = 0;
    if (m.capturedView(8) != u"Z") {
        if (number(11) > 59)
            return std::nullopt;
        offset = (number(10) * 3600 + number(11) * 60) * (m.capturedView(9) == u"-" ? -1 : 1);
    }
    if (!date.isValid() || !time.isValid() || qAbs(offset) > 14 * 3600)
        return std::nullopt;
    return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
}

// --- encoding ---------------------------------------------------------------------------

QByteArray encode(const EnrollRequest &message)
{
    QJsonObject object{{"credential", message.credential},
                       {"device_id", message.deviceId},
                       {"device_name", message.deviceName}};
    if (!message.signingKey.isEmpty())
        object.insert("signing_key", message.signingKey);
    return compact(object);
}

QByteArray encode(const EnrollResponse &message)
{
    return compact({{"user", message.user},
                    {"role", roleName(message.role)},
                    {"municipality", message.municipality},
                    {"display_name", message.displayName},
                    {"refresh_token", message.refreshToken},
                    {"access_token", message.accessToken},
                    {"access_expires_in", message.accessExpiresIn},
                    {"server_time", formatTimestamp(message.serverTime)}});
}

QByteArray encode(const TokenRequest &message)
{
    return compact({{"refresh_token", message.refreshToken}, {"device_id", message.deviceId}});
}

QByteArray encode(const TokenResponse &message)
{
    QJsonObject object{{"access_token", message.accessToken},
                       {"access_expires_in", message.accessExpiresIn},
                       {"refresh_token", message.refreshToken}};
    if (message.refreshExpiresAt.isValid())
        object.insert("refresh_expires_at", formatTimestamp(message.refreshExpiresAt));
    return compact(object);
}

QJsonObject encodeMutation(const Mutation &mutation)
{
    QJsonObject object = encodeRecordFields(mutation.record, "record_id");
    object.insert("mutation_id", mutation.mutationId);
    return object;
}

QByteArray encode(const PushRequest &message)
{
    QJsonArray mutations;
    for (const Mutation &mutation : message.mutations)
        mutations.append(encodeMutation(mutation));
    return compact({{"mutations", mutations}});
}

QByteArray encode(const PushResponse &message)
{
    QJsonArray results;
    for (const MutationResult &result : message.results)
        results.append(encodeResult(result));
    return compact({{"results", results}});
}

QByteArray encode(const PullResponse &message)
{
    QJsonArray changes;
    for (const Change &change : message.changes)
        changes.append(encodeChange(change));
    return compact(
        {{"changes", changes}, {"next_cursor", message.nextCursor}, {"has_more", message.hasMore}});
}

QJsonObject encodeRecord(const WireRecord &record)
{
    QJsonObject object = encodeRecordFields(record, "id");
    object.insert("received_at", optionalTimestamp(record.receivedAt));
    if (!record.signingKey.isEmpty())
        object.insert("signing_key", record.signingKey);
    if (!record.authorName.isEmpty())
        object.insert("author_name", record.authorName);
    if (!record.subjectName.isEmpty())
        object.insert("subject_name", record.subjectName);
    return object;
}

// --- cursors and fingerprints -----------------------------------------------------------

namespace {
constexpr auto CursorEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr char CursorPrefix[] = "v1:";
} // namespace

QString makeCursor(qint64 lastSeq)
{
    const QByteArray plain = CursorPrefix + QByteArray::number(lastSeq);
    return QString::fromLatin1(plain.toBase64(CursorEncoding));
}

std::optional<qint64> readCursor(const QString &cursor)
{
    const auto position = readCursorPosition(cursor);
    return position ? std::optional<qint64>(position->seq) : std::nullopt;
}

QString makeCursor(const CursorPosition &position)
{
    if (!position.pending)
        return makeCursor(position.seq);
    const QByteArray plain = CursorPrefix + QByteArray::number(position.seq) + ":pending";
    return QString::fromLatin1(plain.toBase64(CursorEncoding));
}

std::optional<CursorPosition> readCursorPosition(const QString &cursor)
{
    static const QRegularExpression alphabet(
        QRegularExpression::anchoredPattern("[A-Za-z0-9_-]{1,64}"));
    if (!matches(alphabet, cursor))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    // Re-encoding must give the same text: refuses stray trailing bits and padding.
    if (!decoded || (*decoded).toBase64(CursorEncoding) != cursor.toLatin1())
        return std::nullopt;
    static const QRegularExpression plain(
        QRegularExpression::anchoredPattern("v1:(0|[1-9][0-9]{0,18})(:pending)?"));
    const QRegularExpressionMatch m = plain.match(QString::fromLatin1(*decoded));
    if (!m.hasMatch())
        return std::nullopt;
    bool fits = false;
    const qint64 seq = m.capturedView(1).toLongLong(&fits);
    if (!fits)
        return std::nullopt;
    return CursorPosition{seq, m.hasCaptured(2)};
}

QString deviceStateName(DeviceState state)
{
    switch (state) {
    case DeviceState::Approved:
        return QStringLiteral("approved");
    case DeviceState::Pending:
        return QStringLiteral("pending");
    case DeviceState::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

QByteArray encode(const DeviceList &message)
{
    const auto timestampOrNull = [](const QDateTime &time) {
        return time.isValid() ? QJsonValue(formatTimestamp(time)) : QJsonValue();
    };
    QJsonArray devices;
    for (const DeviceInfo &device : message.devices)
        devices.append(QJsonObject{{"device_id", device.deviceId},
                                   {"device_name", device.deviceName},
                                   {"enrolled_at", formatTimestamp(device.enrolledAt)},
                                   {"issued_by", device.issuedBy},
                                   {"state", deviceStateName(device.state)},
                                   {"approved_at", timestampOrNull(device.approvedAt)},
                                   {"hold_until", timestampOrNull(device.holdUntil)},
                                   {"this_device", device.thisDevice}});
    return compact(QJsonObject{{"devices", devices}});
}

QString mutationFingerprint(const Mutation &mutation)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical at every depth
    // (tests/sync/test_protocol.cpp checks this).
    const QByteArray canonical = compact(encodeMutation(mutation));
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

} // namespace homevisit::sync
