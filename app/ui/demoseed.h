// The demo store for each role (`homevisit --demo --demo-role ROLE`): invented people,
// no server. The role and display name are stored as enrollment would store them, so
// the app shows the same screens a real user of that role sees.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace homevisit::store {
class JournalStore;
}

namespace homevisit::ui {

// The roles a demo store can have (the protocol's names).
QStringList demoRoles();

// Seeds an empty store for `role`; throws std::invalid_argument for an unknown role.
void seedDemo(store::JournalStore &journal, const QString &role, const QDate &today);

} // namespace homevisit::ui
