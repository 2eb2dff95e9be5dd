#include "script/lua_reader.h"

#include <lua.hpp>

#include <algorithm>
#include <climits>

#include "script/author_file.h"
#include "script/plain_text.h"

namespace senales {

namespace {

// How a value looks to an author, in plain words.
std::string plain_type(lua_State* L, int index) {
    switch (lua_type(L, index)) {
        case LUA_TSTRING: return "a text in quotes";
        case LUA_TNUMBER: return lua_isinteger(L, index) ? "a whole number" : "a number with decimals";
        case LUA_TTABLE: return "a table in braces";
        case LUA_TBOOLEAN: return "true or false";
        case LUA_TNIL: return "nothing";
        case LUA_TFUNCTION: return "a function";
        default: return std::string("a ") + lua_typename(L, lua_type(L, index));
    }
}

// Only call after checking lua_type(...) == LUA_TSTRING: lua_tolstring would turn a number into a
// string in place, which breaks lua_next.
std::string string_at(lua_State* L, int index) {
    std::size_t size = 0;
    const char* bytes = lua_tolstring(L, index, &size);
    return std::string(bytes, size);
}

// A raw field of the table at `table` (absolute), pushed; returns its type.
int push_raw(lua_State* L, int table, const char* name) {
    lua_pushstring(L, name);
    return lua_rawget(L, table);
}

std::string join(std::initializer_list<std::string_view> words, std::string_view last_joiner) {
    std::string out;
    std::size_t i = 0;
    for (std::string_view word : words) {
        if (i > 0) out += i + 1 == words.size() ? last_joiner : std::string_view(", ");
        out += word;
        ++i;
    }
    return out;
}

std::string did_you_mean(const std::string& word, std::initializer_list<std::string_view> known) {
    if (word.size() > kMostIdBytes) return {};  // no field name is that long, and comparing costs time
    const std::string guess = closest_match(word, std::vector<std::string>(known.begin(), known.end()));
    return guess.empty() ? std::string() : "did you mean `" + guess + "`?";
}

std::string shorter_hint(std::size_t most) {
    if (most == kMostIdBytes) return "ids are short names, like \"arrival\"";
    if (most == kMostConditionBytes) return "use a story variable for part of the condition";
    if (most == kMostFileNameBytes) return "give the file a shorter name";
    return "a player reads this on one screen: split it, or move part of it to another scene";
}

// Problems reported about one list before the rest of it is skipped.
constexpr int kMostProblemsPerList = 10;

// Stands in for a side of a text that was already reported, so that the validator does not report
// it again as missing. A file with a reported error never loads, so no player sees it.
constexpr const char* kReported = "?";

}  // namespace

bool too_many_problems(const Diagnostics& diagnostics) { return diagnostics.items().size() >= kMostDiagnostics; }

void report_too_many(const SourceLocation& at, Diagnostics& diagnostics) {
    diagnostics.error(at, "too-many-problems",
                      "stopped after " + std::to_string(kMostDiagnostics) + " problems; there may be more",
                      "fix the ones above, then check again");
}

std::size_t count_errors(const Diagnostics& diagnostics) {
    return static_cast<std::size_t>(std::count_if(diagnostics.items().begin(), diagnostics.items().end(),
                                                  [](const Diagnostic& d) { return d.level == DiagnosticLevel::error; }));
}

StackScope::StackScope(lua_State* L) : L_(L), top_(lua_gettop(L)) {}
StackScope::~StackScope() { lua_settop(L_, top_); }

std::string quoted_field(std::string_view name) {
    std::string out = "`";
    out += name;
    out += '`';
    return out;
}

std::string describe_entry(const Entry& entry) {
    const std::string kind = printable(entry.kind, 20);
    return entry.id.empty() ? kind : kind + " \"" + printable(entry.id, kMostIdBytes) + "\"";
}

std::optional<Entry> read_entry(lua_State* L, int index, const std::string& found_in, const SourceLocation& at,
                                Diagnostics& out) {
    index = lua_absindex(L, index);
    if (lua_type(L, index) != LUA_TTABLE) {
        out.error(at, "not-an-entry", found_in + " is " + plain_type(L, index) + ", not a scene, choice or other entry",
                  "each entry starts with the word that says what it is, like choice { … }, and ends with a comma");
        return std::nullopt;
    }
    Entry entry;
    entry.where.file = at.file;
    if (push_raw(L, index, "kind") != LUA_TSTRING) {
        lua_pop(L, 1);
        out.error(at, "not-an-entry", found_in + " is a table in braces with no word before it",
                  "start it with the word that says what it is, like choice { … } or scene \"id\" { … }");
        return std::nullopt;
    }
    entry.kind = string_at(L, -1);
    lua_pop(L, 1);
    if (push_raw(L, index, "id") == LUA_TSTRING) entry.id = string_at(L, -1);
    lua_pop(L, 1);
    if (push_raw(L, index, "line") == LUA_TNUMBER && lua_isinteger(L, -1)) {
        const lua_Integer line = lua_tointeger(L, -1);
        entry.where.line = line > 0 && line < INT_MAX ? static_cast<int>(line) : 0;
    }
    lua_pop(L, 1);
    if (entry.where.line == 0) entry.where.line = at.line;
    // An odd id is reported, and replaced by its printable start so that nothing further (messages,
    // "did you mean" comparisons) has to handle it.
    const std::optional<std::string> problem = text_problem(entry.id);
    if (problem || entry.id.size() > kMostIdBytes) {
        const std::string shown = printable(entry.id, kMostIdBytes);
        if (problem)
            out.error(entry.where, "bad-text", "the id of " + describe_entry(entry) + " is not plain text: " + *problem,
                      "ids are short names in letters, digits and _, like \"arrival\"");
        else
            out.error(entry.where, "too-long", "the id of " + printable(entry.kind, 20) + " \"" + shown + "\" is " +
                                                   size_in_words(entry.id.size()) + " long; an id may be at most " +
                                                   std::to_string(kMostIdBytes) + " bytes",
                      "ids are short names, like \"arrival\"");
        entry.id = shown;
    }
    if (push_raw(L, index, "fields") != LUA_TTABLE) {
        lua_pop(L, 1);
        out.error(entry.where, "missing-braces", describe_entry(entry) + " has no fields: its braces are missing",
                  "write it like " + entry.kind + " \"" + entry.id + "\" { … }");
        return std::nullopt;
    }
    entry.fields = lua_gettop(L);
    return entry;
}

Fields::Fields(lua_State* L, const Entry& entry, std::string element, Diagnostics& out)
    : L_(L), table_(entry.fields), element_(std::move(element)), where_(entry.where), out_(out) {}

void Fields::error(std::string code, std::string message, std::string hint) const {
    out_.error(where_, std::move(code), std::move(message), std::move(hint));
}

void Fields::warning(std::string code, std::string message, std::string hint) const {
    out_.warning(where_, std::move(code), std::move(message), std::move(hint));
}

int Fields::push(const char* name) const { return push_raw(L_, table_, name); }

bool Fields::has(const char* name) const {
    StackScope scope(L_);
    return push(name) != LUA_TNIL;
}

void Fields::wrong_type(const std::string& name, const char* expected, const char* example) const {
    std::string hint = "it is " + plain_type(L_, -1) + " now";
    if (lua_type(L_, -1) == LUA_TFUNCTION)
        hint += ": a scenario file describes the story and hands the game no code to run, so write the value itself";
    error("wrong-type", "`" + name + "` in " + element_ + " must be " + expected + ", like " + example, hint);
}

void Fields::require(const char* name, const char* example) {
    if (!has(name))
        error("missing-field", element_ + " has no `" + name + "`", std::string("add ") + example);
}

std::optional<std::string> Fields::checked_string(const std::string& name, std::size_t most) const {
    std::string value = string_at(L_, -1);
    if (const std::optional<std::string> problem = text_problem(value)) {
        const bool control = problem->find("control") != std::string::npos;
        error("bad-text", quoted_field(name) + " in " + element_ + " is not plain text: " + *problem,
              control ? "remove it: texts hold words, spaces, tabs and line breaks"
                      : "save the file as UTF-8 (in most editors: Save as, then Encoding: UTF-8)");
        return std::nullopt;
    }
    if (value.size() > most) {
        error("too-long", quoted_field(name) + " in " + element_ + " is " + size_in_words(value.size()) +
                              " long; it may be at most " + size_in_words(most),
              shorter_hint(most));
        return std::nullopt;
    }
    return value;
}

std::optional<std::string> Fields::string(const char* name, const char* example, std::size_t most) {
    StackScope scope(L_);
    const int type = push(name);
    if (type == LUA_TNIL) return std::nullopt;
    if (type != LUA_TSTRING) {
        wrong_type(name, "a text in quotes", example);
        return std::nullopt;
    }
    return checked_string(name, most);
}

std::optional<std::string> Fields::id(const char* name, const char* example) {
    StackScope scope(L_);
    const int type = push(name);
    if (type == LUA_TNIL) return std::nullopt;
    if (type != LUA_TSTRING) {
        wrong_type(name, "an id in quotes", example);
        return std::nullopt;
    }
    return checked_string(name, kMostIdBytes);
}

std::optional<int> Fields::whole_number(const char* name, const char* example) {
    StackScope scope(L_);
    const int type = push(name);
    if (type == LUA_TNIL) return std::nullopt;
    int exact = 0;
    const lua_Integer value = type == LUA_TNUMBER ? lua_tointegerx(L_, -1, &exact) : 0;
    if (!exact || value < -1'000'000'000 || value > 1'000'000'000) {
        wrong_type(name, "a whole number", example);
        return std::nullopt;
    }
    return static_cast<int>(value);
}

std::optional<bool> Fields::boolean(const char* name, const char* example) {
    StackScope scope(L_);
    const int type = push(name);
    if (type == LUA_TNIL) return std::nullopt;
    if (type != LUA_TBOOLEAN) {
        wrong_type(name, "true or false", example);
        return std::nullopt;
    }
    return lua_toboolean(L_, -1) != 0;
}

// The text table at `index` (absolute). Missing languages are left empty: the validator reports
// them, so that every front end says the same thing.
std::optional<Text> Fields::text_at(int index, const std::string& name) {
    const std::string example = name + " = { es = \"…\", en = \"…\" }";
    if (lua_type(L_, index) != LUA_TTABLE) {
        lua_pushvalue(L_, index);
        wrong_type(name, "a text in both languages", example.c_str());
        lua_pop(L_, 1);
        return std::nullopt;
    }
    Text text;
    bool ok = true;
    int unknown = 0;
    lua_pushnil(L_);
    while (lua_next(L_, index) != 0) {
        if (lua_type(L_, -2) != LUA_TSTRING) {
            if (ok)
                error("wrong-type", "`" + name + "` in " + element_ + " must name its languages, like " + example,
                      "write es = before the Spanish text and en = before the English one");
            ok = false;
        } else {
            const std::string lang = string_at(L_, -2);
            std::string* slot = lang == "es" ? &text.es : lang == "en" ? &text.en : nullptr;
            if (!slot) {
                if (unknown++ < kMostProblemsPerList)
                    warning("unknown-field", "`" + name + "` in " + element_ + " has a language `" +
                                                 printable(lang, 20) + "` that is not read",
                            "a text has es (Spanish) and en (English)");
            } else if (lua_type(L_, -1) != LUA_TSTRING) {
                wrong_type(name + "." + lang, "a text in quotes", example.c_str());
                *slot = kReported;
            } else {
                *slot = checked_string(name + "." + lang, kMostTextBytes).value_or(kReported);
            }
        }
        lua_pop(L_, 1);
    }
    if (!ok) return std::nullopt;
    return text;
}

Text Fields::text(const char* name) {
    StackScope scope(L_);
    if (push(name) == LUA_TNIL) return {};
    return text_at(lua_gettop(L_), name).value_or(Text{});
}

std::vector<Text> Fields::texts(const char* name) {
    StackScope scope(L_);
    const int type = push(name);
    std::vector<Text> out;
    if (type == LUA_TNIL) return out;
    const std::string example = std::string(name) + " = { { es = \"…\", en = \"…\" }, { es = \"…\", en = \"…\" } }";
    // A single text where a list belongs is the likely slip: { es = "…" } instead of { { es = "…" } }.
    // An empty list is left to the validator, which says what the list is for.
    bool wrong = type != LUA_TTABLE;
    if (!wrong && lua_rawlen(L_, -1) == 0) {
        lua_pushnil(L_);
        wrong = lua_next(L_, -2) != 0;
        lua_settop(L_, lua_gettop(L_) - (wrong ? 2 : 0));
        if (!wrong) return out;
    }
    if (wrong) {
        if (type == LUA_TTABLE)
            error("wrong-type", quoted_field(name) + " in " + element_ + " must be a list of texts, like " + example,
                  "it is a single text now: put it in braces of its own, { { es = \"…\", en = \"…\" } }");
        else
            wrong_type(name, "a list of texts in both languages", example.c_str());
        return out;
    }
    const int list = lua_gettop(L_);
    const lua_Integer count = static_cast<lua_Integer>(lua_rawlen(L_, list));
    if (count > static_cast<lua_Integer>(kMostListItems)) {
        error("too-long", quoted_field(name) + " in " + element_ + " lists " + std::to_string(count) +
                              " texts; it may list at most " + std::to_string(kMostListItems),
              "keep the ones that matter most");
        return out;
    }
    for (lua_Integer i = 1; i <= count; ++i) {
        lua_rawgeti(L_, list, i);
        if (std::optional<Text> text = text_at(lua_gettop(L_), std::string(name) + "[" + std::to_string(i) + "]"))
            out.push_back(std::move(*text));
        lua_pop(L_, 1);
    }
    return out;
}

std::vector<std::string> Fields::ids(const char* name, const char* example) {
    StackScope scope(L_);
    const int type = push(name);
    std::vector<std::string> out;
    if (type == LUA_TNIL) return out;
    if (type == LUA_TSTRING) {
        if (std::optional<std::string> one = checked_string(name, kMostIdBytes)) out.push_back(std::move(*one));
        return out;
    }
    if (type != LUA_TTABLE) {
        wrong_type(name, "an id in quotes or a list of them", example);
        return out;
    }
    const int list = lua_gettop(L_);
    if (lua_rawlen(L_, list) > kMostListItems) {
        error("too-long", quoted_field(name) + " in " + element_ + " lists " + std::to_string(lua_rawlen(L_, list)) +
                              " ids; it may list at most " + std::to_string(kMostListItems),
              "keep the ones that matter most for this choice");
        return out;
    }
    lua_pushnil(L_);
    while (lua_next(L_, list) != 0) {
        if (!lua_isinteger(L_, -2) || lua_type(L_, -1) != LUA_TSTRING) {
            wrong_type(name, "an id in quotes or a list of them", example);
            return {};
        }
        lua_pop(L_, 1);
    }
    const lua_Integer count = static_cast<lua_Integer>(lua_rawlen(L_, list));
    for (lua_Integer i = 1; i <= count; ++i) {
        if (lua_rawgeti(L_, list, i) == LUA_TSTRING)
            if (std::optional<std::string> one = checked_string(name, kMostIdBytes)) out.push_back(std::move(*one));
        lua_pop(L_, 1);
    }
    return out;
}

std::vector<std::pair<std::string, int>> Fields::numbers_by_name(const char* name, const char* example) {
    StackScope scope(L_);
    const int type = push(name);
    std::vector<std::pair<std::string, int>> out;
    if (type == LUA_TNIL) return out;
    if (type != LUA_TTABLE) {
        wrong_type(name, "a table of names and whole numbers", example);
        return out;
    }
    const int table = lua_gettop(L_);
    int problems = 0;
    lua_pushnil(L_);
    while (problems < kMostProblemsPerList && lua_next(L_, table) != 0) {
        int exact = 0;
        const lua_Integer value = lua_type(L_, -1) == LUA_TNUMBER ? lua_tointegerx(L_, -1, &exact) : 0;
        const bool named = lua_type(L_, -2) == LUA_TSTRING;
        const std::string key = named ? string_at(L_, -2) : std::string();
        if (!named) {
            wrong_type(name, "a table of names and whole numbers", example);
            ++problems;
        } else if (text_problem(key) || key.size() > kMostIdBytes) {
            error("bad-variable", quoted_field(name) + " in " + element_ + " has a name that is not a short plain name: `" +
                                      printable(key, 20) + "`",
                  "story variables are named with letters, digits and _, like trust or safety_2");
            ++problems;
        } else if (!exact || value < -1'000'000'000 || value > 1'000'000'000) {
            wrong_type(std::string(name) + "." + key, "a whole number", example);
            ++problems;
        } else {
            out.emplace_back(key, static_cast<int>(value));
        }
        lua_pop(L_, 1);
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool Fields::nested(const char* name, const char* example, const std::function<void(Fields&)>& visit) {
    StackScope scope(L_);
    const int type = push(name);
    if (type == LUA_TNIL) return false;
    if (type != LUA_TTABLE) {
        wrong_type(name, "a table of named fields", example);
        return false;
    }
    Entry entry{"", "", where_, lua_gettop(L_)};
    Fields inner(L_, entry, quoted_field(name) + " in " + element_, out_);
    visit(inner);
    return true;
}

void Fields::nested_list(const char* name, const char* example, const std::function<void(Fields&)>& visit) {
    StackScope scope(L_);
    const int type = push(name);
    if (type == LUA_TNIL) return;
    if (type != LUA_TTABLE) {
        wrong_type(name, "a list of tables", example);
        return;
    }
    const int list = lua_gettop(L_);
    const lua_Integer count = static_cast<lua_Integer>(lua_rawlen(L_, list));
    for (lua_Integer i = 1; i <= count && i <= static_cast<lua_Integer>(kMostListItems); ++i) {
        StackScope item_scope(L_);
        if (lua_rawgeti(L_, list, i) != LUA_TTABLE) {
            wrong_type(std::string(name) + "[" + std::to_string(i) + "]", "a table of named fields", example);
            continue;
        }
        Entry entry{"", "", where_, lua_gettop(L_)};
        Fields inner(L_, entry, quoted_field(name) + " entry " + std::to_string(i) + " in " + element_, out_);
        visit(inner);
    }
    if (count > static_cast<lua_Integer>(kMostListItems))
        error("too-many", quoted_field(name) + " in " + element_ + " has " + std::to_string(count) + " entries; it may have " +
                              std::to_string(kMostListItems),
              "keep the contexts that differ");
}

void Fields::each_entry(std::initializer_list<std::string_view> kinds, const std::function<void(const Entry&)>& visit) {
    const lua_Integer count = static_cast<lua_Integer>(lua_rawlen(L_, table_));
    int problems = 0;
    for (lua_Integer i = 1; i <= count && !too_many_problems(out_); ++i) {
        if (problems == kMostProblemsPerList) {
            error("too-many-problems", "more entries of " + element_ + " have problems like the ones above",
                  "fix those, then check again");
            return;
        }
        StackScope scope(L_);
        lua_rawgeti(L_, table_, i);
        const std::string found_in = "entry " + std::to_string(i) + " of " + element_;
        const std::optional<Entry> entry = read_entry(L_, -1, found_in, where_, out_);
        if (!entry) {
            ++problems;
            continue;
        }
        if (std::find(kinds.begin(), kinds.end(), entry->kind) == kinds.end()) {
            out_.error(entry->where, "misplaced-entry", describe_entry(*entry) + " cannot go inside " + element_,
                       kinds.size() == 0 ? element_ + " holds only named fields"
                                         : element_ + " holds " + join(kinds, " and ") + " entries");
            ++problems;
            continue;
        }
        visit(*entry);
    }
}

void Fields::warn_unknown(std::initializer_list<std::string_view> known) {
    StackScope scope(L_);
    const lua_Integer count = static_cast<lua_Integer>(lua_rawlen(L_, table_));
    int unknown = 0;
    lua_pushnil(L_);
    while (lua_next(L_, table_) != 0) {
        bool read = true;
        if (lua_type(L_, -2) == LUA_TSTRING) {
            const std::string name = string_at(L_, -2);
            read = std::find(known.begin(), known.end(), name) != known.end();
            if (!read && unknown < kMostProblemsPerList) {
                const std::string guess = did_you_mean(name, known);
                warning("unknown-field", element_ + " has a field `" + printable(name, kMostIdBytes) + "` that is not read",
                        guess.empty() ? "the fields here are: " + join(known, " and ") : guess);
            }
        } else if (!lua_isinteger(L_, -2) || lua_tointeger(L_, -2) < 1 || lua_tointeger(L_, -2) > count) {
            read = false;
            if (unknown < kMostProblemsPerList)
                warning("unknown-field", element_ + " has an entry under a key that is " + plain_type(L_, -2) +
                                             ", which is not read",
                        "name each field, like text = { … }, or list entries without keys");
        }
        unknown += !read;
        lua_pop(L_, 1);
    }
    if (unknown > kMostProblemsPerList)
        warning("unknown-field", element_ + " has " + std::to_string(unknown - kMostProblemsPerList) +
                                     " more fields that are not read",
                "the fields here are: " + join(known, " and "));
}

}  // namespace senales
