#pragma once
// Reading what an author's file returned, once the sandbox is in reading mode (see sandbox.h).
// Raw access only, so no metamethod ever runs; every value's type is checked before it is
// converted, and no number is ever turned into a string in place. Nothing here can raise a Lua
// error, so C++ objects are safe on the stack. Mistakes in the data become diagnostics that name
// the field, the element and what was expected.

#include <cstddef>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "core/text.h"

struct lua_State;

namespace senales {

// What a single value in an author's file may be. Texts are what a player reads; ids name scenes,
// details, signs, practices; a list holds ids, practice = { "a", "b" }, or texts (objectives).
inline constexpr std::size_t kMostTextBytes = 16 * 1024;
inline constexpr std::size_t kMostIdBytes = 64;
inline constexpr std::size_t kMostConditionBytes = 200;  // when = "trust >= 2 and safety > 0"
inline constexpr std::size_t kMostFileNameBytes = 128;   // image = "bar.png"
inline constexpr std::size_t kMostListItems = 20;
// Once a load has this many messages, reading stops: more would only bury the first ones (and a
// hostile file could ask for millions).
inline constexpr std::size_t kMostDiagnostics = 200;

// True once `diagnostics` is full (see kMostDiagnostics). A loader that stops for it says so with
// report_too_many.
bool too_many_problems(const Diagnostics& diagnostics);
void report_too_many(const SourceLocation& at, Diagnostics& diagnostics);

// What one DSL word made: scene "arrival" { ... } (see scripts/lua/dsl.lua).
struct Entry {
    std::string kind;  // "scene", "choice", "source", ...
    std::string id;    // empty for scenario and choice
    SourceLocation where;
    int fields = 0;    // absolute stack index of the author's table, while the entry is being read
};

// Puts the Lua stack back as it found it.
class StackScope {
public:
    explicit StackScope(lua_State* L);
    ~StackScope();
    StackScope(const StackScope&) = delete;
    StackScope& operator=(const StackScope&) = delete;

private:
    lua_State* L_;
    int top_;
};

// Reads the value at `index` as a DSL word's result and pushes its fields table. `found_in` names
// the place for messages ("scenario.lua returned", "entry 3 of scene \"a\""); `at` is blamed when
// the value has no line of its own. Reports and returns nullopt when it is not a word's result.
std::optional<Entry> read_entry(lua_State* L, int index, const std::string& found_in, const SourceLocation& at,
                                Diagnostics& out);

// "scene \"arrival\"", "choice", "indicator \"documents_held\"" (safe to print, however odd the id).
std::string describe_entry(const Entry& entry);

// A field name as messages show it: `minutes`.
std::string quoted_field(std::string_view name);

// The fields of one element, read one at a time. Every getter returns nothing (nullopt or empty)
// when the field is absent, and also when it has the wrong type, which it reports.
class Fields {
public:
    // `element` names the element in messages: "scenario", "scene \"arrival\"", "a choice in ...".
    Fields(lua_State* L, const Entry& entry, std::string element, Diagnostics& out);

    bool has(const char* name) const;
    // A text of one language, at most `most` bytes long.
    std::optional<std::string> string(const char* name, const char* example, std::size_t most = kMostTextBytes);
    std::optional<std::string> id(const char* name, const char* example);      // a short name: "arrival"
    std::optional<int> whole_number(const char* name, const char* example);
    std::optional<bool> boolean(const char* name, const char* example);
    Text text(const char* name);                                        // { es = "…", en = "…" }
    std::vector<Text> texts(const char* name);                          // { { es, en }, … }
    std::vector<std::string> ids(const char* name, const char* example);  // "a" or { "a", "b" }
    // { trust = 1, safety = -2 }, sorted by name (Lua does not keep the order written).
    std::vector<std::pair<std::string, int>> numbers_by_name(const char* name, const char* example);

    // A table of named fields, like person = { age = "adult" }: `visit` reads it with Fields of its
    // own (messages name it "`person` in scenario"). False when absent or not a table (reported).
    bool nested(const char* name, const char* example, const std::function<void(Fields&)>& visit);
    // A list of such tables, like contexts = { { country = "MX", … }, { … } }: `visit` reads each.
    void nested_list(const char* name, const char* example, const std::function<void(Fields&)>& visit);

    // Reports a required field that is absent. Only for what the validator cannot see (it checks
    // texts, minutes, start and targets itself).
    void require(const char* name, const char* example);

    // The entries written in the list part, in order. Each must be a word's result whose kind is in
    // `kinds`; anything else is reported. `visit` runs with the entry's fields on the stack.
    void each_entry(std::initializer_list<std::string_view> kinds, const std::function<void(const Entry&)>& visit);

    // Warns about each named field not in `known`, with the likely intended one.
    void warn_unknown(std::initializer_list<std::string_view> known);

    const SourceLocation& where() const { return where_; }
    const std::string& element() const { return element_; }
    Diagnostics& diagnostics() const { return out_; }

    // Reports at this element's line.
    void error(std::string code, std::string message, std::string hint = {}) const;
    void warning(std::string code, std::string message, std::string hint = {}) const;

private:
    int push(const char* name) const;  // pushes the field's value; returns its Lua type
    void wrong_type(const std::string& name, const char* expected, const char* example) const;
    std::optional<Text> text_at(int index, const std::string& name);
    // The string at the top of the stack, when it is readable text of at most `most` bytes;
    // otherwise reported as a problem of field `name`.
    std::optional<std::string> checked_string(const std::string& name, std::size_t most) const;

    lua_State* L_;
    int table_;
    std::string element_;
    SourceLocation where_;
    Diagnostics& out_;
};

// How many errors `diagnostics` holds, so that a loader can tell whether it added any.
std::size_t count_errors(const Diagnostics& diagnostics);

}  // namespace senales
