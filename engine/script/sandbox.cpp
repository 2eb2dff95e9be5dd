#include "script/sandbox.h"

#include <lua.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <vector>

#include "script/author_file.h"
#include "script/plain_text.h"

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
    std::size_t block_cap = std::numeric_limits<std::size_t>::max();
    bool memory_refused = false;
    bool block_refused = false;  // refused because one block was too big, not because all was used up

    std::int64_t instructions_left = 0;
    SandboxClock clock;
    std::chrono::steady_clock::time_point deadline;
    Stop stopped = Stop::none;

    lua_State* L = nullptr;    // the state, for the allocator to find the author's line when it refuses
    std::string author_chunk;  // "@path" of the author's file being run; empty while the DSL runs
    int last_author_line = 0;  // the last line of the author's file the hook saw
    int error_line = 0;        // the innermost author line when an error was raised
    bool compiling = false;    // an error now is a syntax error
    int compile_line = 0;      // the line the compiler had reached, for errors that have none
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
// Up to Lua 5.4.4 (Debian 12's) the call stack is intact while Lua asks for memory, so a refusal
// can name the author's line. Later versions turn the stack's pointers into offsets while they
// grow it, and reading it then would crash: there, memory errors get the line the hook last saw.
#if LUA_VERSION_RELEASE_NUM <= 50404
constexpr bool kCanReadStackInAllocator = true;
#else
constexpr bool kCanReadStackInAllocator = false;
#endif

// Refusing a block makes Lua raise its ordinary "not enough memory" error, after one emergency
// collection; the flag tells that error apart from a real shortage. A shrinking block is never
// refused: Lua relies on that.
void* capped_alloc(void* ud, void* block, std::size_t old_size, std::size_t new_size) {
    Guard& guard = *static_cast<Guard*>(ud);
    const std::size_t held = block ? old_size : 0;  // without a block, old_size is a type tag
    if (new_size == 0) {
        std::free(block);
        guard.used -= held;
        return nullptr;
    }
    const std::size_t headroom = guard.cap - std::min(guard.cap, guard.used);
    if (new_size > held && (new_size > guard.block_cap || new_size - held > headroom)) {
        guard.block_refused = guard.block_refused || new_size > guard.block_cap;
        // Lua calls no message handler for a memory error: note the author's line now. Reading the
        // call stack allocates nothing (see kCanReadStackInAllocator).
        if (kCanReadStackInAllocator && !guard.memory_refused && guard.L && guard.error_line == 0)
            guard.error_line = innermost_author_line(guard.L, guard, 0, 64);
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
        else if (guard.clock.read() > guard.deadline)
            guard.stopped = Guard::Stop::time;
    }
    if (guard.stopped != Guard::Stop::none) luaL_error(L, "stopped by the sandbox");
}

// The message handler of every run: remembers the author's line while the failing stack is still
// there (a C function such as string.rep has no line of its own) and makes sure the error is a string.
int remember_where_it_failed(lua_State* L) {
    Guard& guard = guard_of(L);
    if (const int line = innermost_author_line(L, guard, 1, 64); line > 0) guard.error_line = line;
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
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "a __gc metamethod is not allowed in scenario files\nhint: a scenario file only "
                                 "describes a story: it needs no code that runs when Lua cleans up");
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
    std::size_t given = 0;       // how much of the text the compiler has been given so far
    std::size_t last_piece = 0;  // where the last piece given starts
};

// Lua's compiler runs no hook, and some texts cost it the square of their length (a chain of
// thousands of `or`s). So it gets the text in small pieces, a line at a time, and the clock is
// checked before each; the line of the last piece is where the compiler is, should it fail there.
constexpr std::size_t kCompilePieceBytes = 1024;

const char* give_next_piece(lua_State* L, void* data, std::size_t* size) {
    auto* chunk = static_cast<ChunkToRun*>(data);
    Guard& guard = guard_of(L);
    if (guard.stopped == Guard::Stop::none && guard.clock.read() > guard.deadline)
        guard.stopped = Guard::Stop::time;
    if (guard.stopped != Guard::Stop::none) luaL_error(L, "stopped by the sandbox");
    const char* piece = chunk->bytes + chunk->given;
    guard.compile_line += static_cast<int>(std::count(chunk->bytes + chunk->last_piece, piece, '\n'));
    chunk->last_piece = chunk->given;
    const std::size_t most = std::min(kCompilePieceBytes, chunk->size - chunk->given);
    const void* line_end = std::memchr(piece, '\n', most);
    *size = line_end ? static_cast<std::size_t>(static_cast<const char*>(line_end) - piece) + 1 : most;
    chunk->given += *size;
    return *size > 0 ? piece : nullptr;
}

// Runs protected: compiles the text (never bytecode), gives it its environment and calls it.
// Author chunks return their first value; the DSL's words are kept in the registry.
int run_chunk(lua_State* L) {
    auto* chunk = static_cast<ChunkToRun*>(lua_touserdata(L, 1));
    Guard& guard = guard_of(L);
    guard.compiling = true;
    guard.compile_line = 1;
    if (lua_load(L, give_next_piece, chunk, chunk->chunk_name, "t") != LUA_OK) return lua_error(L);
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

// What the sandbox takes away, for the hint when a file reaches for it.
constexpr const char* kUnavailable[] = {
    "io", "os", "require", "package", "debug", "load", "loadfile", "dofile", "loadstring", "coroutine",
    "collectgarbage", "pcall", "xpcall", "print", "warn", "rawset", "_G", "dump", "find", "match",
    "gmatch", "gsub", "random", "randomseed", nullptr};

// The name in "attempt to call a nil value (global 'io')", or "" when the message is not of that form.
std::string missing_name(const std::string& text) {
    if (text.find("a nil value (") == std::string::npos) return {};
    for (const char* kind : {"(global '", "(field '", "(method '"}) {
        const std::size_t at = text.find(kind);
        if (at == std::string::npos) continue;
        const std::size_t start = at + std::strlen(kind);
        const std::size_t end = text.find('\'', start);
        if (end != std::string::npos) return text.substr(start, end - start);
    }
    return {};
}

// Plain-words hints for the Lua errors authors meet most.
std::string hint_for(const std::string& text, lua_State* L) {
    if (const std::string name = missing_name(text); !name.empty() && is_excluded(name.c_str(), kUnavailable))
        return "`" + name + "` is not available: a scenario file only describes a story, so it gets no files, no "
               "system, no loading of code and no catching of errors";
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
    if (text.find("binary chunk") != std::string::npos)
        return "scenario files are text: a compiled Lua file is never run";
    if (text.find("near '<\\") != std::string::npos)  // Lua shows a byte that is not text as <\123>
        return "the file holds bytes that are not text: is it a scenario.lua saved as plain text (UTF-8)?";
    if (text.find("string too large") != std::string::npos || text.find("string slice too long") != std::string::npos ||
        text.find("too many results") != std::string::npos)
        return "no scenario needs values that large: is a count or a length wrong?";
    return {};
}

std::string mebibytes(std::size_t bytes) { return size_in_words(bytes); }

// The longest an author's own message is shown.
constexpr std::size_t kMessageBytes = 300;

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
    guard_->clock = limits_.clock;
    guard_->deadline = guard_->clock.read() +
                       std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                           std::chrono::duration<double>(limits_.seconds));
    L_ = lua_newstate(capped_alloc, guard_.get());
    if (!L_) return;
    guard_->L = L_;
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
    guard_->block_cap = limits_.block_bytes;
    guard_->memory_refused = false;
    guard_->block_refused = false;
    lua_gc(L_, LUA_GCRESTART);
    lua_sethook(L_, budget_hook, LUA_MASKCOUNT | LUA_MASKCALL, kInstructionsPerHook);
}

// Reading mode: nothing left that could raise a Lua error or run a line of the author's code.
void Sandbox::disarm() {
    lua_sethook(L_, nullptr, 0, 0);
    guard_->cap = std::numeric_limits<std::size_t>::max();
    guard_->block_cap = std::numeric_limits<std::size_t>::max();
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
        diagnostics.error(file.string(), 0, "no-dsl", "the scenario language (dsl.lua) is not loaded",
                          "the game loads scripts/lua/dsl.lua before any scenario: reinstall the game if it is missing");
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
    const int line = guard_->error_line > 0 ? guard_->error_line
                     : guard_->compiling  ? guard_->compile_line
                                          : guard_->last_author_line;
    static const char* const endless_loop = "an endless loop? a `while true` without a way out?";
    static const char* const too_big = "a loop building an enormous table or string, or a function that keeps calling itself?";

    const std::string message = lua_type(L_, -1) == LUA_TSTRING ? lua_tostring(L_, -1) : "unknown error";
    if (guard_->stopped == Guard::Stop::instructions) {
        diagnostics.error(where, line, "limit-instructions",
                          "stopped: the file used up its instruction budget (" + std::to_string(limits_.instructions) +
                              " Lua instructions) without finishing",
                          endless_loop);
    } else if (guard_->stopped == Guard::Stop::time && guard_->compiling) {
        diagnostics.error(where, line, "limit-time",
                          "stopped: Lua could not even read the file in the time it has (" +
                              seconds_text(limits_.seconds) + " s)",
                          "an expression thousands of terms long, like a or b or c or …? Split it up");
    } else if (guard_->stopped == Guard::Stop::time) {
        diagnostics.error(where, line, "limit-time",
                          "stopped: the file ran out of time (" + seconds_text(limits_.seconds) + " s) without finishing",
                          endless_loop);
    } else if (guard_->memory_refused && (status == LUA_ERRMEM || message == "not enough memory")) {
        if (guard_->compiling)
            diagnostics.error(where, line, "limit-memory",
                              "stopped: Lua needed more memory to read the file than a scenario may use",
                              "thousands of numbers or texts in one place? Make the file shorter, or split it up");
        else if (guard_->block_refused)
            diagnostics.error(where, line, "limit-memory",
                              "stopped: the file used too much memory for one text, table or chain of calls (" +
                                  mebibytes(limits_.block_bytes) + " for any one of them)",
                              too_big);
        else
            diagnostics.error(where, line, "limit-memory",
                              "stopped: the file ran out of memory (it may use " + mebibytes(limits_.memory_bytes) + ")",
                              too_big);
    } else {
        const LuaMessage parsed = parse_lua_message(message, short_source(L_, "@" + where));
        const int at = parsed.line > 0 ? parsed.line : line;
        if (parsed.text == "C stack overflow" || parsed.text == "stack overflow" || status == LUA_ERRERR) {
            // Lua's parser and its calls through C both stop at about 200 levels.
            if (guard_->compiling)
                diagnostics.error(where, at, "limit-nesting",
                                  "the file nests braces, brackets or calls too deeply (Lua allows about 200 levels)",
                                  "write the entries one after another instead of one inside the other");
            else
                diagnostics.error(where, at, "limit-nesting", "stopped: calls went too deep (" + printable(parsed.text) + ")",
                                  "a function, or a metatable's __index, that keeps calling itself?");
            return;
        }
        const std::string hint = parsed.hint.empty() ? hint_for(parsed.text, L_) : parsed.hint;
        // An author's error() can say anything, at any length, or nothing at all: show it as plain,
        // short text, and never as an empty message.
        std::string text = printable(parsed.text, kMessageBytes);
        const bool says_nothing = text.find_first_not_of(" \t") == std::string::npos;
        if (says_nothing) text = "the file stopped with an error that says nothing";
        diagnostics.error(where, at, guard_->compiling ? "lua-syntax" : "lua-error", text,
                          says_nothing && hint.empty() ? "give the error(...) call on this line a message"
                                                       : printable(hint, kMessageBytes));
    }
}

}  // namespace senales
