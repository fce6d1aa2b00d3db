// Row conversions both stores share (centralstore.h).
#include "sync/gateway/centralstore.h"

#include <QJsonDocument>

namespace homevisit::gateway {

namespace {

sync::ChangeType changeTypeOf(QStringView name)
{
    if (name == u"child")
        return sync::ChangeType::Child;
    if (name == u"foster_home")
        return sync::ChangeType::FosterHome;
    if (name == u"placement")
        return sync::ChangeType::Placement;
    return sync::ChangeType::Record;
}

} // namespace

sync::Change changeFromRow(qint64 seq, const QString &type, const QByteArray &data,
                           const QString &signingKey)
{
    static constexpr QStringView RemovePrefix = u"remove_";
    sync::Change change;
    change.seq = seq;
    const bool removal = type.startsWith(RemovePrefix);
    change.type = changeTypeOf(removal ? QStringView(type).mid(RemovePrefix.size()) : type);
    change.op = removal ? sync::ChangeOp::Remove : sync::ChangeOp::Upsert;
    change.data = removal ? QJsonObject{{"id", QString::fromUtf8(data)}}
                          : QJsonDocument::fromJson(data).object();
    // The key the gateway verified the signature against (a record with a signature only).
    if (change.type == sync::ChangeType::Record && !removal && !signingKey.isEmpty())
        change.data.insert("signing_key", signingKey);
    return change;
}

} // namespace homevisit::gateway
