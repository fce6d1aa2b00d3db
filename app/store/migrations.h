// Versioned schema migrations. Version N is reached by running every step up to N, in
// order, each in its own transaction with PRAGMA user_version set inside it, so a kill
// mid-migration leaves the previous version intact.
#pragma once

namespace homevisit::store {

class Database;

constexpr int CurrentSchemaVersion = 7;

int schemaVersion(Database &db);
// Upgrades to targetVersion (tests build older stores with a lower target). Refuses a
// store newer than this build: opening it could corrupt what a newer app wrote.
void migrate(Database &db, int targetVersion = CurrentSchemaVersion);

} // namespace homevisit::store
