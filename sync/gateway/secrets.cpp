#include "secrets.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <openssl/rand.h>

#include <stdexcept>

namespace homevisit::gateway {

namespace {
QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        throw std::runtime_error("the random number generator failed");
    return bytes;
}
} // namespace

QString randomToken()
{
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomCredential()
{
    static constexpr char Alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // 32: no modulo bias
    const QByteArray bytes = randomBytes(16);
    QString credential;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            credential += QLatin1Char('-');
        credential += QLatin1Char(Alphabet[static_cast<unsigned char>(bytes[i]) % 32]);
    }
    return credential;
}

QString secretHash(const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString normalizedCredential(const QString &credential)
{
    return credential.trimmed().toUpper();
}

} // namespace homevisit::gateway
