// Who wrote a pulled record and whom it is about, in names (docs/sync-protocol.md,
// "Names in pulls"): a supervisor's tablet holds no caseload of her team, so the gateway
// adds the author's display name and the child's or foster home's name to each record it
// sends, and nothing more: only names of records the caller may see travel.
#pragma once

#include "sync/gateway/centralstore.h"

#include <QHash>

namespace homevisit::gateway {

class PullNames
{
public:
    explicit PullNames(CentralStore &store) : m_store(store) {}
    // Adds "author_name" and "subject_name" to a record change's data, when known.
    void addTo(sync::Change &change);

private:
    QString authorName(const QString &user);
    QString subjectName(sync::ChangeType type, const QString &id);

    CentralStore &m_store;
    QHash<QString, QString> m_authors;  // user -> display name ("" = none)
    QHash<QString, QString> m_subjects; // "type/id" -> name ("" = none)
};

} // namespace homevisit::gateway
