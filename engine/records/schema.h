#pragma once
// The records file's schema as a history of migrations. PRAGMA user_version says how many have been
// applied; opening a file applies the rest, each in its own transaction, so a file from any
// earlier version of the game is brought up to date and nothing in it is lost.

#include <string>
#include <vector>

#include "sqlite_db.h"

namespace senales::records {

const std::vector<std::string>& migrations();  // migrations()[i] takes a file from version i to i + 1
int current_schema_version();
int schema_version(Database& db);
void migrate(Database& db, int up_to = -1);  // -1: to the current version

}  // namespace senales::records
