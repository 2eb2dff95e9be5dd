#include "script/catalog_loader.h"

#include <lua.hpp>

#include <map>
#include <string>
#include <vector>

#include "core/text_keys.h"
#include "core/validate.h"
#include "script/author_file.h"
#include "script/lua_reader.h"

namespace senales {

namespace {

// The enum value whose name is `word`, among `all`.
template <typename Enum, std::size_t N>
std::optional<Enum> parse_name(const std::string& word, const Enum (&all)[N]) {
    for (Enum value : all)
        if (to_string(value) == word) return value;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
std::vector<std::string> names_of(const Enum (&all)[N]) {
    std::vector<std::string> names;
    for (Enum value : all) names.emplace_back(to_string(value));
    return names;
}

constexpr Strength kAllStrengths[] = {Strength::weak, Strength::medium, Strength::strong};
constexpr Severity kAllSeverities[] = {Severity::minor, Severity::serious, Severity::grave};

class CatalogReader {
public:
    CatalogReader(lua_State* L, const std::filesystem::path& file, Catalog& catalog, Diagnostics& out)
        : L_(L), file_(file.string()), name_(file.filename().string()), catalog_(catalog), out_(out) {}

    // The file's result is the only value on the stack.
    void read() {
        StackScope scope(L_);
        const SourceLocation top{file_, 0};
        const std::string list_hint = "end the file with return { source \"…\" { … }, source \"…\" { … } }";
        if (lua_type(L_, 1) != LUA_TTABLE) {
            out_.error(top, "not-a-list", name_ + " must return a list of entries", list_hint);
            return;
        }
        lua_pushliteral(L_, "kind");
        const bool single_entry = lua_rawget(L_, 1) != LUA_TNIL;
        lua_pop(L_, 1);
        if (single_entry) {
            out_.error(top, "not-a-list", name_ + " returns one entry instead of a list of them",
                       "put the entries in braces: return { … , … }");
            return;
        }
        const Entry list{"list", "", top, 1};
        Fields fields(L_, list, name_, out_);
        fields.each_entry({"source", "principle", "element", "indicator", "practice", "harm"},
                          [&](const Entry& entry) { read_one(entry); });
        fields.warn_unknown({});
    }

private:
    void read_one(const Entry& entry) {
        Fields fields(L_, entry, describe_entry(entry), out_);
        if (entry.kind == "source") read_source(entry, fields);
        if (entry.kind == "principle") read_principle(entry, fields);
        if (entry.kind == "element") read_element(entry, fields);
        if (entry.kind == "indicator") read_indicator(entry, fields);
        if (entry.kind == "practice") read_practice(entry, fields);
        if (entry.kind == "harm") read_harm(entry, fields);
        fields.each_entry({}, [](const Entry&) {});
    }

    void read_source(const Entry& entry, Fields& fields) {
        Source source{entry.id, {}, {}, entry.where, {}, 0};
        fields.require("title", "title = \"…\"");
        source.title = fields.string("title", "title = \"…\"").value_or("");
        source.url = fields.string("url", "url = \"https://…\"").value_or("");
        source.publisher = fields.string("publisher", "publisher = \"UNODC\"").value_or("");
        source.year = fields.whole_number("year", "year = 2009").value_or(0);
        fields.warn_unknown({"title", "url", "publisher", "year"});
        add(catalog_.sources, std::move(source), entry);
    }

    void read_principle(const Entry& entry, Fields& fields) {
        Principle principle;
        principle.id = entry.id;
        principle.where = entry.where;
        principle.name = fields.text("name");
        principle.explanation = fields.text("explanation");
        principle.sources = sources(fields);
        fields.warn_unknown({"name", "explanation", "sources"});
        add(catalog_.principles, std::move(principle), entry);
    }

    void read_element(const Entry& entry, Fields& fields) {
        LegalElement element;
        element.where = entry.where;
        const std::optional<Element> which = parse_name(entry.id, kAllElements);
        if (!which) {
            fields.error("bad-value", "unknown element \"" + entry.id + "\"", "the three elements are act, means and purpose");
            return;
        }
        element.element = *which;
        element.name = fields.text("name");
        element.explanation = fields.text("explanation");
        element.sources = sources(fields);
        fields.warn_unknown({"name", "explanation", "sources"});
        if (catalog_.elements.count(*which)) {
            out_.error(entry.where, "duplicate-id", describe_entry(entry) + " is defined twice", "keep one of the two");
            return;
        }
        catalog_.elements.emplace(*which, std::move(element));
    }

    void read_indicator(const Entry& entry, Fields& fields) {
        Indicator indicator;
        indicator.id = entry.id;
        indicator.where = entry.where;
        indicator.dimension = one_of("dimension", kAllDimensions, fields).value_or(indicator.dimension);
        indicator.strength = one_of("strength", kAllStrengths, fields).value_or(indicator.strength);
        indicator.element = one_of("element", kAllElements, fields).value_or(indicator.element);
        indicator.name = fields.text("name");
        indicator.explanation = fields.text("explanation");
        indicator.sources = sources(fields);
        fields.warn_unknown({"dimension", "element", "strength", "name", "explanation", "sources"});
        add(catalog_.indicators, std::move(indicator), entry);
    }

    void read_practice(const Entry& entry, Fields& fields) {
        Practice practice;
        practice.id = entry.id;
        practice.where = entry.where;
        practice.principle = principle(fields);
        practice.name = fields.text("name");
        practice.explanation = fields.text("explanation");
        practice.sources = sources(fields);
        read_contexts(fields, practice.countries, practice.contexts, false);
        fields.warn_unknown({"principle", "name", "explanation", "sources", "countries", "contexts"});
        add(catalog_.practices, std::move(practice), entry);
    }

    void read_harm(const Entry& entry, Fields& fields) {
        Harm harm;
        harm.id = entry.id;
        harm.where = entry.where;
        harm.principle = principle(fields);
        harm.severity = one_of("severity", kAllSeverities, fields).value_or(harm.severity);
        harm.child_severity = one_of("child_severity", kAllSeverities, fields, false);
        harm.name = fields.text("name");
        harm.instead = fields.text("instead");
        harm.explanation = fields.text("explanation");
        harm.sources = sources(fields);
        read_contexts(fields, harm.countries, harm.contexts, true);
        fields.warn_unknown({"principle", "severity", "child_severity", "name", "instead", "explanation", "sources",
                             "countries", "contexts"});
        add(catalog_.harms, std::move(harm), entry);
    }

    // countries = { "GT" }: where the entry's own texts hold; contexts = { { country = "MX",
    // explanation = { … }, instead = { … } }, { audience = "community", … } }: wording elsewhere.
    void read_contexts(Fields& fields, std::vector<std::string>& countries, std::vector<ContextWording>& contexts,
                       bool harm) {
        countries = fields.ids("countries", "countries = { \"GT\" }");
        fields.nested_list("contexts", "contexts = { { country = \"MX\", explanation = { es = \"…\", en = \"…\" } } }",
                           [&](Fields& context) {
                               ContextWording c;
                               c.where = context.where();
                               c.country = context.id("country", "country = \"MX\"").value_or("");
                               c.audience = context.id("audience", "audience = \"community\"").value_or("");
                               if (!c.audience.empty() && c.audience != "police" && c.audience != "consular" &&
                                   c.audience != "community")
                                   context.error("bad-value", "unknown audience \"" + c.audience + "\" in " + context.element(),
                                                 "it is police, consular or community");
                               if (c.country.empty() && c.audience.empty())
                                   context.error("missing-field", context.element() + " says neither a country nor an audience",
                                                 "add country = \"MX\" or audience = \"community\"");
                               c.explanation = context.text("explanation");
                               if (harm) c.instead = context.text("instead");
                               if (c.explanation.empty() && c.instead.empty())
                                   context.error("missing-text", context.element() + " words nothing",
                                                 harm ? "add instead = { es = \"…\", en = \"…\" } or explanation = { … }"
                                                      : "add explanation = { es = \"…\", en = \"…\" }");
                               if (harm) context.warn_unknown({"country", "audience", "explanation", "instead"});
                               else context.warn_unknown({"country", "audience", "explanation"});
                               contexts.push_back(std::move(c));
                           });
    }

    std::vector<std::string> sources(Fields& fields) {
        return fields.ids("sources", "sources = { \"5\", \"13\" }");
    }

    std::string principle(Fields& fields) {
        fields.require("principle", "principle = \"<id from principles.lua>\"");
        return fields.id("principle", "principle = \"do_no_harm\"").value_or("");
    }

    // A required field whose value is one of a fixed set of names (dimension, strength, severity).
    template <typename Enum, std::size_t N>
    std::optional<Enum> one_of(const char* field, const Enum (&all)[N], Fields& fields, bool required = true) {
        const std::vector<std::string> names = names_of(all);
        std::string listed;
        for (const std::string& name : names) listed += (listed.empty() ? "" : ", ") + name;
        const std::string example = std::string(field) + " = \"" + names.front() + "\"";
        if (required) fields.require(field, example.c_str());
        const std::optional<std::string> word = fields.id(field, example.c_str());
        if (!word) return std::nullopt;
        if (std::optional<Enum> value = parse_name(*word, all)) return value;
        const std::string guess = closest_match(*word, names);
        fields.error("bad-value", "unknown " + std::string(field) + " \"" + *word + "\" in " + fields.element(),
                     guess.empty() ? "it is one of: " + listed : "did you mean \"" + guess + "\"?");
        return std::nullopt;
    }

    template <typename Item>
    void add(std::map<std::string, Item>& items, Item item, const Entry& entry) {
        if (auto first = items.find(entry.id); first != items.end()) {
            const SourceLocation& at = first->second.where;
            out_.error(entry.where, "duplicate-id",
                       describe_entry(entry) + " is already defined at " + at.file + ":" + std::to_string(at.line),
                       "give each " + entry.kind + " its own id, or remove one of the two");
            return;
        }
        items.emplace(entry.id, std::move(item));
    }

    lua_State* L_;
    std::string file_;
    std::string name_;
    Catalog& catalog_;
    Diagnostics& out_;
};

}  // namespace

std::optional<Catalog> load_catalog(const std::filesystem::path& lua_root, Diagnostics& diagnostics,
                                    const Limits& limits) {
    return load_catalog_folder(lua_root / "catalog", lua_root, diagnostics, limits);
}

std::optional<Catalog> load_catalog_folder(const std::filesystem::path& catalog_dir,
                                           const std::filesystem::path& lua_root, Diagnostics& diagnostics,
                                           const Limits& limits) {
    const std::size_t errors_before = count_errors(diagnostics);
    std::vector<CatalogSource> files;
    for (const char* name : kCatalogFiles) {
        const std::filesystem::path file = catalog_dir / name;
        AuthorFile read = read_author_file(file, limits.file_bytes, diagnostics);
        if (read.missing)
            diagnostics.error(file.string(), 0, "missing-file", "cannot read the catalog file " + std::string(name),
                              "a catalog folder holds sources.lua, principles.lua, indicators.lua and practices.lua");
        files.push_back({file, std::move(read.bytes)});
    }
    std::optional<Catalog> catalog = load_catalog_sources(files, lua_root, diagnostics, limits);
    if (count_errors(diagnostics) > errors_before) return std::nullopt;
    return catalog;
}

std::optional<Catalog> load_catalog_sources(const std::vector<CatalogSource>& files,
                                            const std::filesystem::path& lua_root, Diagnostics& diagnostics,
                                            const Limits& limits) {
    const std::size_t errors_before = count_errors(diagnostics);
    Sandbox sandbox(limits);
    if (!sandbox.load_dsl(lua_root / "dsl.lua", diagnostics)) return std::nullopt;

    Catalog catalog;
    bool every_file_ran = true;
    for (const CatalogSource& source : files) {
        if (!source.bytes) {
            every_file_ran = false;
            continue;
        }
        if (!sandbox.run_author_file(source.file, *source.bytes, diagnostics)) {
            every_file_ran = false;
            if (sandbox.out_of_budget()) break;
            continue;
        }
        CatalogReader(sandbox.state(), source.file, catalog, diagnostics).read();
        if (too_many_problems(diagnostics)) {
            report_too_many({source.file.string(), 0}, diagnostics);
            every_file_ran = false;
            break;
        }
    }
    // With a file missing, every reference into it would be reported too: say the first thing only.
    if (every_file_ran) validate_catalog(catalog, diagnostics);
    assign_text_keys(catalog);
    if (count_errors(diagnostics) > errors_before) return std::nullopt;
    return catalog;
}

}  // namespace senales
