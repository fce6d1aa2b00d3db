// The sync wire protocol (docs/sync-protocol.md), shared by the tablet's client and
// the central gateway. Qt Core only. Decoding is strict: unknown fields, wrong types,
// values out of range and oversized input are refused with the ProtocolError the
// gateway sends back (400 + code), so both ends agree on what is valid.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace homevisit::sync {

constexpr int ProtocolVersion = 1;
inline constexpr char ProtocolHeader[] = "Homevisit-Protocol";

constexpr qsizetype MaxCompressedRequestBytes = 1 * 1024 * 1024;
constexpr qsizetype MaxRequestBytes = 4 * 1024 * 1024; // after gunzip
constexpr qsizetype MaxResponseBytes = 8 * 1024 * 1024;
constexpr qsizetype MaxRecordBodyBytes = 1 * 1024 * 1024;
constexpr int MaxBatch = 100;
constexpr int DefaultPullLimit = 200;
constexpr int MaxPullLimit = 500;
constexpr int AccessTokenSeconds = 15 * 60;
// Refresh tokens rotate on every use (POST /v1/token answers a new one). Each expires this
// many days after it was issued (the idle limit), and none of one enrollment is accepted
// more than EnrollmentDays after that enrollment (the absolute limit): then the tablet must
// be enrolled again.
constexpr int RefreshTokenDays = 30;
constexpr int EnrollmentDays = 365;
// The gateway refuses a record whose hlc stamp is further than this ahead of its clock.
constexpr qint64 MaxHlcAheadMs = 10 * 60 * 1000;
// Stale drafts the server keeps beside one record (docs/sync-protocol.md, "Drafts"); the
// next one is refused as too_many_drafts and stays on the tablet.
constexpr int MaxDraftSiblings = 20;

// {"error": {"code": ..., "message": ..., ...extra}} with the HTTP status it goes with.
struct ProtocolError
{
    int httpStatus = 400;
    QString code;
    QString message;   // English, for logs; clients never show it to the user
    QJsonObject extra; // e.g. "violations", "sibling_id", "supported"

    QJsonObject toJson() const; // the inner object: {"code", "message", ...extra}
    QByteArray toBody() const;  // {"error": {...}}
    static std::optional<ProtocolError> fromBody(int httpStatus, const QByteArray &body);
    bool operator==(const ProtocolError &) const = default;
};

template <typename T> using Decoded = std::variant<T, ProtocolError>;

// Accepts exactly "1" (the versions this build speaks).
std::optional<ProtocolError> checkProtocolHeader(const QByteArray &value);

// --- authentication -------------------------------------------------------------------

enum class Role
{
    Caseworker,
    FosterHomeSecretary,
    Supervisor,
    Admin,
    // The case system's connector (docs/integration.md): imports caseload snapshots and
    // reads the journal-entry feed; never case content through pull, never a tablet.
    Integration
};
// "caseworker", "foster_home_secretary", "supervisor", "admin", "integration"
QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);
// The roles that work with case content on tablets (the case system's users); the admin
// and integration accounts are the gateway's own and never see case content by pull.
inline bool isCaseRole(Role role)
{
    return role == Role::Caseworker || role == Role::FosterHomeSecretary ||
           role == Role::Supervisor;
}

struct EnrollRequest
{
    QString credential;
    QString deviceId;
    QString deviceName;
    QString signingKey; // the tablet's Ed25519 public key, base64 of 32 bytes
    bool operator==(const EnrollRequest &) const = default;
};

struct EnrollResponse
{
    QString user;
    Role role = Role::Caseworker;
    QString municipality;
    QString displayName;
    QString refreshToken;
    QString accessToken;
    int accessExpiresIn = AccessTokenSeconds;
    QDateTime serverTime;
    bool operator==(const EnrollResponse &) const = default;
};

struct TokenRequest
{
    QString refreshToken;
    QString deviceId;
    bool operator==(const TokenRequest &) const = default;
};

struct TokenResponse
{
    QString accessToken;
    int accessExpiresIn = AccessTokenSeconds;
    // The rotated refresh token: the one presented is retired by this answer.
    QString refreshToken;
    QDateTime refreshExpiresAt; // optional on the wire; invalid when absent
    bool operator==(const TokenResponse &) const = default;
};

// --- records on the wire --------------------------------------------------------------

// One record as pushed (a mutation without its id) and as pulled (plus receivedAt).
struct WireRecord
{
    QString recordId;
    QString kind;   // child_visit | supervision_session | amendment | review
    QString status; // draft | signed
    qint64 revision = 1;
    std::optional<qint64> baseRevision;
    QString author;
    QString deviceId;
    QString hlc; // 16 digits '.' 6 digits
    QDateTime createdAt;
    QDateTime signedAt;   // invalid while a draft
    QDateTime receivedAt; // set by the server; invalid in a push
    QJsonObject body;
    // Base64 Ed25519 signature of the author's tablet over the canonical form
    // (docs/records.md, "Signatures"); signed records only. Empty on records signed
    // before signatures existed.
    QString signature;
    // In a pull only: the public key (base64) the gateway holds for device_id.
    QString signingKey;
    // In a pull only, outside the signature: the author's display name and the name of the
    // child or foster home the record is about, so a supervisor's tablet can say who and
    // whom without holding the team's caseloads. "" when the gateway has none.
    QString authorName;
    QString subjectName;
    bool operator==(const WireRecord &) const = default;
};

struct Mutation
{
    QString mutationId;
    WireRecord record;
    // Set by decodePushRequest for an entry whose id reads but whose record does not:
    // the gateway refuses that one mutation and applies the others of the batch.
    std::optional<ProtocolError> invalid;
    bool operator==(const Mutation &) const = default;
};

struct PushRequest
{
    QList<Mutation> mutations;
    bool operator==(const PushRequest &) const = default;
};

enum class Outcome
{
    Applied,
    Duplicate,
    Rejected
};
QString outcomeName(Outcome outcome);

struct MutationResult
{
    QString mutationId;
    Outcome outcome = Outcome::Applied;
    qint64 revision = 0;
    qint64 seq = 0;
    QDateTime receivedAt;
    std::optional<ProtocolError> error; // Rejected only (httpStatus unused)
    bool operator==(const MutationResult &) const = default;
};

struct PushResponse
{
    QList<MutationResult> results;
    bool operator==(const PushResponse &) const = default;
};

enum class ChangeType
{
    Child,
    FosterHome,
    Placement,
    Record
};
enum class ChangeOp
{
    Upsert,
    Remove
};

struct Change
{
    qint64 seq = 0;
    ChangeType type = ChangeType::Record;
    ChangeOp op = ChangeOp::Upsert;
    QJsonObject data; // reference rows as stored on the tablet; records via encodeRecord()
    bool operator==(const Change &) const = default;
};

struct PullResponse
{
    QList<Change> changes;
    QString nextCursor;
    bool hasMore = false;
    bool operator==(const PullResponse &) const = default;
};

// --- encoding (compact JSON, UTF-8) ---------------------------------------------------

QByteArray encode(const EnrollRequest &message);
QByteArray encode(const EnrollResponse &message);
QByteArray encode(const TokenRequest &message);
QByteArray encode(const TokenResponse &message);
QByteArray encode(const PushRequest &message);
QByteArray encode(const PushResponse &message);
QByteArray encode(const PullResponse &message);
QJsonObject encodeRecord(const WireRecord &record); // "id" holds recordId in pulls

// --- strict decoding -------------------------------------------------------------------

Decoded<EnrollRequest> decodeEnrollRequest(const QByteArray &json);
Decoded<EnrollResponse> decodeEnrollResponse(const QByteArray &json);
Decoded<TokenRequest> decodeTokenRequest(const QByteArray &json);
Decoded<TokenResponse> decodeTokenResponse(const QByteArray &json);
Decoded<PushRequest> decodePushRequest(const QByteArray &json);
Decoded<PushResponse> decodePushResponse(const QByteArray &json);
Decoded<PullResponse> decodePullResponse(const QByteArray &json);
Decoded<WireRecord> decodeRecord(const QJsonObject &json); // a pulled record's data

// Query parameters of GET /v1/pull. limit absent = DefaultPullLimit.
struct PullQuery
{
    QString cursor;
    int limit = DefaultPullLimit;
    bool operator==(const PullQuery &) const = default;
};
Decoded<PullQuery> decodePullQuery(const QString &cursor, const QString &limit);

// Opaque cursors: the client stores and returns them, never reads them.
QString makeCursor(qint64 lastSeq);
std::optional<qint64> readCursor(const QString &cursor);

// Where a pull stands, and whether the cursor was made for a device still pending
// approval (docs/security.md, "Re-enrollment and new devices"): such a device was not
// sent the user's earlier records, so once it is approved its next pull starts over.
struct CursorPosition
{
    qint64 seq = 0;
    bool pending = false;
    bool operator==(const CursorPosition &) const = default;
};
QString makeCursor(const CursorPosition &position);
std::optional<CursorPosition> readCursorPosition(const QString &cursor);

// --- a user's own devices (GET /v1/devices) -------------------------------------------

enum class DeviceState
{
    Approved,
    Pending, // enrolled while she had another approved device: no earlier records yet
    Revoked
};
QString deviceStateName(DeviceState state); // "approved", "pending", "revoked"

struct DeviceInfo
{
    QString deviceId;
    QString deviceName;
    QDateTime enrolledAt;
    QString issuedBy; // who issued the enrollment credential ("" when not known)
    DeviceState state = DeviceState::Approved;
    QDateTime approvedAt; // invalid unless approved
    QDateTime holdUntil;  // a pending device is approved by default then; else invalid
    bool thisDevice = false;
    bool operator==(const DeviceInfo &) const = default;
};

struct DeviceList
{
    QList<DeviceInfo> devices;
    bool operator==(const DeviceList &) const = default;
};
QByteArray encode(const DeviceList &message);
Decoded<DeviceList> decodeDeviceList(const QByteArray &json);

// What makes a replay "the same body": a SHA-256 over the canonical encoding of the
// mutation (sorted keys, compact), hex.
QString mutationFingerprint(const Mutation &mutation);

// --- compression ----------------------------------------------------------------------

QByteArray gzipCompress(const QByteArray &data);
// Refuses (nullopt) input that is not gzip or inflates beyond maxOutput: a zip bomb
// must not exhaust memory.
std::optional<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxOutput);

// --- field helpers (the rules decoding applies, for the gateway's own checks) ---------

QString changeTypeName(ChangeType type); // "child", "foster_home", "placement", "record"
QString changeOpName(ChangeOp op);       // "upsert", "remove"
QJsonObject encodeMutation(const Mutation &mutation); // one entry of "mutations"
QString formatTimestamp(const QDateTime &time);       // UTC with ms: "...T10:00:00.123Z"
// ISO 8601 with a Z or +-HH:MM offset (at most 14:00), 0-9 fraction digits; else nullopt.
std::optional<QDateTime> parseTimestamp(QStringView text);
bool isUuid(QStringView text);       // lowercase 8-4-4-4-12
bool isUserName(QStringView text);   // 1-64 of [a-z0-9._-]
bool isToken(QStringView text);      // 43 characters of base64url
bool isHlc(QStringView text);        // 16 digits '.' 6 digits
bool isSigningKey(QStringView text); // base64 of 32 bytes (44 characters)
bool isSignature(QStringView text);  // base64 of 64 bytes (88 characters)

} // namespace homevisit::sync
