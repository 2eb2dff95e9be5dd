#include "lease.h"

#include <string>

#include "attempt.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace senales::records {

namespace {

std::string machine_name() {
#ifdef _WIN32
    char name[MAX_COMPUTERNAME_LENGTH + 1] = {};
    DWORD size = sizeof name;
    return GetComputerNameA(name, &size) ? std::string(name, size) : std::string("?");
#else
    char name[256] = {};
    return gethostname(name, sizeof name - 1) == 0 ? std::string(name) : std::string("?");
#endif
}

unsigned long this_process() {
#ifdef _WIN32
    return static_cast<unsigned long>(GetCurrentProcessId());
#else
    return static_cast<unsigned long>(getpid());
#endif
}

bool process_runs(unsigned long pid) {
#ifdef _WIN32
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process) return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    return kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#endif
}

}  // namespace

std::string new_lease_owner() { return machine_name() + "/" + std::to_string(this_process()) + "/" + random_hex_id(); }

bool lease_owner_gone(const std::string& owner) {
    const std::size_t first = owner.find('/');
    const std::size_t second = first == std::string::npos ? first : owner.find('/', first + 1);
    if (second == std::string::npos || owner.substr(0, first) != machine_name()) return false;
    try {
        return !process_runs(std::stoul(owner.substr(first + 1, second - first - 1)));
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace senales::records
