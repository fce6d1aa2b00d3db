// The sync wire protocol (docs/sync-protocol.md): round trips, strict decoding with the
// exact error codes the gateway answers with, cursors, fingerprints and gzip limits.
#include "sync/protocol/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

#include <functional>

using namespace homevisit::sync;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
template <> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &bytes)
    {
        return '"' + bytes.left(300).toStdString() + '"';
    }
};
} // namespace Catch

namespace {

const QString DeviceId = "5e0c4a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b";
const QString Token = QString(42, u'A') + u'_';

QDateTime utc(const char *text)
{
    return *parseTimestamp(QString::fromLatin1(text));
}

template <typename T> QString codeOf(const Decoded<T> &decoded)
{
    return std::holds_alternative<ProtocolError>(decoded) ? std::get<ProtocolError>(decoded).code
                                                          : QStringLiteral("ok");
}

template <typename T> ProtocolError errorOf(const Decoded<T> &decoded)
{
    REQUIRE(std::holds_alternative<ProtocolError>(decoded));
    return std::get<ProtocolError>(decoded);
}

template <typename T> T valueOf(const Decoded<T> &decoded)
{
    if (std::holds_alternative<ProtocolError>(decoded))
        FAIL(std::get<ProtocolError>(decoded).message.toStdString());
    return std::get<T>(decoded);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject object(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

WireRecord signedRecord()
{
    WireRecord record;
    record.recordId = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
    record.kind = "child_visit";
    record.status = "signed";
    record.revision = 3;
    record.baseRevision = 2;
    record.author = "anna";
    record.deviceId = DeviceId;
    record.hlc = "0001763891200000.000002";
    record.createdAt = utc("2026-11-20T14:00:00.000Z");
    record.signedAt = utc("2026-11-20T15:20:00.123Z");
    record.body = QJsonObject{{"child_id", "0192f0c4-7a1e-7c3b-9a41-1c2d3e4f5a6b"},
                              {"started_at", "2026-11-20T14:00:00+01:00"},
                              {"checklist", QJsonObject{{"told_purpose", true}}}};
    return record;
}

WireRecord draftRecord()
{
    WireRecord record = signedRecord();
    record.recordId = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c";
    record.status = "draft";
    record.revision = 1;
    record.baseRevision.reset();
    record.signedAt = {};
    return record;
}

Mutation mutation(int n = 0)
{
    return Mutation{QStringLiteral("0194a1b2-c3d4-7e5f-8a9b-%1").arg(n, 12, 10, QChar(u'0')),
                    signedRecord()};
}

PushRequest pushOf(int count)
{
    PushRequest request;
    for (int i = 0; i < count; ++i)
        request.mutations.append(mutation(i));
    return request;
}

// A valid push of four mutations whose mutations[3] was edited as JSON.
QByteArray pushWith(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject request = object(encode(pushOf(4)));
    QJsonArray mutations = request["mutations"].toArray();
    QJsonObject changed = mutations[3].toObject();
    edit(changed);
    mutations[3] = changed;
    request["mutations"] = mutations;
    return json(request);
}

// The error for mutations[3] after `edit`: the whole request's when it does not decode
// (an unreadable mutation_id), else that one mutation's (the other three are valid).
std::optional<ProtocolError> pushError(const std::function<void(QJsonObject &)> &edit)
{
    const auto decoded = decodePushRequest(pushWith(edit));
    if (const auto *error = std::get_if<ProtocolError>(&decoded))
        return *error;
    const auto &mutations = std::get<PushRequest>(decoded).mutations;
    REQUIRE(mutations.size() == 4);
    for (int i = 0; i < 3; ++i)
        REQUIRE_FALSE(mutations[i].invalid);
    return mutations[3].invalid;
}

QString pushCode(const std::function<void(QJsonObject &)> &edit)
{
    const auto error = pushError(edit);
    return error ? error->code : QStringLiteral("ok");
}

QByteArray enrollWith(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject request =
        object(encode(EnrollRequest{"K7QH-93MX-PL2D-4RWA", DeviceId, "Surfplatta 14"}));
    edit(request);
    return json(request);
}

QString enrollCode(const std::function<void(QJsonObject &)> &edit)
{
    return codeOf(decodeEnrollRequest(enrollWith(edit)));
}

QString tokenCode(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject request = object(encode(TokenRequest{Token, DeviceId}));
    edit(request);
    return codeOf(decodeTokenRequest(json(request)));
}

QStringList keysOf(const QJsonObject &object)
{
    return object.keys();
}

} // namespace

// --- round trips --------------------------------------------------------------------------

TEST_CASE("enroll and token messages survive a round trip with the doc's field names")
{
    const EnrollRequest enroll{"K7QH-93MX-PL2D-4RWA", DeviceId, "Surfplatta 14"};
    CHECK(encode(enroll) ==
          QByteArray(R"({"credential":"K7QH-93MX-PL2D-4RWA","device_id":")" + DeviceId.toLatin1() +
                     R"(","device_name":"Surfplatta 14"})"));
    CHECK(valueOf(decodeEnrollRequest(encode(enroll))) == enroll);

    EnrollResponse response;
    response.user = "anna";
    response.role = Role::FosterHomeSecretary;
    response.municipality = "region-gotland";
    response.displayName = "Anna Lind";
    response.refreshToken = Token;
    response.accessToken = QString(43, u'z');
    response.accessExpiresIn = 900;
    response.serverTime = utc("2026-11-23T10:00:00.000Z");
    CHECK(keysOf(object(encode(response))) ==
          QStringList{"access_expires_in", "access_token", "display_name", "municipality",
                      "refresh_token", "role", "server_time", "user"});
    CHECK(object(encode(response))["role"] == "foster_home_secretary");
    CHECK(object(encode(response))["server_time"] == "2026-11-23T10:00:00.000Z");
    CHECK(valueOf(decodeEnrollResponse(encode(response))) == response);

    const TokenRequest token{Token, DeviceId};
    CHECK(keysOf(object(encode(token))) == QStringList{"device_id", "refresh_token"});
    CHECK(valueOf(decodeTokenRequest(encode(token))) == token);
    // Every answer rotates the refresh token; its expiry is optional on the wire.
    const QString rotated(43, u'r');
    TokenResponse access{Token, 900, rotated, utc("2026-12-23T10:00:00.000Z")};
    CHECK(encode(access) ==
          QByteArray(R"({"access_expires_in":900,"access_token":")" + Token.toLatin1() +
                     R"(","refresh_expires_at":"2026-12-23T10:00:00.000Z","refresh_token":")" +
                     rotated.toLatin1() + "\"}"));
    CHECK(valueOf(decodeTokenResponse(encode(access))) == access);
    access.refreshExpiresAt = {};
    CHECK(valueOf(decodeTokenResponse(encode(access))) == access);
    // An answer without the new refresh token is refused: the client must not keep using
    // the one it presented, which the server has retired.
    CHECK(codeOf(decodeTokenResponse(R"({"access_expires_in":900,"access_token":")" +
                                     Token.toLatin1() + "\"}")) == "missing_field");
}

TEST_CASE("every role name round-trips")
{
    for (Role role : {Role::Caseworker, Role::FosterHomeSecretary, Role::Supervisor, Role::Admin})
        CHECK(roleFromName(roleName(role)) == role);
    CHECK(roleName(Role::Caseworker) == "caseworker");
    CHECK_FALSE(roleFromName(u"Caseworker"));
}

TEST_CASE("push requests survive a round trip, drafts without signed_at")
{
    PushRequest request{
        {mutation(0), Mutation{"0194a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a99", draftRecord()}}};
    const QByteArray bytes = encode(request);
    const QJsonArray mutations = object(bytes)["mutations"].toArray();
    CHECK(keysOf(mutations[0].toObject()) ==
          QStringList{"author", "base_revision", "body", "created_at", "device_id", "hlc", "kind",
                      "mutation_id", "record_id", "revision", "signed_at", "status"});
    CHECK(mutations[0]["signed_at"] == "2026-11-20T15:20:00.123Z");
    CHECK_FALSE(mutations[1].toObject().contains("signed_at"));
    CHECK(mutations[1]["base_revision"].isNull());
    CHECK(valueOf(decodePushRequest(bytes)) == request);
}

TEST_CASE("push responses survive a round trip for every outcome")
{
    PushResponse response;
    response.results.append({mutation(0).mutationId, Outcome::Applied, 3, 5821,
                             utc("2026-11-23T10:00:01.123Z"), std::nullopt});
    response.results.append({mutation(1).mutationId, Outcome::Duplicate, 1, 5790,
                             utc("2026-11-22T08:12:44.010Z"), std::nullopt});
    ProtocolError invalid{
        400, "invalid_record", "record has violations",
        QJsonObject{
            {"violations", QJsonArray{QJsonObject{{"field", "child_id"}, {"code", "required"}}}}}};
    response.results.append({mutation(2).mutationId, Outcome::Rejected, 0, 0, {}, invalid});
    const QByteArray bytes = encode(response);
    const QJsonArray results = object(bytes)["results"].toArray();
    CHECK(keysOf(results[0].toObject()) ==
          QStringList{"mutation_id", "outcome", "received_at", "revision", "seq"});
    CHECK(keysOf(results[2].toObject()) == QStringList{"error", "mutation_id", "outcome"});
    CHECK(results[2]["error"]["code"] == "invalid_record");
    CHECK(results[2]["error"]["violations"].isArray());
    CHECK(valueOf(decodePushResponse(bytes)) == response);
}

TEST_CASE("pull responses survive a round trip for reference data and records")
{
    WireRecord record = signedRecord();
    record.receivedAt = utc("2026-11-23T10:00:01.123Z");
    PullResponse response;
    response.changes.append({5790, ChangeType::Child, ChangeOp::Upsert,
                             QJsonObject{{"id", "0192f0c4-7a1e-7c3b-9a41-1c2d3e4f5a6b"},
                                         {"name", "Elsa Berglund Andersson"},
                                         {"birth_year", 2017}}});
    response.changes.append({5791, ChangeType::FosterHome, ChangeOp::Upsert,
                             QJsonObject{{"id", "0192f0c4-7a1e-7c3b-9a41-1c2d3e4f5a6c"}}});
    response.changes.append({5792, ChangeType::Placement, ChangeOp::Upsert,
                             QJsonObject{{"id", "0192f0c4-7a1e-7c3b-9a41-1c2d3e4f5a6d"}}});
    response.changes.append({5821, ChangeType::Record, ChangeOp::Upsert, encodeRecord(record)});
    response.changes.append({5830, ChangeType::Child, ChangeOp::Remove,
                             QJsonObject{{"id", "0192f0c4-7a1e-7c3b-9a41-1c2d3e4f5a6b"}}});
    response.nextCursor = makeCursor(5830);
    response.hasMore = false;
    const QByteArray bytes = encode(response);
    CHECK(keysOf(object(bytes)) == QStringList{"changes", "has_more", "next_cursor"});
    CHECK(object(bytes)["next_cursor"] == "djE6NTgzMA");
    CHECK(object(bytes)["changes"][1]["type"] == "foster_home");
    CHECK(object(bytes)["changes"][4]["op"] == "remove");
    CHECK(valueOf(decodePullResponse(bytes)) == response);

    const QJsonObject data = encodeRecord(record);
    CHECK(keysOf(data) == QStringList{"author", "base_revision", "body", "created_at", "device_id",
                                      "hlc", "id", "kind", "received_at", "revision", "signed_at",
                                      "status"});
    CHECK(valueOf(decodeRecord(data)) == record);
    CHECK(codeOf(decodePullResponse(R"({"changes":[],"next_cursor":"djE6MA","has_more":false})")) ==
          "ok");
}

// --- timestamps ---------------------------------------------------------------------------

TEST_CASE("timestamps: any ISO 8601 with an offset in, UTC with milliseconds out")
{
    CHECK(formatTimestamp(utc("2026-11-20T15:00:00+01:00")) == "2026-11-20T14:00:00.000Z");
    CHECK(formatTimestamp(utc("2026-11-20T14:00:00.5Z")) == "2026-11-20T14:00:00.500Z");
    CHECK(formatTimestamp(utc("2026-11-20T14:00:00.123456789-02:30")) ==
          "2026-11-20T16:30:00.123Z");
    CHECK(formatTimestamp(utc("2026-11-20T14:00:00+14:00")) == "2026-11-20T00:00:00.000Z");
    for (const char *bad :
         {"2026-11-20T14:00:00", "2026-11-20 14:00:00Z", "2026-02-30T14:00:00Z",
          "2026-11-20T24:00:00Z", "2026-11-20T14:00:60Z", "2026-11-20T14:00:00+15:00",
          "2026-11-20T14:00:00+01:60", "2026-11-20T14:00:00.Z", "2026-11-20T14:00:00z",
          "2026-11-20T14:00:00.1234567890Z", "2026-11-20", "2026-11-20T14:00:00Z\n"})
        CHECK_FALSE(parseTimestamp(QString::fromLatin1(bad)));
}

// --- the protocol header and errors -------------------------------------------------------

TEST_CASE("only Homevisit-Protocol: 1 is spoken")
{
    CHECK_FALSE(checkProtocolHeader("1"));
    for (const QByteArray &value : {QByteArray(), QByteArray("2"), QByteArray("01"),
                                    QByteArray("1 "), QByteArray("1,2"), QByteArray("v1")}) {
        const std::optional<ProtocolError> error = checkProtocolHeader(value);
        REQUIRE(error);
        CHECK(error->httpStatus == 400);
        CHECK(error->code == "unsupported_protocol");
        CHECK(error->extra == QJsonObject{{"supported", QJsonArray{1}}});
        CHECK(object(error->toBody())["error"].toObject()["supported"] == QJsonArray{1});
    }
}

TEST_CASE("error bodies: toBody and fromBody agree, anything else is not an error body")
{
    const ProtocolError error{422, "mutation_replayed", "same id, other body",
                              QJsonObject{{"sibling_id", DeviceId}}};
    CHECK(object(error.toBody()) ==
          QJsonObject{{"error", QJsonObject{{"code", "mutation_replayed"},
                                            {"message", "same id, other body"},
                                            {"sibling_id", DeviceId}}}});
    CHECK(ProtocolError::fromBody(422, error.toBody()) == error);
    for (const char *body :
         {"", "not json", "[]", "{}", R"({"error":"x"})", R"({"error":{"message":"m"}})",
          R"({"error":{"code":"","message":"m"}})", R"({"error":{"code":5,"message":"m"}})",
          R"({"error":{"code":"x"}})", R"({"error":{"code":"x","message":"m"},"more":1})"})
        CHECK_FALSE(ProtocolError::fromBody(400, body));
}

// --- strict decoding: enroll --------------------------------------------------------------

TEST_CASE("enroll: malformed input is malformed_json, oversized is 413")
{
    for (const QByteArray &bad :
         {QByteArray(""), QByteArray("{"), QByteArray("[]"), QByteArray("\"x\""),
          QByteArray("null"), QByteArray("{\"credential\":\"a\",}"), QByteArray("\xEF\xBB\xBF{}"),
          QByteArray("{\"credential\":\"\xff\",\"device_id\":\"" + DeviceId.toLatin1() +
                     "\",\"device_name\":\"\"}"),
          QByteArray("{\"credential\":\"\xC3\",\"device_id\":\"" + DeviceId.toLatin1() +
                     "\",\"device_name\":\"\"}")}) {
        INFO(bad.toStdString());
        CHECK(codeOf(decodeEnrollRequest(bad)) == "malformed_json");
    }
    QByteArray huge = enrollWith([](QJsonObject &) {});
    huge.append(QByteArray(MaxRequestBytes, ' '));
    const ProtocolError tooLarge = errorOf(decodeEnrollRequest(huge));
    CHECK(tooLarge.code == "body_too_large");
    CHECK(tooLarge.httpStatus == 413);
    // Valid UTF-8 that is not ASCII passes.
    CHECK(enrollCode([](QJsonObject &o) { o["device_name"] = "Surfplatta på förskolan 🚀"; }) ==
          "ok");
}

TEST_CASE("enroll: unknown, wrong type, missing and invalid fields")
{
    const ProtocolError unknown =
        errorOf(decodeEnrollRequest(enrollWith([](QJsonObject &o) { o["pin"] = "1"; })));
    CHECK(unknown.code == "unknown_field");
    CHECK(unknown.httpStatus == 400);
    CHECK(unknown.message.startsWith("pin:"));
    CHECK(enrollCode([](QJsonObject &o) { o["credential"] = 5; }) == "wrong_type");
    CHECK(enrollCode([](QJsonObject &o) { o["device_name"] = QJsonArray(); }) == "wrong_type");
    CHECK(enrollCode([](QJsonObject &o) { o.remove("credential"); }) == "missing_field");
    CHECK(enrollCode([](QJsonObject &o) { o["device_id"] = QJsonValue(); }) == "missing_field");
    CHECK(enrollCode([](QJsonObject &o) { o.remove("device_name"); }) == "missing_field");
    CHECK(enrollCode([](QJsonObject &o) { o["device_id"] = DeviceId.toUpper(); }) ==
          "invalid_value");
    CHECK(enrollCode([](QJsonObject &o) { o["device_id"] = '{' + DeviceId + '}'; }) ==
          "invalid_value");
    CHECK(errorOf(decodeEnrollRequest(enrollWith([](QJsonObject &o) {
              o["device_id"] = "x";
          }))).message == "device_id: not a UUID");
}

TEST_CASE("enroll: length limits at their boundaries")
{
    const auto credential = [](const QString &value) {
        return enrollCode([&](QJsonObject &o) { o["credential"] = value; });
    };
    CHECK(credential("") == "invalid_value");
    CHECK(credential("a") == "ok");
    CHECK(credential(QString(64, u'a')) == "ok");
    CHECK(credential(QString(65, u'a')) == "invalid_value");
    CHECK(credential(QString("🔑").repeated(64)) == "ok"); // code points, not UTF-16 units
    CHECK(credential(QString("🔑").repeated(65)) == "invalid_value");
    const auto name = [](const QString &value) {
        return enrollCode([&](QJsonObject &o) { o["device_name"] = value; });
    };
    CHECK(name("") == "ok");
    CHECK(name(QString(100, u'n')) == "ok");
    CHECK(name(QString(101, u'n')) == "invalid_value");
}

// --- strict decoding: token ---------------------------------------------------------------

TEST_CASE("token: every error class")
{
    CHECK(codeOf(decodeTokenRequest("{\"refresh_token\":")) == "malformed_json");
    CHECK(codeOf(decodeTokenRequest("[1]")) == "malformed_json");
    CHECK(tokenCode([](QJsonObject &o) { o["device_name"] = "x"; }) == "unknown_field");
    CHECK(tokenCode([](QJsonObject &o) { o["refresh_token"] = true; }) == "wrong_type");
    CHECK(tokenCode([](QJsonObject &o) { o.remove("refresh_token"); }) == "missing_field");
    CHECK(tokenCode([](QJsonObject &o) { o.remove("device_id"); }) == "missing_field");
    CHECK(tokenCode([](QJsonObject &o) { o["device_id"] = "5E0C"; }) == "invalid_value");
    CHECK(tokenCode([](QJsonObject &o) { o["refresh_token"] = QString(42, u'A'); }) ==
          "invalid_value");
    CHECK(tokenCode([](QJsonObject &o) { o["refresh_token"] = QString(44, u'A'); }) ==
          "invalid_value");
    CHECK(tokenCode([](QJsonObject &o) { o["refresh_token"] = QString(42, u'A') + '+'; }) ==
          "invalid_value");
    CHECK(tokenCode([](QJsonObject &o) { o["refresh_token"] = QString(42, u'A') + '='; }) ==
          "invalid_value");
    QByteArray huge = encode(TokenRequest{Token, DeviceId}) + QByteArray(MaxRequestBytes, '\n');
    CHECK(errorOf(decodeTokenRequest(huge)).httpStatus == 413);
}

TEST_CASE("a raw control character inside a JSON string is malformed_json in every request")
{
    // Each body is valid; a raw control byte goes right after the first string value's
    // opening quote. JSON requires it escaped (RFC 8259 section 7).
    const QList<std::pair<const char *, std::function<QString(const QByteArray &)>>> decoders{
        {"enroll", [](const QByteArray &b) { return codeOf(decodeEnrollRequest(b)); }},
        {"token", [](const QByteArray &b) { return codeOf(decodeTokenRequest(b)); }},
        {"push", [](const QByteArray &b) { return codeOf(decodePushRequest(b)); }},
    };
    const QList<QByteArray> valid{enrollWith([](QJsonObject &) {}),
                                  encode(TokenRequest{Token, DeviceId}), encode(pushOf(2))};
    for (qsizetype d = 0; d < decoders.size(); ++d) {
        const qsizetype at = valid[d].indexOf(":\"") + 2;
        REQUIRE(at > 1);
        for (const char raw : {'\0', '\x01', '\n', '\t', '\x1f'}) {
            QByteArray bad = valid[d];
            bad.insert(at, raw);
            INFO(decoders[d].first << " with byte " << int(raw));
            CHECK(decoders[d].second(bad) == "malformed_json");
        }
        CHECK(decoders[d].second(valid[d]) == "ok");
    }
}

// --- strict decoding: push ----------------------------------------------------------------

TEST_CASE("push: batch size 1..MaxBatch")
{
    CHECK(codeOf(decodePushRequest(encode(pushOf(1)))) == "ok");
    CHECK(codeOf(decodePushRequest(encode(pushOf(MaxBatch)))) == "ok");
    CHECK(codeOf(decodePushRequest(encode(pushOf(MaxBatch + 1)))) == "invalid_value");
    CHECK(codeOf(decodePushRequest(R"({"mutations":[]})")) == "invalid_value");
    CHECK(codeOf(decodePushRequest(R"({"mutations":{}})")) == "wrong_type");
    CHECK(codeOf(decodePushRequest(R"({"mutations":null})")) == "missing_field");
    CHECK(codeOf(decodePushRequest(R"({})")) == "missing_field");
    CHECK(codeOf(decodePushRequest(R"({"mutations":[1]})")) == "wrong_type");
    CHECK(codeOf(decodePushRequest(R"({"mutations":[{}],"x":1})")) == "unknown_field");
    CHECK(codeOf(decodePushRequest(R"({"mutations":[)")) == "malformed_json");
    CHECK(errorOf(decodePushRequest(encode(pushOf(1)) + QByteArray(MaxRequestBytes, ' '))).code ==
          "body_too_large");
}

TEST_CASE("push: messages name the mutation and its field")
{
    CHECK(pushError([](QJsonObject &m) { m["record_id"] = "nope"; })->message ==
          "mutations[3].record_id: not a UUID");
    CHECK(pushError([](QJsonObject &m) { m["extra"] = 1; })->message ==
          "mutations[3].extra: unknown field");
    CHECK(pushError([](QJsonObject &m) { m.remove("hlc"); })->message ==
          "mutations[3].hlc: required");
}

TEST_CASE("push: a mutation that does not decode costs only itself")
{
    const auto decoded = decodePushRequest(pushWith([](QJsonObject &m) {
        m["hlc"] = "0001763891200000.1000000"; // the seven-digit counter of old tablets
    }));
    REQUIRE(std::holds_alternative<PushRequest>(decoded));
    const auto &mutations = std::get<PushRequest>(decoded).mutations;
    REQUIRE(mutations.size() == 4);
    CHECK(mutations[3].invalid->code == "invalid_value");
    CHECK(isUuid(mutations[3].mutationId)); // so the gateway can answer for it
    CHECK(mutations[3].record.recordId == pushOf(4).mutations[3].record.recordId);
    for (int i = 0; i < 3; ++i)
        CHECK(mutations[i] == pushOf(4).mutations[i]);
    // Without a readable mutation_id there is nobody to answer: the whole request.
    CHECK(codeOf(decodePushRequest(pushWith([](QJsonObject &m) { m.remove("mutation_id"); }))) ==
          "missing_field");
}

TEST_CASE("push: unknown fields, including response-only ones")
{
    CHECK(pushCode([](QJsonObject &m) { m["received_at"] = "2026-11-20T14:00:00.000Z"; }) ==
          "unknown_field");
    CHECK(pushCode([](QJsonObject &m) { m["id"] = m["record_id"]; }) == "unknown_field");
    CHECK(pushCode([](QJsonObject &m) { m["Kind"] = "review"; }) == "unknown_field");
    // The body is the gateway's to check with app/domain: unknown members pass here.
    CHECK(pushCode([](QJsonObject &m) {
              m["body"] = QJsonObject{{"anything", QJsonArray{1, 2}}};
          }) == "ok");
}

TEST_CASE("push: wrong types and missing fields of a mutation")
{
    CHECK(pushCode([](QJsonObject &m) { m["revision"] = "3"; }) == "wrong_type");
    CHECK(pushCode([](QJsonObject &m) { m["base_revision"] = "2"; }) == "wrong_type");
    CHECK(pushCode([](QJsonObject &m) { m["kind"] = 1; }) == "wrong_type");
    CHECK(pushCode([](QJsonObject &m) { m["body"] = "{}"; }) == "wrong_type");
    CHECK(pushCode([](QJsonObject &m) { m["body"] = QJsonArray(); }) == "wrong_type");
    CHECK(pushCode([](QJsonObject &m) { m["created_at"] = qint64(1763647200000); }) ==
          "wrong_type");
    for (const char *field :
         {"mutation_id", "record_id", "kind", "status", "revision", "base_revision", "author",
          "device_id", "hlc", "created_at", "signed_at", "body"}) {
        INFO(field);
        CHECK(pushCode([&](QJsonObject &m) { m.remove(field); }) == "missing_field");
    }
}

TEST_CASE("push: invalid values of a mutation")
{
    const auto with = [](const char *field, const QJsonValue &value) {
        return pushCode([&](QJsonObject &m) { m[field] = value; });
    };
    CHECK(with("mutation_id", "0194A1B2-C3D4-7E5F-8A9B-000000000003") == "invalid_value");
    CHECK(with("kind", "visit") == "invalid_value");
    CHECK(with("kind", "review") == "ok");
    CHECK(with("status", "Signed") == "invalid_value");
    CHECK(with("revision", 0) == "invalid_value");
    CHECK(with("revision", 2.5) == "invalid_value");
    CHECK(with("revision", 2147483647) == "ok");
    CHECK(with("revision", 2147483648.0) == "invalid_value");
    CHECK(with("base_revision", 0) == "invalid_value");
    CHECK(with("base_revision", 3) == "ok"); // = revision
    CHECK(with("base_revision", 4) == "invalid_value");
    CHECK(with("base_revision", QJsonValue()) == "ok");
    CHECK(with("author", "Anna") == "invalid_value");
    CHECK(with("author", "") == "invalid_value");
    CHECK(with("author", QString(64, u'a')) == "ok");
    CHECK(with("author", QString(65, u'a')) == "invalid_value");
    CHECK(with("author", "a.b_c-9") == "ok");
    CHECK(with("device_id", "not-a-device") == "invalid_value");
    CHECK(with("hlc", "0001763891200000.00002") == "invalid_value");
    CHECK(with("hlc", "1763891200000.000002") == "invalid_value");
    CHECK(with("hlc", "000176389120000a.000002") == "invalid_value");
    CHECK(with("created_at", "2026-11-20T14:00:00") == "invalid_value");
    CHECK(with("created_at", "2026-11-20T14:00:00+01:00") == "ok");
    CHECK(with("signed_at", "yesterday") == "invalid_value");
}

TEST_CASE("push: signed_at exactly when signed")
{
    CHECK(pushCode([](QJsonObject &m) { m["status"] = "draft"; }) == "invalid_value");
    CHECK(pushCode([](QJsonObject &m) {
              m["status"] = "draft";
              m.remove("signed_at");
          }) == "ok");
    CHECK(pushCode([](QJsonObject &m) {
              m["status"] = "draft";
              m["signed_at"] = QJsonValue();
          }) == "ok");
    CHECK(pushCode([](QJsonObject &m) { m["signed_at"] = QJsonValue(); }) == "missing_field");
}

TEST_CASE("push: a record body over MaxRecordBodyBytes is 413")
{
    const auto bodyOf = [](qsizetype textBytes) {
        return pushWith([&](QJsonObject &m) {
            m["body"] = QJsonObject{{"observations", QString(textBytes, u'x')}};
        });
    };
    const qsizetype overhead = QByteArray(R"({"observations":""})").size();
    const auto withText = [](qsizetype textBytes) {
        return pushError([&](QJsonObject &m) {
            m["body"] = QJsonObject{{"observations", QString(textBytes, u'x')}};
        });
    };
    CHECK_FALSE(withText(MaxRecordBodyBytes - overhead));
    CHECK(codeOf(decodePushRequest(bodyOf(MaxRecordBodyBytes - overhead))) == "ok");
    // That one mutation is refused, the batch's others are not.
    const ProtocolError error = *withText(MaxRecordBodyBytes - overhead + 1);
    CHECK(error.code == "body_too_large");
    CHECK(error.httpStatus == 413);
    CHECK(error.message.startsWith("mutations[3].body:"));
}

// --- strict decoding: responses -----------------------------------------------------------

TEST_CASE("push and pull responses are decoded as strictly")
{
    const QString applied =
        R"({"mutation_id":"%1","outcome":"applied","revision":1,"seq":5,"received_at":"2026-11-23T10:00:01.123Z"%2})";
    const QString id = mutation(0).mutationId;
    const auto results = [](const QString &result) {
        return codeOf(
            decodePushResponse(QStringLiteral(R"({"results":[%1]})").arg(result).toUtf8()));
    };
    CHECK(results(applied.arg(id, "")) == "ok");
    CHECK(results(applied.arg(id, R"(,"error":{"code":"x","message":"y"})")) == "unknown_field");
    CHECK(results(applied.arg(id, "").replace("\"seq\":5,", "")) == "missing_field");
    CHECK(results(applied.arg(id, "").replace("applied", "done")) == "invalid_value");
    CHECK(
        results(
            QStringLiteral(
                R"({"mutation_id":"%1","outcome":"rejected","seq":5,"error":{"code":"forbidden","message":"no"}})")
                .arg(id)) == "unknown_field");
    CHECK(results(QStringLiteral(R"({"mutation_id":"%1","outcome":"rejected"})").arg(id)) ==
          "missing_field");

    const auto changes = [](const QString &change) {
        return codeOf(decodePullResponse(
            QStringLiteral(R"({"changes":[%1],"next_cursor":"djE6MA","has_more":true})")
                .arg(change)
                .toUtf8()));
    };
    const QString child =
        R"({"seq":%1,"type":"child","op":"%2","data":{"id":"0192f0c4-7a1e-7c3b-9a41-1c2d3e4f5a6b"%3}})";
    CHECK(changes(child.arg("1", "upsert", R"(,"name":"Elsa")")) == "ok");
    CHECK(changes(child.arg("1", "remove", R"(,"name":"Elsa")")) == "unknown_field");
    CHECK(changes(child.arg("0", "upsert", "")) == "invalid_value");
    CHECK(changes(child.arg("2", "upsert", "") + ',' + child.arg("2", "upsert", "")) ==
          "invalid_value");
    CHECK(changes(child.arg("1", "upsert", "").replace("child", "family")) == "invalid_value");
    WireRecord record = signedRecord();
    record.receivedAt = utc("2026-11-23T10:00:01.123Z");
    const QString recordData = QString::fromUtf8(json(encodeRecord(record)));
    CHECK(changes(QStringLiteral(R"({"seq":1,"type":"record","op":"upsert","data":%1})")
                      .arg(recordData)) == "ok");
    CHECK(changes(QStringLiteral(R"({"seq":1,"type":"record","op":"remove","data":%1})")
                      .arg(recordData)) == "invalid_value");
    QJsonObject withoutReceived = encodeRecord(record);
    withoutReceived.remove("received_at");
    CHECK(codeOf(decodeRecord(withoutReceived)) == "missing_field");
    CHECK(errorOf(decodeRecord(withoutReceived)).message == "received_at: required");
}

// --- pull query and cursors ---------------------------------------------------------------

TEST_CASE("cursors round-trip and refuse anything the server did not make")
{
    for (qint64 seq : {qint64(0), qint64(1), qint64(5830), qint64(9007199254740991),
                       std::numeric_limits<qint64>::max()})
        CHECK(readCursor(makeCursor(seq)) == seq);
    CHECK(makeCursor(5830) == "djE6NTgzMA"); // the doc's example
    CHECK(readCursor(QString(QByteArray("v1:42").toBase64(QByteArray::Base64UrlEncoding |
                                                          QByteArray::OmitTrailingEquals))) == 42);
    const QString good = makeCursor(5830);
    for (const QString &bad :
         {QString(), QString("djE6NTgzMA=="), QString("djE6NTgzMB"), good + 'A', good.chopped(1),
          QString("djE6LTE"), // v1:-1
          QString(QByteArray("v2:5").toBase64(QByteArray::Base64UrlEncoding |
                                              QByteArray::OmitTrailingEquals)),
          QString(QByteArray("v1:05").toBase64(QByteArray::Base64UrlEncoding |
                                               QByteArray::OmitTrailingEquals)),
          QString(QByteArray("v1:5x").toBase64(QByteArray::Base64UrlEncoding |
                                               QByteArray::OmitTrailingEquals)),
          QString(QByteArray("v1:").toBase64(QByteArray::Base64UrlEncoding |
                                             QByteArray::OmitTrailingEquals)),
          QString(QByteArray("v1:99999999999999999999")
                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
          QString(QByteArray("v1:9223372036854775808")
                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
          QString(QByteArray("v1:-1").toBase64(QByteArray::Base64UrlEncoding |
                                               QByteArray::OmitTrailingEquals)),
          QString("djE6NTgz+A"), QString("v1:5830"), QString("5830"), QString(" djE6NTgzMA")}) {
        INFO(bad.toStdString());
        CHECK_FALSE(readCursor(bad));
    }
}

TEST_CASE("pull query: cursor and limit")
{
    CHECK(valueOf(decodePullQuery({}, {})) == PullQuery{{}, DefaultPullLimit});
    CHECK(valueOf(decodePullQuery(makeCursor(7), "1")) == PullQuery{makeCursor(7), 1});
    CHECK(valueOf(decodePullQuery({}, "500")).limit == 500);
    const ProtocolError cursor = errorOf(decodePullQuery("djE6LTE", {}));
    CHECK(cursor.code == "invalid_cursor");
    CHECK(cursor.httpStatus == 400);
    for (const char *limit : {"0", "501", "abc", "-1", "1.5", " 5", "+5", "1e2", "0500"}) {
        INFO(limit);
        CHECK(codeOf(decodePullQuery({}, limit)) == "invalid_value");
    }
}

// --- fingerprints -------------------------------------------------------------------------

TEST_CASE("compact QJsonDocument output sorts keys at every depth")
{
    QJsonObject inner;
    inner.insert("zeta", 1);
    inner.insert("alpha", 2);
    QJsonObject outer;
    outer.insert("b", inner);
    outer.insert("a", QJsonArray{QJsonObject{{"y", 1}, {"x", 2}}});
    CHECK(json(outer) == R"({"a":[{"x":2,"y":1}],"b":{"alpha":2,"zeta":1}})");
}

TEST_CASE("the fingerprint depends on content only")
{
    const Mutation m = mutation(0);
    const QString fingerprint = mutationFingerprint(m);
    CHECK(fingerprint.size() == 64);
    CHECK(fingerprint == fingerprint.toLower());

    // The same mutation written by hand, in another key order with whitespace.
    const QJsonObject encoded = encodeMutation(m);
    QByteArray reordered = "{\n";
    const QStringList keys = encoded.keys();
    for (auto it = keys.crbegin(); it != keys.crend(); ++it) {
        QJsonValue value = encoded[*it];
        if (*it == "body")
            value = QJsonObject{{"checklist", QJsonObject{{"told_purpose", true}}},
                                {"started_at", "2026-11-20T14:00:00+01:00"},
                                {"child_id", "0192f0c4-7a1e-7c3b-9a41-1c2d3e4f5a6b"}};
        const QByteArray item = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Indented);
        reordered += "  \"" + it->toUtf8() + "\" :  " + item.mid(1, item.size() - 3).trimmed() +
                     (it + 1 == keys.crend() ? "\n" : ",\n");
    }
    reordered += "}";
    const PushRequest decoded =
        valueOf(decodePushRequest("{ \"mutations\" : [ " + reordered + " ] }"));
    CHECK(mutationFingerprint(decoded.mutations[0]) == fingerprint);

    // A timestamp written with an offset is the same instant.
    Mutation sameInstant = m;
    sameInstant.record.createdAt = utc("2026-11-20T15:00:00+01:00");
    CHECK(mutationFingerprint(sameInstant) == fingerprint);

    const std::vector<std::function<void(Mutation &)>> changes = {
        [](Mutation &x) { x.mutationId[0] = u'1'; },
        [](Mutation &x) { x.record.recordId[0] = u'1'; },
        [](Mutation &x) { x.record.kind = "review"; },
        [](Mutation &x) { x.record.status = "draft"; },
        [](Mutation &x) { x.record.revision = 4; },
        [](Mutation &x) { x.record.baseRevision.reset(); },
        [](Mutation &x) { x.record.baseRevision = 1; },
        [](Mutation &x) { x.record.author = "bodil"; },
        [](Mutation &x) { x.record.deviceId[0] = u'6'; },
        [](Mutation &x) { x.record.hlc = "0001763891200000.000003"; },
        [](Mutation &x) { x.record.createdAt = x.record.createdAt.addMSecs(1); },
        [](Mutation &x) { x.record.signedAt = x.record.signedAt.addMSecs(1); },
        [](Mutation &x) { x.record.body["place"] = "school"; },
        [](Mutation &x) {
            x.record.body["checklist"] = QJsonObject{{"told_purpose", false}};
        },
    };
    QStringList seen{fingerprint};
    for (std::size_t i = 0; i < changes.size(); ++i) {
        Mutation changed = m;
        changes[i](changed);
        INFO("change " << i);
        CHECK_FALSE(seen.contains(mutationFingerprint(changed)));
        seen << mutationFingerprint(changed);
    }
}

// --- gzip ---------------------------------------------------------------------------------

TEST_CASE("gzip round-trips and refuses what is not one whole gzip stream")
{
    QByteArray random(300 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (char &c : random)
        c = char(rng.bounded(256));
    for (const QByteArray &data :
         {QByteArray(), QByteArray("{\"a\":1}"), random, QByteArray(2 * 1024 * 1024, 'x')}) {
        const QByteArray compressed = gzipCompress(data);
        REQUIRE(compressed.startsWith("\x1f\x8b"));
        CHECK(gzipDecompress(compressed, data.size()) == data);
    }
    const QByteArray compressed = gzipCompress(random);
    CHECK_FALSE(gzipDecompress(compressed, random.size() - 1));
    CHECK_FALSE(gzipDecompress(compressed.chopped(1), MaxRequestBytes));
    CHECK_FALSE(gzipDecompress(compressed.left(compressed.size() / 2), MaxRequestBytes));
    CHECK_FALSE(gzipDecompress(compressed + "x", MaxRequestBytes));
    CHECK_FALSE(gzipDecompress(QByteArray(), MaxRequestBytes));
    CHECK_FALSE(gzipDecompress("{\"a\":1}", MaxRequestBytes));
    QByteArray corrupt = compressed;
    corrupt[corrupt.size() - 6] = char(corrupt[corrupt.size() - 6] ^ 0x40); // the CRC
    CHECK_FALSE(gzipDecompress(corrupt, MaxRequestBytes));
}

TEST_CASE("a zip bomb is refused at the cap")
{
    const QByteArray bomb = gzipCompress(QByteArray(100 * 1024 * 1024, '\0'));
    CHECK(bomb.size() < MaxCompressedRequestBytes);
    CHECK_FALSE(gzipDecompress(bomb, MaxRequestBytes));
}
