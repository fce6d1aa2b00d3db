#include "uuid.h"

#include <QDateTime>
#include <QRegularExpression>

#include <sodium.h>

namespace homevisit {

QString makeUuidV7(qint64 unixMs)
{
    if (sodium_init() < 0)
        return {};
    unsigned char b[16];
    randombytes_buf(b, sizeof b);
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(quint64(unixMs) >> (40 - 8 * i));
    b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0f)); // version 7
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3f)); // RFC variant
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(b), 16).toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' +
                               hex.mid(16, 4) + '-' + hex.mid(20));
}

QString makeUuidV7()
{
    return makeUuidV7(QDateTime::currentMSecsSinceEpoch());
}

bool isUuid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

} // namespace homevisit
