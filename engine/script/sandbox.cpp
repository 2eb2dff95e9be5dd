#include "script/sandbox.h"

#include <lua5.4/lua.hpp>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <vector>

// [SECTION] What a run's C callbacks share
// [SECTION] Memory cap: the allocator
// [SECTION] Instruction budget and clock: the hook
// [SECTION] Opening the state: libraries, allowlists, environments
// [SECTION] Running a chunk
// [SECTION] Turning a failure into one diagnostic

namespace senales {

// [SECTION] What a run's C callbacks share ---------------------------------------------------
// Plain data only: the allocator, the hook and the message handler read it through a pointer kept
// in the state's extra space, and they must never create C++ objects (a Lua error is a longjmp).
struct Sandbox::Guard {
    enum class Stop { none, instructions, time };

    std::size_t used = 0;
    std::size_t cap = std::numeric_limits<std::size_t>::max();
    bool memory_refused = false;

    std::int64_t instructions_left = 0;
    std::chrono::steady_clock::time_point deadline;
    Stop stopped = Stop::none;

    std::string author_chunk;  // "@path" of the author's file being run; empty while the DSL runs
    int last_author_line = 0;  // the last line of the author's file the hook saw
    int error_line = 0;        // the innermost author line when an error was raised
    bool compiling = false;    // an error now is a syntax error
};

namespace {

using Guard = Sandbox::Guard;

constexpr int kInstructionsPerHook = 1000;
constexpr int kReadingStackSlots = 64;  // what lua_reader.cpp may push at most, with room to spare
constexpr const char* kDslWordsKey = "senales.dsl_words";
constexpr const char* kSafeStringKey = "senales.safe_string";

// What an author's file may use from the base library. Left out on purpose: load, loadfile, dofile,
// require (code from elsewhere), collectgarbage, print, warn, rawset (nothing to do with them in a
// data file), pcall and xpcall (they would let a file swallow the sandbox's own stop errors).
constexpr const char* kAllowedBase[] = {
    "assert", "error",  "ipairs", "next",     "pairs",    "rawequal",     "rawget",
    "rawlen", "select", "tonumber", "tostring", "type",   "getmetatable", "setmetatable",
};
constexpr const char* kRemovedFromGlobals[] = {"dofile", "loadfile", "load", "require", "collectgarbage", "print", "warn"};
// string.dump makes bytecode; math.random would make a scenario play differently each time. The
// pattern functions go too: a crafted pattern can run for minutes inside one C call, where neither
// the instruction budget nor the clock can stop it, and a data file has no use for them.
constexpr const char* kRemovedFromString[] = {"dump", "find", "match", "gmatch", "gsub", nullptr};
constexpr const char* kRemovedFromMath[] = {"random", "randomseed", nullptr};
constexpr const char* kNothingRemoved[] = {nullptr};

Guard& guard_of(lua_State* L) { return **static_cast<Guard**>(lua_getextraspace(L)); }

bool is_excluded(const char* key, const char* const* excluded) {
    for (; *excluded; ++excluded)
        if (std::strcmp(key, *excluded) == 0) return true;
    return false;
}

// Line of the innermost frame running the author's chunk, looking at most `levels` frames deep
// from `first`; 0 when none is found.
int innermost_author_line(lua_State* L, const Guard& guard, int first, int levels) {
    if (guard.author_chunk.empty()) return 0;
    lua_Debug ar;
    for (int level = first; level < first + levels && lua_getstack(L, level, &ar); ++level)
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0 && std::strcmp(ar.source, guard.author_chunk.c_str()) == 0)
            return ar.currentline;
    return 0;
}

// [SECTION] Memory cap: the allocator ---------------------------------------------------------
// Refusing a block makes Lua raise its ordinary "not enough memory" error, after one emergency
// collection; the flag tells that error apart from a real shortage.
void* capped_alloc(void* ud, void* block, std::size_t old_size, std::size_t new_size) {
    Guard& guard = *static_cast<Guard*>(ud);
    const std::size_t held = block ? old_size : 0;  // without a block, old_size is a type tag
    if (new_size == 0) {
        std::free(block);
        guard.used -= held;
        return nullptr;
    }
    const std::size_t headroom = guard.cap - std::min(guard.cap, guard.used);
    if (new_size > held && new_size - held > headroom) {
        guard.memory_refused = true;
        return nullptr;
    }
    void* moved = std::realloc(block, new_size);
    if (moved) guard.used = guard.used - held + new_size;
    return moved;
}

// [SECTION] Instruction budget and clock: the hook --------------------------------------------
// Count events pay the budget and check the clock; call events only note where the author's file
// is, so that a memory error raised inside one C call (string.rep) still has a line.
void budget_hook(lua_State* L, lua_Debug* ar) {
    Guard& guard = guard_of(L);
    const bool counting = ar->event == LUA_HOOKCOUNT;
    const int line = innermost_author_line(L, guard, counting ? 0 : 1, 8);
    if (line > 0) guard.last_author_line = line;
    if (!counting) return;
    guard.instructions_left -= kInstructionsPerHook;
    if (guard.stopped == Guard::Stop::none) {
        if (guard.instructions_left < 0)
            guard.stopped = Guard::Stop::instructions;
        else if (std::chrono::steady_clock::now() > guard.deadline)
            guard.stopped = Guard::Stop::time;
    }
    if (guard.stopped != Guard::Stop::none) luaL_error(L, "stopped by the sandbox");
}

// The message handler of every run: remembers the author's line while the failing stack is still
// there (a C function such as string.rep has no line of its own) and makes sure the error is a string.
int remember_where_it_failed(lua_State* L) {
    Guard& guard = guard_of(L);
    guard.error_line = innermost_author_line(L, guard, 1, 64);
    if (lua_type(L, 1) != LUA_TSTRING) {
        lua_pushfstring(L, "error(...) was given a %s instead of a message", luaL_typename(L, 1));
        return 1;
    }
    lua_settop(L, 1);
    return 1;
}

// [SECTION] Opening the state: libraries, allowlists, environments -----------------------------

// Calls upvalue 1 with this call's arguments: how a guard hands over to the function it guards.
int call_upvalue(lua_State* L) {
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

// Library functions that loop inside C, where the hook never fires, get a bound on their work.
// More elements than any table can hold under the memory cap: a longer length is a __len lie.
constexpr lua_Integer kMostElements = lua_Integer{1} << 24;

// string.rep("", 1e15) would copy nothing 1e15 times.
int bounded_string_rep(lua_State* L) {
    std::size_t size = 0;
    std::size_t separator = 0;
    luaL_checklstring(L, 1, &size);
    const lua_Integer count = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &separator);
    if (count <= 0 || size + separator == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    return call_upvalue(L);
}

// table.insert and table.remove shift every element up to the table's length, which __len can fake.
int bounded_table_shift(lua_State* L) {
    if (lua_type(L, 1) == LUA_TTABLE && luaL_len(L, 1) > kMostElements)
        return luaL_error(L, "the table says it is longer than any table can be");
    return call_upvalue(L);
}

// table.move(t, 1, 1e15, 2) would move 1e15 nils.
int bounded_table_move(lua_State* L) {
    const lua_Integer first = luaL_checkinteger(L, 2);
    const lua_Integer last = luaL_checkinteger(L, 3);
    if (last >= first && static_cast<lua_Unsigned>(last) - static_cast<lua_Unsigned>(first) >
                             static_cast<lua_Unsigned>(kMostElements))
        return luaL_error(L, "table.move of more elements than any table can hold");
    return call_upvalue(L);
}

void guard_library_function(lua_State* L, const char* library, const char* name, lua_CFunction guard) {
    lua_getglobal(L, library);
    lua_getfield(L, -1, name);
    lua_pushcclosure(L, guard, 1);
    lua_setfield(L, -2, name);
    lua_pop(L, 1);
}

// setmetatable without finalizers: Lua runs __gc with hooks switched off, so a finalizer could loop
// forever out of the budget's reach.
int setmetatable_without_gc(lua_State* L) {
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL) return luaL_error(L, "a __gc metamethod is not allowed in scenario files");
        lua_pop(L, 1);
    }
    return call_upvalue(L);  // the real setmetatable
}

// Pushes a shallow copy of the table at `source`, leaving out the `excluded` keys.
void push_copy_without(lua_State* L, int source, const char* const* excluded) {
    source = lua_absindex(L, source);
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, source) != 0) {
        if (lua_type(L, -2) == LUA_TSTRING && is_excluded(lua_tostring(L, -2), excluded)) {
            lua_pop(L, 1);
            continue;
        }
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
}

void remove_fields(lua_State* L, const char* table, const char* const* names) {
    lua_getglobal(L, table);
    for (; *names; ++names) {
        lua_pushnil(L);
        lua_setfield(L, -2, *names);
    }
    lua_pop(L, 1);
}

// Runs protected, right after the state is made.
int open_sandbox(lua_State* L) {
    luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
    lua_settop(L, 0);

    // Even the trusted DSL gets no way to reach files, bytecode or chance.
    for (const char* name : kRemovedFromGlobals) {
        lua_pushnil(L);
        lua_setglobal(L, name);
    }
    remove_fields(L, LUA_STRLIBNAME, kRemovedFromString);
    remove_fields(L, LUA_MATHLIBNAME, kRemovedFromMath);

    lua_getglobal(L, "setmetatable");
    lua_pushcclosure(L, setmetatable_without_gc, 1);
    lua_setglobal(L, "setmetatable");
    guard_library_function(L, LUA_STRLIBNAME, "rep", bounded_string_rep);
    guard_library_function(L, LUA_TABLIBNAME, "insert", bounded_table_shift);
    guard_library_function(L, LUA_TABLIBNAME, "remove", bounded_table_shift);
    guard_library_function(L, LUA_TABLIBNAME, "move", bounded_table_move);

    // Methods on strings ("x"):rep(3) go through the string metatable: point it at a copy of the
    // (already trimmed) library and hide it, so getmetatable("") gives nothing to tamper with.
    lua_getglobal(L, LUA_STRLIBNAME);
    push_copy_without(L, -1, kNothingRemoved);
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, kSafeStringKey);
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_settop(L, 0);
    return 0;
}

// The DSL's own helpers: they find the author's frame on the stack, so that every table the DSL
// makes knows its line and every DSL error blames the author's line, however deep the DSL is.
int author_line(lua_State* L) {
    const int line = innermost_author_line(L, guard_of(L), 1, 32);
    if (line > 0)
        lua_pushinteger(L, line);
    else
        lua_pushnil(L);
    return 1;
}

// The level to give error() so that it blames the author's line: counted from the Lua function
// that calls author_level() (level 1), which must be the one that calls error().
int author_level(lua_State* L) {
    const Guard& guard = guard_of(L);
    lua_Debug ar;
    for (int level = 1; !guard.author_chunk.empty() && lua_getstack(L, level, &ar); ++level)
        if (lua_getinfo(L, "S", &ar) && std::strcmp(ar.source, guard.author_chunk.c_str()) == 0) {
            lua_pushinteger(L, level);
            return 1;
        }
    lua_pushinteger(L, 1);
    return 1;
}

// The DSL sees every global, plus the two helpers only it may call.
void push_dsl_env(lua_State* L) {
    lua_newtable(L);
    lua_pushcfunction(L, author_line);
    lua_setfield(L, -2, "author_line");
    lua_pushcfunction(L, author_level);
    lua_setfield(L, -2, "author_level");
    lua_newtable(L);
    lua_pushglobaltable(L);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
}

// A fresh table per file: the allowlisted functions, copies of the libraries (changing them changes
// nothing the DSL or the next file sees) and the DSL's words.
void push_author_env(lua_State* L) {
    lua_newtable(L);
    const int env = lua_gettop(L);
    for (const char* name : kAllowedBase) {
        lua_getglobal(L, name);
        lua_setfield(L, env, name);
    }
    lua_getfield(L, LUA_REGISTRYINDEX, kSafeStringKey);
    push_copy_without(L, -1, kNothingRemoved);
    lua_setfield(L, env, LUA_STRLIBNAME);
    lua_pop(L, 1);
    for (const char* name : {LUA_TABLIBNAME, LUA_MATHLIBNAME, LUA_UTF8LIBNAME}) {
        lua_getglobal(L, name);
        push_copy_without(L, -1, kNothingRemoved);
        lua_setfield(L, env, name);
        lua_pop(L, 1);
    }
    lua_getfield(L, LUA_REGISTRYINDEX, kDslWordsKey);
    lua_pushnil(L);
    while (lua_next(L, -2) != 0) {
        if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TFUNCTION) {
            // Each word reaches the author through a C closure. `return scenario { … }` is a tail
            // call, and a Lua tail call replaces the caller's frame, where the DSL finds the
            // author's line; Lua never does that for a C function, so the author's frame stays.
            lua_pushcclosure(L, call_upvalue, 1);
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_rawset(L, env);
        } else {
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

// [SECTION] Running a chunk -------------------------------------------------------------------
struct ChunkToRun {
    const char* bytes;
    std::size_t size;
    const char* chunk_name;
    bool author;
};

// Runs protected: compiles the text (never bytecode), gives it its environment and calls it.
// Author chunks return their first value; the DSL's words are kept in the registry.
int run_chunk(lua_State* L) {
    const auto* chunk = static_cast<const ChunkToRun*>(lua_touserdata(L, 1));
    Guard& guard = guard_of(L);
    guard.compiling = true;
    if (luaL_loadbufferx(L, chunk->bytes, chunk->size, chunk->chunk_name, "t") != LUA_OK) return lua_error(L);
    guard.compiling = false;
    if (chunk->author)
        push_author_env(L);
    else
        push_dsl_env(L);
    lua_setupvalue(L, -2, 1);  // a main chunk's only upvalue is _ENV
    lua_call(L, 0, 1);
    if (chunk->author) return 1;
    if (!lua_istable(L, -1)) return luaL_error(L, "dsl.lua must return a table of its words");
    lua_setfield(L, LUA_REGISTRYINDEX, kDslWordsKey);
    return 0;
}

// [SECTION] Turning a failure into one diagnostic ---------------------------------------------
// How Lua names the file at the start of its messages (long paths are shortened with "...").
std::string short_source(lua_State* L, const std::string& chunk_name) {
    if (luaL_loadbufferx(L, "", 0, chunk_name.c_str(), "t") != LUA_OK) {
        lua_pop(L, 1);
        return {};
    }
    lua_Debug ar;
    lua_getinfo(L, ">S", &ar);
    return ar.short_src;
}

struct LuaMessage {
    int line = 0;  // 0 when the message does not start with the file's location
    std::string text;
    std::string hint;
};

// "path:12: message\nhint: how to fix" (the hint part comes from the DSL).
LuaMessage parse_lua_message(const std::string& message, const std::string& short_src) {
    LuaMessage parsed{0, message, {}};
    const std::string prefix = short_src + ":";
    if (!short_src.empty() && message.compare(0, prefix.size(), prefix) == 0) {
        std::size_t pos = prefix.size();
        int line = 0;
        while (pos < message.size() && message[pos] >= '0' && message[pos] <= '9' && line < 100'000'000)
            line = line * 10 + (message[pos++] - '0');
        if (pos > prefix.size() && pos < message.size() && message[pos] == ':') {
            parsed.line = line;
            parsed.text = message.substr(pos + 1 + (pos + 1 < message.size() && message[pos + 1] == ' '));
        }
    }
    if (const std::size_t at = parsed.text.find("\nhint: "); at != std::string::npos) {
        parsed.hint = parsed.text.substr(at + 7);
        parsed.text.erase(at);
    }
    return parsed;
}

std::vector<std::string> dsl_words(lua_State* L) {
    std::vector<std::string> words;
    if (lua_getfield(L, LUA_REGISTRYINDEX, kDslWordsKey) == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2) != 0) {
            if (lua_type(L, -2) == LUA_TSTRING) words.emplace_back(lua_tostring(L, -2));
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    return words;
}

// Plain-words hints for the Lua errors authors meet most.
std::string hint_for(const std::string& text, lua_State* L) {
    static const std::string nil_global = "attempt to call a nil value (global '";
    if (const std::size_t at = text.find(nil_global); at != std::string::npos) {
        const std::size_t start = at + nil_global.size();
        const std::string name = text.substr(start, text.find('\'', start) - start);
        const std::string guess = closest_match(name, dsl_words(L));
        if (!guess.empty()) return "did you mean " + guess + "?";
        return "\"" + name + "\" is not a word scenario files know; ids go in quotes, like scene \"" + name + "\"";
    }
    if (text.find("'}' expected") != std::string::npos)
        return "a missing comma between two entries, or a name that is not in quotes?";
    if (text.find("unfinished string") != std::string::npos)
        return "a text is missing its closing quote";
    return {};
}

std::string mebibytes(std::size_t bytes) { return std::to_string(bytes / (1024 * 1024)) + " MiB"; }

std::string seconds_text(double seconds) {
    std::string text = std::to_string(seconds);
    text.erase(text.find_last_not_of('0') + 1);
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text;
}

}  // namespace

std::optional<std::string> read_whole_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return std::nullopt;
    return bytes;
}

Sandbox::Sandbox(const Limits& limits) : limits_(limits), guard_(std::make_unique<Guard>()) {
    guard_->cap = limits_.memory_bytes;
    guard_->instructions_left = limits_.instructions;
    guard_->deadline = std::chrono::steady_clock::now() +
                       std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                           std::chrono::duration<double>(limits_.seconds));
    L_ = lua_newstate(capped_alloc, guard_.get());
    if (!L_) return;
    *static_cast<Guard**>(lua_getextraspace(L_)) = guard_.get();
    lua_pushcfunction(L_, open_sandbox);
    if (lua_pcall(L_, 0, 0, 0) != LUA_OK) {
        lua_close(L_);
        L_ = nullptr;
        return;
    }
    disarm();
}

Sandbox::~Sandbox() {
    // No finalizer can exist (setmetatable refuses __gc), so closing runs no author code.
    if (L_) lua_close(L_);
}

bool Sandbox::out_of_budget() const { return guard_->stopped != Guard::Stop::none; }

void Sandbox::arm() {
    guard_->cap = limits_.memory_bytes;
    guard_->memory_refused = false;
    lua_gc(L_, LUA_GCRESTART);
    lua_sethook(L_, budget_hook, LUA_MASKCOUNT | LUA_MASKCALL, kInstructionsPerHook);
}

// Reading mode: nothing left that could raise a Lua error or run a line of the author's code.
void Sandbox::disarm() {
    lua_sethook(L_, nullptr, 0, 0);
    guard_->cap = std::numeric_limits<std::size_t>::max();
    lua_gc(L_, LUA_GCSTOP);
}

bool Sandbox::load_dsl(const std::filesystem::path& dsl_file, Diagnostics& diagnostics) {
    const std::optional<std::string> bytes = read_whole_file(dsl_file);
    if (!bytes) {
        diagnostics.error(dsl_file.string(), 0, "missing-file", "cannot read the scenario language file dsl.lua",
                          "it ships with the game in scripts/lua/; check the installation");
        return false;
    }
    dsl_loaded_ = run(dsl_file, *bytes, false, diagnostics);
    return dsl_loaded_;
}

bool Sandbox::run_author_file(const std::filesystem::path& file, std::string_view bytes, Diagnostics& diagnostics) {
    if (!dsl_loaded_) {
        diagnostics.error(file.string(), 0, "no-dsl", "the scenario language (dsl.lua) is not loaded");
        return false;
    }
    return run(file, bytes, true, diagnostics);
}

bool Sandbox::run(const std::filesystem::path& file, std::string_view bytes, bool author, Diagnostics& diagnostics) {
    if (!L_) {
        diagnostics.error(file.string(), 0, "lua-unavailable", "could not start the Lua interpreter",
                          "the machine may be out of memory");
        return false;
    }
    lua_settop(L_, 0);
    std::string chunk_name = "@";
    chunk_name += file.string();
    guard_->author_chunk = author ? chunk_name : std::string();
    guard_->last_author_line = 0;
    guard_->error_line = 0;
    guard_->compiling = false;

    ChunkToRun chunk{bytes.data(), bytes.size(), chunk_name.c_str(), author};
    lua_pushcfunction(L_, remember_where_it_failed);
    lua_pushcfunction(L_, run_chunk);
    lua_pushlightuserdata(L_, &chunk);
    arm();
    const int status = lua_pcall(L_, 1, 1, 1);
    disarm();
    if (status != LUA_OK) {
        report_failure(status, file, diagnostics);
        lua_settop(L_, 0);
        return false;
    }
    lua_remove(L_, 1);  // the message handler; the result stays
    // Room for the reader: pushing past the stack's end is not checked outside a debug build of Lua.
    if (!lua_checkstack(L_, kReadingStackSlots)) {
        lua_settop(L_, 0);
        diagnostics.error(file.string(), 0, "lua-unavailable", "the machine is out of memory");
        return false;
    }
    return true;
}

void Sandbox::report_failure(int status, const std::filesystem::path& file, Diagnostics& diagnostics) const {
    const std::string where = file.string();
    const int line = guard_->error_line > 0 ? guard_->error_line : guard_->last_author_line;
    static const char* const endless_loop = "an endless loop? a `while true` without a way out?";

    const std::string message = lua_type(L_, -1) == LUA_TSTRING ? lua_tostring(L_, -1) : "unknown error";
    if (guard_->stopped == Guard::Stop::instructions) {
        diagnostics.error(where, line, "limit-instructions",
                          "stopped: the file used up its instruction budget (" + std::to_string(limits_.instructions) +
                              " Lua instructions) without finishing",
                          endless_loop);
    } else if (guard_->stopped == Guard::Stop::time) {
        diagnostics.error(where, line, "limit-time",
                          "stopped: the file ran out of time (" + seconds_text(limits_.seconds) + " s) without finishing",
                          endless_loop);
    } else if (guard_->memory_refused && (status == LUA_ERRMEM || message == "not enough memory")) {
        diagnostics.error(where, line, "limit-memory",
                          "stopped: the file ran out of memory (it may use " + mebibytes(limits_.memory_bytes) + ")",
                          "a loop building an enormous table or string?");
    } else {
        const LuaMessage parsed = parse_lua_message(message, short_source(L_, "@" + where));
        const std::string hint = parsed.hint.empty() ? hint_for(parsed.text, L_) : parsed.hint;
        diagnostics.error(where, parsed.line > 0 ? parsed.line : line, guard_->compiling ? "lua-syntax" : "lua-error",
                          parsed.text, hint);
    }
}

}  // namespace senales
