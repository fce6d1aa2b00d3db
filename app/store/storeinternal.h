// Conversions shared by the store's implementation files; not part of its API.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace homevisit::store::internal {

inline QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

inline QDate dateFrom(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

// Empty ids are stored as NULL so the foreign key on refers_to does not fire.
inline QString nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

inline QByteArray serialize(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

inline QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// 0 for text that is not an ISO 8601 time with an offset.
inline qint64 msFromIso(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace homevisit::store::internal
