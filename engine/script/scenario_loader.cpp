#include "script/scenario_loader.h"

#include <lua.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <variant>

#include "core/hash.h"
#include "core/text_keys.h"
#include "core/validate.h"
#include "script/author_file.h"
#include "script/lua_reader.h"
#include "script/plain_text.h"

namespace senales {

namespace {

bool is_identifier(const std::string& name) {
    if (name.empty() || name == "and" || name == "or" || name == "not") return false;
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
    return letter(name[0]) &&
           std::all_of(name.begin(), name.end(), [&](char c) { return letter(c) || (c >= '0' && c <= '9'); });
}

bool is_scenario_id(const std::string& id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

std::string folder_name(const std::filesystem::path& folder) {
    std::filesystem::path normal = folder.lexically_normal();
    if (!normal.has_filename()) normal = normal.parent_path();
    return normal.filename().string();
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& known, std::string otherwise) {
    const std::string guess = closest_match(word, known);
    return guess.empty() ? otherwise : "did you mean \"" + guess + "\"?";
}

class ScenarioReader {
public:
    ScenarioReader(lua_State* L, const std::filesystem::path& file, const Limits& limits, Scenario& scenario,
                   Diagnostics& out)
        : L_(L), file_(file.string()), limits_(limits), scenario_(scenario), out_(out) {}

    // Reads the file's result, the only value on the stack. False when it is not a scenario at all,
    // or one over a limit, in which case checking it further would only repeat that.
    bool read() {
        StackScope scope(L_);
        const SourceLocation top{file_, 0};
        const std::string shape_hint = "the file ends with return scenario { … }";
        if (lua_isnil(L_, 1)) {
            out_.error(top, "not-a-scenario", "scenario.lua returns nothing", shape_hint);
            return false;
        }
        const std::optional<Entry> entry = read_entry(L_, 1, "what scenario.lua returns", top, out_);
        if (!entry) return false;
        if (entry->kind != "scenario") {
            out_.error(entry->where, "not-a-scenario", "scenario.lua returns " + describe_entry(*entry) + ", not a scenario",
                       shape_hint);
            return false;
        }
        scenario_.where = entry->where;
        Fields fields(L_, *entry, "scenario", out_);
        read_header(fields);
        fields.each_entry({"scene", "ending"}, [&](const Entry& scene) { read_scene(scene); });
        fields.warn_unknown({"title", "summary", "audience", "minutes", "difficulty", "feedback", "objectives",
                             "content_note", "start", "vars", "person", "setting"});
        // Past a limit, part of the scenario was skipped: checking the rest would only report that.
        return !over_a_limit_;
    }

private:
    void read_header(Fields& fields) {
        // Variables first: conditions and effects further down refer to them.
        const auto vars = fields.numbers_by_name("vars", "vars = { trust = 1, safety = 2 }");
        if (vars.size() > static_cast<std::size_t>(limits_.variables)) {
            over_a_limit_ = true;
            fields.error("too-many", "the scenario declares " + std::to_string(vars.size()) +
                                         " story variables; it may declare at most " + std::to_string(limits_.variables),
                         "keep the ones that conditions and effects need");
            return;
        }
        for (const auto& [name, value] : vars) {
            if (!is_identifier(name) || name.size() > kMostIdBytes) {
                fields.error("bad-variable", "the story variable `" + printable(name, kMostIdBytes) +
                                                 "` cannot be used in conditions",
                             "name it with letters, digits and _, like trust or safety_2");
                continue;
            }
            scenario_.variable_names.push_back(name);
            scenario_.initial_values.push_back(value);
        }
        scenario_.title = fields.text("title");
        scenario_.summary = fields.text("summary");
        scenario_.content_note = fields.text("content_note");
        scenario_.objectives = fields.texts("objectives");
        scenario_.start_id = fields.id("start", "start = \"arrival\"").value_or("");
        scenario_.minutes = fields.whole_number("minutes", "minutes = 15").value_or(0);
        fields.require("difficulty", "difficulty = 1 (first time), 2 (some practice) or 3 (advanced)");
        scenario_.difficulty = fields.whole_number("difficulty", "difficulty = 2").value_or(scenario_.difficulty);

        fields.require("audience", "audience = \"police\" (or consular, community)");
        if (const std::optional<std::string> audience = fields.id("audience", "audience = \"police\"")) {
            if (const std::optional<Audience> parsed = parse_audience(*audience))
                scenario_.audience = *parsed;
            else
                fields.error("bad-value", "unknown audience \"" + *audience + "\" in scenario",
                             did_you_mean(*audience, {"police", "consular", "community"},
                                          "it is one of: police, consular, community"));
        }
        read_person(fields);
        read_setting(fields);
        fields.require("feedback", "feedback = \"deferred\" (debrief only) or \"immediate\" (a note after each choice)");
        if (const std::optional<std::string> feedback = fields.id("feedback", "feedback = \"deferred\"")) {
            if (*feedback == "immediate")
                scenario_.feedback = Feedback::immediate;
            else if (*feedback == "deferred")
                scenario_.feedback = Feedback::deferred;
            else
                fields.error("bad-value", "unknown feedback \"" + *feedback + "\" in scenario",
                             did_you_mean(*feedback, {"immediate", "deferred"}, "it is immediate or deferred"));
        }
    }

    // Who the story is about decides how grave some harms are, so it is required.
    void read_person(Fields& fields) {
        static constexpr const char* kExample =
            "person = { age = \"adult\", gender = \"female\", nationality = \"GT\", exploitation = \"labour\", "
            "trafficking = true }";
        fields.require("person", kExample);
        fields.nested("person", kExample, [&](Fields& person) {
            Person& out = scenario_.person;
            one_of(person, "age", {"child", "adolescent", "adult", "possible_minor"}, parse_person_age, out.age,
                   "it is child (under 13), adolescent (13 to 17), adult, or possible_minor (when her age is in doubt: "
                   "she is presumed a child)");
            one_of(person, "gender", {"female", "male", "other"}, parse_gender, out.gender, "female, male or other");
            one_of(person, "exploitation",
                   {"sexual", "labour", "domestic", "criminality", "begging", "marriage", "none"}, parse_exploitation,
                   out.exploitation, "none when the case is not trafficking");
            out.nationality = country(person, "nationality");
            person.require("trafficking", "trafficking = true (or false, for a case that is not trafficking)");
            out.trafficking = person.boolean("trafficking", "trafficking = true").value_or(true);
            if (!out.trafficking && out.exploitation != Exploitation::none)
                person.error("bad-value", "a case that is not trafficking has exploitation = \"" +
                                              std::string(to_string(out.exploitation)) + "\"",
                             "write exploitation = \"none\" with trafficking = false");
            person.warn_unknown({"age", "gender", "nationality", "exploitation", "trafficking"});
        });
    }

    // Where the story happens: the advice a debrief gives depends on it.
    void read_setting(Fields& fields) {
        static constexpr const char* kExample = "setting = { country = \"GT\", institution = \"PNC\" }";
        fields.require("setting", kExample);
        fields.nested("setting", kExample, [&](Fields& setting) {
            scenario_.setting.country = country(setting, "country");
            setting.require("institution", "institution = \"PNC\"");
            if (const std::optional<std::string> institution = setting.id("institution", "institution = \"PNC\"")) {
                const std::vector<std::string> known(std::begin(kInstitutions), std::end(kInstitutions));
                if (std::find(known.begin(), known.end(), *institution) == known.end())
                    setting.error("bad-value", "unknown institution \"" + printable(*institution, kMostIdBytes) + "\" in " +
                                                   setting.element(),
                                  did_you_mean(*institution, known,
                                               "it is one of: PNC, MP, PGN, consulate, community, school, shelter"));
                else
                    scenario_.setting.institution = *institution;
            }
            setting.warn_unknown({"country", "institution"});
        });
    }

    // A required field that takes one of a few names.
    template <typename Enum, typename Parse>
    void one_of(Fields& fields, const char* name, std::initializer_list<std::string> names, Parse parse, Enum& out,
                const std::string& hint) {
        const std::string example = std::string(name) + " = \"" + *names.begin() + "\"";
        fields.require(name, example.c_str());
        const std::optional<std::string> value = fields.id(name, example.c_str());
        if (!value) return;
        if (const auto parsed = parse(*value)) {
            out = *parsed;
            return;
        }
        fields.error("bad-value", "unknown " + std::string(name) + " \"" + printable(*value, kMostIdBytes) + "\" in " +
                                      fields.element(),
                     did_you_mean(*value, std::vector<std::string>(names), hint));
    }

    // A country as ISO 3166 alpha-2: two capital letters.
    static std::string country(Fields& fields, const char* name) {
        const std::string example = std::string(name) + " = \"GT\"";
        fields.require(name, example.c_str());
        const std::optional<std::string> code = fields.id(name, example.c_str());
        if (!code) return {};
        if (code->size() != 2 || !std::all_of(code->begin(), code->end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
            fields.error("bad-value", "`" + std::string(name) + "` in " + fields.element() + " is \"" +
                                          printable(*code, kMostIdBytes) + "\", not a country code",
                         "use the two capital letters of ISO 3166: GT Guatemala, SV El Salvador, HN Honduras, "
                         "NI Nicaragua, MX Mexico, US United States");
            return {};
        }
        return *code;
    }

    // Scenes and endings share one list of ids: a choice's `to` may name either.
    bool claim(std::map<std::string, SourceLocation>& seen, const Entry& entry, const std::string& kinds) {
        const auto [first, fresh] = seen.emplace(entry.id, entry.where);
        if (fresh) return true;
        out_.error(entry.where, "duplicate-id",
                   describe_entry(entry) + " has the same id as the one at line " + std::to_string(first->second.line),
                   "give each " + kinds + " its own id");
        return false;
    }

    // False once the scenario holds more scenes and endings, or details and choices, than it may:
    // the first time, that is reported; the rest is skipped.
    bool within(int& count, int most, const Entry& entry, const char* what) {
        if (++count <= most) return true;
        over_a_limit_ = true;
        if (count == most + 1)
            out_.error(entry.where, "too-many",
                       std::string("the scenario has more ") + what + " than it may (" + std::to_string(most) + ")",
                       "split the story into two scenarios");
        return false;
    }

    void read_scene(const Entry& entry) {
        if (!within(scenes_, limits_.scenes, entry, "scenes and endings")) return;
        Scene scene;
        scene.id = entry.id;
        scene.where = entry.where;
        scene.is_ending = entry.kind == "ending";
        const bool fresh = claim(scene_ids_, entry, "scene and ending");
        Fields fields(L_, entry, describe_entry(entry), out_);
        scene.text = fields.text("text");
        if (scene.is_ending) {
            fields.require("outcome", "outcome = \"good\" (or mixed, bad)");
            if (const std::optional<std::string> outcome = fields.id("outcome", "outcome = \"good\"")) {
                if (const std::optional<Outcome> parsed = parse_outcome(*outcome))
                    scene.outcome = *parsed;
                else
                    fields.error("bad-value", "unknown outcome \"" + *outcome + "\" in " + fields.element(),
                                 did_you_mean(*outcome, {"good", "mixed", "bad"}, "it is good, mixed or bad"));
            }
            fields.each_entry({}, [](const Entry&) {});
            fields.warn_unknown({"text", "outcome"});
        } else {
            scene.image = fields.string("image", "image = \"bar.png\"", kMostFileNameBytes).value_or("");
            scene.prompt = fields.text("prompt");
            fields.each_entry({"detail", "choice"}, [&](const Entry& item) {
                if (item.kind == "detail")
                    read_detail(item, scene);
                else
                    read_choice(item, scene);
            });
            fields.warn_unknown({"text", "image", "prompt"});
        }
        if (fresh) scenario_.scenes.push_back(std::move(scene));
    }

    void read_detail(const Entry& entry, Scene& scene) {
        if (!within(entries_, limits_.entries, entry, "details and choices")) return;
        Detail detail;
        detail.id = entry.id;
        detail.where = entry.where;
        const bool fresh = claim(detail_ids_, entry, "detail in the scenario");
        Fields fields(L_, entry, describe_entry(entry), out_);
        detail.text = fields.text("text");
        detail.indicator = fields.id("indicator", "indicator = \"documents_held\"").value_or("");
        const bool neutral = fields.boolean("neutral", "neutral = true").value_or(false);
        detail.why = fields.text("why");
        detail.when = condition(fields);
        // A detail either is a sign or is not; the validator only sees "no indicator" as neutral.
        if (!detail.indicator.empty() && neutral)
            fields.error("sign-and-neutral", fields.element() + " is both a sign (indicator) and neutral",
                         "keep indicator = \"…\" for a warning sign, or neutral = true with a why for a detail that is not one");
        else if (detail.indicator.empty() && !neutral && !fields.has("indicator"))
            fields.error("sign-or-neutral", fields.element() + " says neither which sign it is nor that it is neutral",
                         "add indicator = \"<id from indicators.lua>\", or neutral = true with why = { es = \"…\", en = \"…\" }");
        if (!detail.indicator.empty() && !detail.why.empty())
            fields.warning("unused-field", "`why` in " + fields.element() + " is only shown for neutral details",
                           "remove it, or explain the sign in the catalog's indicator instead");
        fields.each_entry({}, [](const Entry&) {});
        fields.warn_unknown({"text", "indicator", "neutral", "why", "when"});
        if (fresh) scene.details.push_back(std::move(detail));
    }

    void read_choice(const Entry& entry, Scene& scene) {
        if (!within(entries_, limits_.entries, entry, "details and choices")) return;
        Choice choice;
        choice.where = entry.where;
        Fields fields(L_, entry, "a choice in " + describe_entry_of(scene), out_);
        if (const std::optional<std::string> id = fields.id("id", "id = \"talk_alone\"")) {
            choice.id = *id;
            choice.id_written = true;
            if (!is_scenario_id(*id))
                fields.error("bad-choice-id", "the id \"" + printable(*id, kMostIdBytes) + "\" of " + fields.element() +
                                                  " is not a plain name",
                             "write it with lower-case letters, digits and _, like id = \"talk_alone\"");
        }
        if (const std::optional<std::string> fixed = fields.id("fixed", "fixed = \"last\"")) {
            if (*fixed == "last")
                choice.pinned_last = true;
            else
                fields.error("bad-value", "unknown fixed \"" + printable(*fixed, kMostIdBytes) + "\" in " + fields.element(),
                             "the only place a choice can be pinned to is the end: fixed = \"last\"");
        }
        choice.text = fields.text("text");
        choice.target = fields.id("to", "to = \"next_scene\"").value_or("");
        choice.when = condition(fields);
        choice.changes = changes(fields, "set", true);
        for (VariableChange& change : changes(fields, "effects", false)) {
            const bool also_set = std::any_of(choice.changes.begin(), choice.changes.end(),
                                              [&](const VariableChange& c) { return c.variable == change.variable; });
            if (also_set)
                fields.error("set-and-changed",
                             "`" + scenario_.variable_names[static_cast<std::size_t>(change.variable)] +
                                 "` is both set and changed by " + fields.element(),
                             "use set = { … } to give it a value, or effects = { … } to add to it, not both");
            else
                choice.changes.push_back(change);
        }
        choice.practices = fields.ids("practice", "practice = \"separate_from_companion\"");
        choice.harms = fields.ids("harm", "harm = \"interview_in_front_of_companion\"");
        choice.note = fields.text("note");
        choice.consequence = fields.text("consequence");
        fields.each_entry({}, [](const Entry&) {});
        fields.warn_unknown({"id", "fixed", "text", "to", "when", "effects", "set", "practice", "harm", "note",
                             "consequence"});
        if (!choice.id_written) choice.id = derived_choice_id(choice, scenario_.variable_names);
        scene.choices.push_back(std::move(choice));
    }

    static std::string describe_entry_of(const Scene& scene) {
        return std::string(scene.is_ending ? "ending" : "scene") + " \"" + scene.id + "\"";
    }

    Condition condition(Fields& fields) {
        const std::optional<std::string> source = fields.string("when", "when = \"trust >= 2\"", kMostConditionBytes);
        if (!source) return {};
        auto parsed = Condition::parse(*source, scenario_.variable_names);
        if (const auto* error = std::get_if<Condition::ParseError>(&parsed)) {
            fields.error("bad-condition", "in the `when` of " + fields.element() + ": " + printable(error->message, 200),
                         printable(error->hint, 200));
            return {};
        }
        return std::get<Condition>(std::move(parsed));
    }

    std::vector<VariableChange> changes(Fields& fields, const char* field, bool assign) {
        std::vector<VariableChange> out;
        const std::string example = std::string(field) + " = { trust = 1 }";
        for (const auto& [name, amount] : fields.numbers_by_name(field, example.c_str())) {
            const auto& names = scenario_.variable_names;
            const auto found = std::find(names.begin(), names.end(), name);
            if (found == names.end()) {
                fields.error("unknown-variable",
                             quoted_field(field) + " in " + fields.element() + " changes `" + name +
                                 "`, which is not a story variable",
                             did_you_mean(name, names, "declare it in the scenario: vars = { " + name + " = 0 }"));
                continue;
            }
            out.push_back({static_cast<int>(found - names.begin()), amount, assign});
        }
        return out;
    }

    lua_State* L_;
    std::string file_;
    const Limits& limits_;
    Scenario& scenario_;
    Diagnostics& out_;
    std::map<std::string, SourceLocation> scene_ids_;
    std::map<std::string, SourceLocation> detail_ids_;
    int scenes_ = 0;
    int entries_ = 0;
    bool over_a_limit_ = false;
};

}  // namespace

std::string content_hash(std::string_view bytes) { return hex64(fnv1a(bytes)); }

std::optional<Scenario> load_scenario(const std::filesystem::path& folder, const std::filesystem::path& lua_root,
                                      const Catalog& catalog, Diagnostics& diagnostics, const Limits& limits) {
    const std::filesystem::path file = folder / "scenario.lua";
    const AuthorFile read = read_author_file(file, limits.file_bytes, diagnostics);
    if (read.missing) {
        std::error_code ignored;
        diagnostics.error(file.string(), 0, "missing-file",
                          std::filesystem::is_directory(folder, ignored)
                              ? "there is no scenario.lua in " + folder.string()
                              : "there is no scenario folder " + folder.string(),
                          "a scenario is a folder named by its id, holding scenario.lua (see docs/scenario-format.md)");
    }
    if (!read.bytes) return std::nullopt;
    return load_scenario_source(folder, *read.bytes, lua_root, catalog, diagnostics, limits);
}

std::optional<Scenario> load_scenario_source(const std::filesystem::path& folder, std::string_view bytes,
                                             const std::filesystem::path& lua_root, const Catalog& catalog,
                                             Diagnostics& diagnostics, const Limits& limits) {
    const std::size_t errors_before = count_errors(diagnostics);
    const std::filesystem::path file = folder / "scenario.lua";
    Scenario scenario;
    scenario.id = folder_name(folder);
    scenario.folder = folder.string();
    scenario.content_hash = content_hash(bytes);
    if (!is_scenario_id(scenario.id))
        diagnostics.warning(file.string(), 0, "bad-scenario-id",
                            "the folder name \"" + printable(scenario.id) + "\" is used as the scenario's id",
                            "name the folder with lower-case letters, digits and _, like night_inspection");
    if (bytes.size() > limits.file_bytes) {
        diagnostics.error(file.string(), 0, "file-too-big",
                          "scenario.lua is " + size_in_words(bytes.size()) + "; a file may be at most " +
                              size_in_words(limits.file_bytes),
                          "scenario files are text and are rarely over 200 KiB: is this the right file?");
        return std::nullopt;
    }

    Sandbox sandbox(limits);
    if (!sandbox.load_dsl(lua_root / "dsl.lua", diagnostics)) return std::nullopt;
    if (!sandbox.run_author_file(file, bytes, diagnostics)) return std::nullopt;
    if (ScenarioReader(sandbox.state(), file, limits, scenario, diagnostics).read()) {
        // Past that many problems, checking across elements would only add more of the same.
        if (too_many_problems(diagnostics))
            report_too_many({file.string(), 0}, diagnostics);
        else
            resolve_and_validate(scenario, catalog, diagnostics);
        assign_text_keys(scenario);
    }
    if (count_errors(diagnostics) > errors_before) return std::nullopt;
    return scenario;
}

}  // namespace senales
