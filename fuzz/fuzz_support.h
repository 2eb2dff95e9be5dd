#pragma once
// Shared by the fuzz targets: where the game's Lua side is, and the limits a fuzzed load runs with
// (smaller than the game's, so that each input takes milliseconds; a hang is still a finding,
// because libFuzzer's -timeout is far above them).

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "core/diagnostic.h"
#include "script/plain_text.h"
#include "script/sandbox.h"

namespace senales::fuzz {

inline const std::filesystem::path kLuaRoot = std::filesystem::path(SENALES_SOURCE_DIR) / "scripts" / "lua";

inline Limits fuzz_limits() {
    Limits limits;
    limits.memory_bytes = 16u << 20;
    limits.instructions = 2'000'000;
    limits.seconds = 0.5;
    return limits;
}

// What every message must be, whatever the input: a code, and plain text of a sane length.
// Breaking this is a finding: abort, so that libFuzzer keeps the input.
inline void check_messages(const Diagnostics& diagnostics) {
    for (const Diagnostic& d : diagnostics.items()) {
        const std::string whole = d.message + "\n" + d.hint;
        if (d.code.empty() || d.message.empty() || whole.size() > 4000 || text_problem(whole)) {
            std::fprintf(stderr, "message breaks the rules:\n%s\n", d.format().c_str());
            std::abort();
        }
    }
}

}  // namespace senales::fuzz
