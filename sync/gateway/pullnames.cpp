#include "pullnames.h"

namespace homevisit::gateway {

void PullNames::addTo(sync::Change &change)
{
    if (change.type != sync::ChangeType::Record || change.op != sync::ChangeOp::Upsert)
        return;
    QJsonObject &data = change.data;
    const QJsonObject body = data.value("body").toObject();
    if (const QString author = authorName(data.value("author").toString()); !author.isEmpty())
        data.insert("author_name", author);
    QString subject;
    if (const QString child = body.value("child_id").toString(); !child.isEmpty())
        subject = subjectName(sync::ChangeType::Child, child);
    else if (const QString home = body.value("foster_home_id").toString(); !home.isEmpty())
        subject = subjectName(sync::ChangeType::FosterHome, home);
    if (!subject.isEmpty())
        data.insert("subject_name", subject);
}

QString PullNames::authorName(const QString &user)
{
    if (const auto found = m_authors.constFind(user); found != m_authors.constEnd())
        return *found;
    const auto row = m_store.user(user);
    const QString name = row ? row->displayName.trimmed().left(200) : QString();
    m_authors.insert(user, name);
    return name;
}

QString PullNames::subjectName(sync::ChangeType type, const QString &id)
{
    const QString key = sync::changeTypeName(type) + u'/' + id;
    if (const auto found = m_subjects.constFind(key); found != m_subjects.constEnd())
        return *found;
    const auto row = m_store.referenceRow(type, id);
    const char *field = type == sync::ChangeType::Child ? "name" : "family_name";
    const QString name =
        row ? row->data.value(QLatin1String(field)).toString().trimmed().left(200) : QString();
    m_subjects.insert(key, name);
    return name;
}

} // namespace homevisit::gateway
