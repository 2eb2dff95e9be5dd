#include "script/lua_reader.h"

#include <lua5.4/lua.hpp>

#include <algorithm>
#include <climits>

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
    const std::string guess = closest_match(word, std::vector<std::string>(known.begin(), known.end()));
    return guess.empty() ? std::string() : "did you mean `" + guess + "`?";
}

}  // namespace

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
    return entry.id.empty() ? entry.kind : entry.kind + " \"" + entry.id + "\"";
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
    error("wrong-type", "`" + name + "` in " + element_ + " must be " + expected + ", like " + example,
          "it is " + plain_type(L_, -1) + " now");
}

void Fields::require(const char* name, const char* example) {
    if (!has(name))
        error("missing-field", element_ + " has no `" + name + "`", std::string("add ") + example);
}

std::optional<std::string> Fields::string(const char* name, const char* example) {
    StackScope scope(L_);
    const int type = push(name);
    if (type == LUA_TNIL) return std::nullopt;
    if (type != LUA_TSTRING) {
        wrong_type(name, "a text in quotes", example);
        return std::nullopt;
    }
    return string_at(L_, -1);
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
                warning("unknown-field", "`" + name + "` in " + element_ + " has a language `" + lang + "` that is not read",
                        "a text has es (Spanish) and en (English)");
            } else if (lua_type(L_, -1) != LUA_TSTRING) {
                wrong_type(name + "." + lang, "a text in quotes", example.c_str());
                ok = false;
            } else {
                *slot = string_at(L_, -1);
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
    if (type == LUA_TSTRING) return {string_at(L_, -1)};
    if (type != LUA_TTABLE) {
        wrong_type(name, "an id in quotes or a list of them", example);
        return out;
    }
    const int list = lua_gettop(L_);
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
        if (lua_rawgeti(L_, list, i) == LUA_TSTRING) out.push_back(string_at(L_, -1));
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
    lua_pushnil(L_);
    while (lua_next(L_, table) != 0) {
        int exact = 0;
        const lua_Integer value = lua_type(L_, -1) == LUA_TNUMBER ? lua_tointegerx(L_, -1, &exact) : 0;
        if (lua_type(L_, -2) != LUA_TSTRING) {
            wrong_type(name, "a table of names and whole numbers", example);
        } else if (!exact || value < -1'000'000'000 || value > 1'000'000'000) {
            const std::string entry = string_at(L_, -2);
            wrong_type(std::string(name) + "." + entry, "a whole number", example);
        } else {
            out.emplace_back(string_at(L_, -2), static_cast<int>(value));
        }
        lua_pop(L_, 1);
    }
    std::sort(out.begin(), out.end());
    return out;
}

void Fields::each_entry(std::initializer_list<std::string_view> kinds, const std::function<void(const Entry&)>& visit) {
    const lua_Integer count = static_cast<lua_Integer>(lua_rawlen(L_, table_));
    for (lua_Integer i = 1; i <= count; ++i) {
        StackScope scope(L_);
        lua_rawgeti(L_, table_, i);
        const std::string found_in = "entry " + std::to_string(i) + " of " + element_;
        const std::optional<Entry> entry = read_entry(L_, -1, found_in, where_, out_);
        if (!entry) continue;
        if (std::find(kinds.begin(), kinds.end(), entry->kind) == kinds.end()) {
            out_.error(entry->where, "misplaced-entry", describe_entry(*entry) + " cannot go inside " + element_,
                       kinds.size() == 0 ? element_ + " holds only named fields"
                                         : element_ + " holds " + join(kinds, " and ") + " entries");
            continue;
        }
        visit(*entry);
    }
}

void Fields::warn_unknown(std::initializer_list<std::string_view> known) {
    StackScope scope(L_);
    const lua_Integer count = static_cast<lua_Integer>(lua_rawlen(L_, table_));
    lua_pushnil(L_);
    while (lua_next(L_, table_) != 0) {
        if (lua_type(L_, -2) == LUA_TSTRING) {
            const std::string name = string_at(L_, -2);
            if (std::find(known.begin(), known.end(), name) == known.end()) {
                const std::string guess = did_you_mean(name, known);
                warning("unknown-field", element_ + " has a field `" + name + "` that is not read",
                        guess.empty() ? "the fields here are: " + join(known, " and ") : guess);
            }
        } else if (!lua_isinteger(L_, -2) || lua_tointeger(L_, -2) < 1 || lua_tointeger(L_, -2) > count) {
            warning("unknown-field", element_ + " has an entry under a key that is " + plain_type(L_, -2) +
                                         ", which is not read",
                    "name each field, like text = { … }, or list entries without keys");
        }
        lua_pop(L_, 1);
    }
}

}  // namespace senales
