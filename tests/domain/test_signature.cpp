// A signed record's canonical form and its Ed25519 signature (docs/records.md,
// "Signatures"): the same content always gives the same bytes, any change to a field the
// journal shows breaks the signature, and another key's signature does not verify.
#include <catch2/catch.hpp>

#include "domain/examples.h"
#include "domain/recordsignature.h"

#include <QJsonArray>

using namespace homevisit::domain;

namespace {

SignedContent content()
{
    SignedContent c;
    c.recordId = "0193a000-0000-7000-8000-000000000001";
    c.kind = "child_visit";
    c.revision = 2;
    c.author = "anna";
    c.deviceId = "5e0c0000-0000-4000-8000-000000000001";
    c.createdAt = QDateTime(QDate(2026, 12, 3), QTime(13, 0), Qt::UTC);
    c.signedAt = QDateTime(QDate(2026, 12, 3), QTime(15, 20, 1, 250), Qt::UTC);
    c.body = exampleChildVisit("0190d000-0000-7000-8b00-000000000001",
                               QDateTime(QDate(2026, 12, 3), QTime(14, 0), Qt::UTC));
    return c;
}

} // namespace

TEST_CASE("canonical JSON follows RFC 8785 for the values records hold", "[signature]")
{
    const QJsonObject object{{"b", 1},
                             {"a", QJsonArray{true, false, QJsonValue()}},
                             {"é", "\"citat\"\n\tå\u0001"},
                             {"Z", -42}};
    const auto canonical = canonicalJson(object);
    REQUIRE(canonical);
    // Sorted by UTF-16 code units ("Z" < "a" < "b" < "é"), no whitespace, literal UTF-8,
    // short escapes, lowercase \u00xx for other control characters.
    CHECK(*canonical == QByteArray("{\"Z\":-42,\"a\":[true,false,null],\"b\":1,"
                                   "\"\xc3\xa9\":\"\\\"citat\\\"\\n\\t\xc3\xa5\\u0001\"}"));
    CHECK_FALSE(canonicalJson(QJsonObject{{"x", 1.5}}));
    CHECK_FALSE(canonicalJson(QJsonObject{{"x", 1e300}}));
}

TEST_CASE("a signature verifies for exactly the content that was signed", "[signature]")
{
    const auto keys = signature::generate();
    REQUIRE(keys.publicKey.size() == signature::PublicKeyBytes);
    const QString publicKey = QString::fromLatin1(keys.publicKey.toBase64());
    const SignedContent signedContent = content();
    const QString sig = signature::sign(signedContent, keys.secretKey);
    REQUIRE(sig.size() == 88);
    CHECK(signature::verify(signedContent, sig, publicKey));

    // Every field the journal shows is bound.
    auto changed = signedContent;
    changed.body.insert("observations", "Ändrad i efterhand.");
    CHECK_FALSE(signature::verify(changed, sig, publicKey));
    changed = signedContent;
    changed.author = "bodil";
    CHECK_FALSE(signature::verify(changed, sig, publicKey));
    changed = signedContent;
    changed.signedAt = changed.signedAt.addMSecs(1);
    CHECK_FALSE(signature::verify(changed, sig, publicKey));
    changed = signedContent;
    changed.revision = 3;
    CHECK_FALSE(signature::verify(changed, sig, publicKey));

    // Another tablet's key, a truncated or non-base64 signature: not genuine.
    const auto other = signature::generate();
    CHECK_FALSE(
        signature::verify(signedContent, sig, QString::fromLatin1(other.publicKey.toBase64())));
    CHECK_FALSE(signature::verify(signedContent, sig.left(80), publicKey));
    CHECK_FALSE(signature::verify(signedContent, QString(88, u'!'), publicKey));
    CHECK_FALSE(signature::verify(signedContent, sig, QStringLiteral("short")));
}
