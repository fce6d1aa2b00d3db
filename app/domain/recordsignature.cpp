#include "recordsignature.h"

#include <QJsonArray>

#include <sodium.h>

#include <algorithm>
#include <cmath>

namespace homevisit::domain {

namespace {

constexpr double MaxExactInteger = 9007199254740992.0; // 2^53

void appendString(QByteArray &out, const QString &text)
{
    // RFC 8785 3.2.2.2: only '"', '\\' and control characters are escaped, with the
    // short forms where JSON has them and \u00xx (lowercase hex) otherwise.
    out.append('"');
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (byte < 0x20) {
                static const char Hex[] = "0123456789abcdef";
                out.append("\\u00").append(Hex[byte >> 4]).append(Hex[byte & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

bool append(QByteArray &out, const QJsonValue &value);

bool appendObject(QByteArray &out, const QJsonObject &object)
{
    // Members sorted by their names as UTF-16 code units (RFC 8785 3.2.3); QString's
    // operator< compares exactly so.
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end());
    out.append('{');
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendString(out, keys[i]);
        out.append(':');
        if (!append(out, object.value(keys[i])))
            return false;
    }
    out.append('}');
    return true;
}

bool append(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out.append("null");
        return true;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return true;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number ||
            std::fabs(number) > MaxExactInteger)
            return false;
        out.append(QByteArray::number(qint64(number)));
        return true;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        return true;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out.append('[');
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            if (!append(out, array.at(i)))
                return false;
        }
        out.append(']');
        return true;
    }
    case QJsonValue::Object:
        return appendObject(out, value.toObject());
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

QString wireTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

std::optional<QByteArray> canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    if (!append(out, value))
        return std::nullopt;
    return out;
}

std::optional<QByteArray> signingInput(const SignedContent &content)
{
    const QJsonObject fields{{"record_id", content.recordId},
                             {"kind", content.kind},
                             {"revision", content.revision},
                             {"author", content.author},
                             {"device_id", content.deviceId},
                             {"created_at", wireTime(content.createdAt)},
                             {"signed_at", wireTime(content.signedAt)},
                             {"body", content.body}};
    auto canonical = canonicalJson(fields);
    if (!canonical)
        return std::nullopt;
    return QByteArray("homevisit-record-v1\n") + *canonical;
}

namespace signature {

KeyPair generate()
{
    KeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    if (!sodiumReady())
        return {};
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QString sign(const SignedContent &content, const QByteArray &secretKey)
{
    const auto input = signingInput(content);
    if (!input || secretKey.size() != SecretKeyBytes || !sodiumReady())
        return {};
    QByteArray signature(SignatureBytes, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(input->constData()),
                         quint64(input->size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return QString::fromLatin1(signature.toBase64());
}

bool verify(const SignedContent &content, const QString &signatureBase64,
            const QString &publicKeyBase64)
{
    const auto strict = QByteArray::AbortOnBase64DecodingErrors;
    const auto signature = QByteArray::fromBase64Encoding(signatureBase64.toLatin1(), strict);
    const auto key = QByteArray::fromBase64Encoding(publicKeyBase64.toLatin1(), strict);
    if (!signature || !key || (*signature).size() != SignatureBytes ||
        (*key).size() != PublicKeyBytes || !sodiumReady())
        return false;
    const auto input = signingInput(content);
    return input &&
           crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>((*signature).constData()),
               reinterpret_cast<const unsigned char *>(input->constData()), quint64(input->size()),
               reinterpret_cast<const unsigned char *>((*key).constData())) == 0;
}

} // namespace signature

} // namespace homevisit::domain
