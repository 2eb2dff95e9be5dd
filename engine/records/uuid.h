#pragma once
// RFC 4122 identifiers as text ("3f2a…-…"), from libuuid: a random one for each new attempt, and
// name-based ones (version 5, SHA-1) for what must come out the same on every machine and every
// export, such as an xAPI statement's id, derived from its attempt's UUID and its event.

#include <string>

namespace senales::records {

// Version 4, random.
std::string random_uuid();
// Version 5 of `name` in Señales' own namespace: the same name gives the same UUID everywhere.
std::string name_uuid(const std::string& name);

}  // namespace senales::records
