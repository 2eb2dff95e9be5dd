#pragma once
// Who holds an attempt in progress: one process (a game window or a terminal play) at a time. An
// owner names its machine and process, so a window that crashed is known to be gone at once on
// the same machine; on a records folder shared between machines (a USB stick) a lease simply
// runs out.

#include <string>

namespace senales::records {

// This process's owner name: machine, process id and a random part (process ids are reused).
std::string new_lease_owner();
// True when `owner` was a process on this machine that no longer runs.
bool lease_owner_gone(const std::string& owner);

}  // namespace senales::records
