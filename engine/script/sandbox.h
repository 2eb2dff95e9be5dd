#pragma once
// One Lua state per load, shut in: only the libraries a data file needs, a memory cap, an
// instruction budget and a clock. Authors' files are untrusted text; whatever they do, the worst
// outcome is one clear diagnostic.
//
// A load goes: Sandbox sandbox(limits); load_dsl(...); run_author_file(...) for each file, reading
// each result (see lua_reader.h) before running the next. After a successful run the sandbox is
// in reading mode: no hook, no memory cap, garbage collector stopped, so that C++ code reading the
// result can never meet a Lua error (a longjmp) while its own objects are alive.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"

struct lua_State;

namespace senales {

// Where a sandbox reads the time for its deadline: the steady clock, or in tests one they drive, so
// that which limit stops a file (the instruction budget or the deadline) never depends on how busy
// the machine is. A plain function pointer: the hook calls it between Lua instructions, where no
// C++ object may be made.
struct SandboxClock {
    using Reading = std::chrono::steady_clock::time_point (*)(void* context);
    Reading now = nullptr;  // nullptr: std::chrono::steady_clock::now()
    void* context = nullptr;

    std::chrono::steady_clock::time_point read() const { return now ? now(context) : std::chrono::steady_clock::now(); }
};

// What one load of an author's file may use, and what the file may hold. README.md ("Scenario
// packs are untrusted") tells authors about each of them; tests may lower them, benchmarks raise them.
struct Limits {
    // Running the file.
    std::size_t file_bytes = 4u * 1024 * 1024;    // refused before it is read
    std::size_t memory_bytes = 64u * 1024 * 1024;
    // The most one text, table or call stack may take. It also bounds the work Lua does inside a
    // single step, where neither the instruction budget nor the clock can look: rebuilding a table
    // whose keys all collide costs the square of its size.
    std::size_t block_bytes = 1024u * 1024;
    std::int64_t instructions = 100'000'000;  // counted in steps of 1000
    double seconds = 3.0;                     // wall clock, for the whole load
    SandboxClock clock;                       // what `seconds` is measured on

    // What a scenario holds: enough for any real scenario, and small enough that checking the
    // worst possible one stays quick.
    int variables = 16;
    int scenes = 300;     // scenes and endings
    int entries = 2000;   // details and choices, in all scenes together
};

// The whole file, or nullopt when it cannot be read. For the game's own files; authors' files
// go through read_author_file (author_file.h).
std::optional<std::string> read_whole_file(const std::filesystem::path& file);

class Sandbox {
public:
    explicit Sandbox(const Limits& limits = {});
    ~Sandbox();
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    // Runs the trusted DSL (scripts/lua/dsl.lua) in an environment of its own. The table it returns
    // is the vocabulary (scene, choice, ...) put into every author file's environment. False, with a
    // diagnostic, when the file is missing or broken.
    bool load_dsl(const std::filesystem::path& dsl_file, Diagnostics& diagnostics);

    // Runs one author's file (its text is `bytes`) in a fresh environment holding only the
    // allowlisted functions and the DSL. On success the file's first return value is the only
    // value on the stack and the sandbox is in reading mode. On failure: exactly one diagnostic
    // (syntax error, runtime error or a limit, with file:line) and false. The stack has room for
    // 64 more values, plenty for reading the result.
    bool run_author_file(const std::filesystem::path& file, std::string_view bytes, Diagnostics& diagnostics);

    lua_State* state() const { return L_; }

    // True once the instruction budget or the time is used up: every later run would stop at once.
    bool out_of_budget() const;

    // What a run's bookkeeping looks like to the C callbacks (allocator, hook, message handler).
    struct Guard;

private:
    bool run(const std::filesystem::path& file, std::string_view bytes, bool author, Diagnostics& diagnostics);
    void arm();
    void disarm();
    void report_failure(int status, const std::filesystem::path& file, Diagnostics& diagnostics) const;

    Limits limits_;
    std::unique_ptr<Guard> guard_;
    lua_State* L_ = nullptr;
    bool dsl_loaded_ = false;
};

}  // namespace senales
