#include "validate.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <unordered_map>

#include "advice.h"
#include "scoring.h"

namespace senales {

namespace {

// [SECTION] Images: a scenario's pictures come from outside, like the rest of it.
constexpr std::uintmax_t kMostImageBytes = 8u << 20;

enum class ImageProblem { none, outside, missing, not_a_file, too_big, not_a_picture };

bool inside_folder(const std::filesystem::path& relative) {
    if (relative.empty() || relative.is_absolute() || relative.has_root_name() || relative.has_root_directory())
        return false;
    for (const auto& part : relative)
        if (part == "..") return false;
    return true;
}

// Only a plain file (not a link, which could lead anywhere, nor a pipe, which would block) is
// opened, and only its first bytes are read: a PNG or JPEG signature.
ImageProblem image_problem(const std::filesystem::path& folder, const std::string& name) {
    const std::filesystem::path relative(name);
    if (!inside_folder(relative)) return ImageProblem::outside;
    const std::filesystem::path file = folder / relative;
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::symlink_status(file, error);
    if (status.type() == std::filesystem::file_type::not_found) return ImageProblem::missing;
    if (!std::filesystem::is_regular_file(status)) return ImageProblem::not_a_file;
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    if (error) return ImageProblem::missing;
    if (size > kMostImageBytes) return ImageProblem::too_big;
    unsigned char head[8] = {};
    std::ifstream in(file, std::ios::binary);
    in.read(reinterpret_cast<char*>(head), sizeof head);
    const std::streamsize got = in.gcount();
    static constexpr unsigned char kPng[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    static constexpr unsigned char kJpeg[3] = {0xFF, 0xD8, 0xFF};
    if (got >= 8 && std::equal(kPng, kPng + 8, head)) return ImageProblem::none;
    if (got >= 3 && std::equal(kJpeg, kJpeg + 3, head)) return ImageProblem::none;
    return ImageProblem::not_a_picture;
}

std::vector<std::string> keys_of(const auto& map) {
    std::vector<std::string> keys;
    for (const auto& [key, value] : map) keys.push_back(key);
    return keys;
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& known, const std::string& otherwise) {
    std::string guess = closest_match(word, known);
    return guess.empty() ? otherwise : "did you mean \"" + guess + "\"?";
}

// Both languages are first-class: a text with one side missing is an error, not a fallback.
void require_text(const Text& text, bool required, const SourceLocation& at, const std::string& what,
                  Diagnostics& diagnostics) {
    if (text.empty()) {
        if (required)
            diagnostics.error(at, "missing-text", what + " has no text",
                              "add " + what + " = { es = \"…\", en = \"…\" }");
        return;
    }
    if (text.es.empty())
        diagnostics.error(at, "missing-translation", what + " is missing its Spanish text (es)",
                          "every text a player sees needs es = \"…\" and en = \"…\"");
    if (text.en.empty())
        diagnostics.error(at, "missing-translation", what + " is missing its English text (en)",
                          "every text a player sees needs es = \"…\" and en = \"…\"");
}

class ScenarioValidator {
public:
    ScenarioValidator(Scenario& scenario, const Catalog& catalog, Diagnostics& diagnostics)
        : scenario_(scenario), catalog_(catalog), out_(diagnostics) {
        for (std::size_t i = 0; i < scenario_.scenes.size(); ++i) {
            scene_ids_.push_back(scenario_.scenes[i].id);
            index_.emplace(scenario_.scenes[i].id, static_cast<int>(i));  // the first of a duplicate wins
        }
    }

    void run() {
        check_header();
        for (Scene& scene : scenario_.scenes) check_scene(scene);
    }

private:
    void check_header() {
        const SourceLocation& at = scenario_.where;
        require_text(scenario_.title, true, at, "title", out_);
        require_text(scenario_.summary, true, at, "summary", out_);
        require_text(scenario_.content_note, true, at, "content_note", out_);
        if (scenario_.objectives.empty())
            out_.error(at, "missing-objectives", "the scenario has no learning objectives",
                       "add objectives = { { es = \"…\", en = \"…\" } }: what a trainee should learn");
        for (const Text& objective : scenario_.objectives) require_text(objective, true, at, "an objective", out_);
        if (scenario_.minutes < 1 || scenario_.minutes > 180)
            out_.error(at, "bad-minutes", "minutes must be between 1 and 180", "write the expected playing time, like minutes = 15");
        if (scenario_.difficulty < 1 || scenario_.difficulty > 3)
            out_.error(at, "bad-difficulty", "difficulty must be 1, 2 or 3", "1 first time, 2 some practice, 3 advanced");

        bool has_scene = false, has_ending = false;
        for (const Scene& scene : scenario_.scenes) (scene.is_ending ? has_ending : has_scene) = true;
        if (!has_scene) out_.error(at, "no-scenes", "the scenario has no scenes", "add at least one scene \"id\" { … }");
        if (!has_ending) out_.error(at, "no-endings", "the scenario has no endings", "add at least one ending \"id\" { … }");

        const int start = index_of(scenario_.start_id);
        if (scenario_.start_id.empty())
            out_.error(at, "missing-start", "the scenario does not say where it starts", "add start = \"<first scene id>\"");
        else if (start < 0)
            out_.error(at, "unknown-start", "start names \"" + scenario_.start_id + "\", which is not a scene",
                       did_you_mean(scenario_.start_id, scene_ids_, "write the id of the first scene"));
        else if (scenario_.scenes[static_cast<std::size_t>(start)].is_ending)
            out_.error(at, "start-is-ending", "the scenario starts at an ending", "start at a scene the trainee can act in");
        scenario_.start = std::max(start, 0);
    }

    void check_scene(Scene& scene) {
        const std::string what = (scene.is_ending ? "ending \"" : "scene \"") + scene.id + "\"";
        require_text(scene.text, true, scene.where, "the text of " + what, out_);
        require_text(scene.prompt, false, scene.where, "the prompt of " + what, out_);
        if (!scene.image.empty()) check_image(scene);
        if (!scene.is_ending && scene.choices.empty())
            out_.error(scene.where, "dead-end", what + " has no way out",
                       "add a choice { to = \"…\" }, or make it an ending \"" + scene.id + "\" { outcome = … }");
        for (const Detail& detail : scene.details) check_detail(detail);
        for (Choice& choice : scene.choices) check_choice(choice, what);
        check_choice_ids(scene, what);
    }

    // Records, transcripts and exports name a choice by its id, so two in one scene must differ.
    void check_choice_ids(const Scene& scene, const std::string& scene_what) {
        for (std::size_t i = 0; i < scene.choices.size(); ++i)
            for (std::size_t j = 0; j < i; ++j) {
                const Choice& first = scene.choices[j];
                const Choice& clash = scene.choices[i];
                if (first.id != clash.id) continue;
                out_.error(clash.where, "choice-id-clash",
                           "two choices in " + scene_what + " have the id \"" + clash.id + "\" (the other is at line " +
                               std::to_string(first.where.line) + ")",
                           first.id_written && clash.id_written
                               ? "give each choice its own id = \"…\""
                               : "choices that lead to the same place with the same effects need an id each: "
                                 "add id = \"…\" to them, like id = \"talk_alone\"");
                break;
            }
    }

    // The game shows an image only once it is known to be a picture in the scenario's own folder;
    // otherwise the field is cleared here (the game shows a placeholder) and nothing else reads it.
    void check_image(Scene& scene) {
        const std::string shown = "image \"" + scene.image + "\"";
        const ImageProblem problem = image_problem(std::filesystem::path(scenario_.folder), scene.image);
        switch (problem) {
            case ImageProblem::none: return;
            case ImageProblem::outside:
                out_.error(scene.where, "image-outside", shown + " is not a file in the scenario folder",
                           "put the picture in the scenario folder and write just its name, like image = \"bar.png\"");
                break;
            case ImageProblem::missing:
                out_.warning(scene.where, "missing-image", shown + " is not in the scenario folder",
                             "copy the file next to scenario.lua, or remove the image field (a placeholder is shown)");
                break;
            case ImageProblem::not_a_file:
                out_.warning(scene.where, "not-an-image", shown + " is a folder, a link or a device, not a picture file",
                             "put the picture file itself in the scenario folder (a placeholder is shown until then)");
                break;
            case ImageProblem::too_big:
                out_.warning(scene.where, "not-an-image", shown + " is over " + std::to_string(kMostImageBytes >> 20) +
                                                              " MiB, too big to show",
                             "save it smaller, for example 1280 pixels wide (a placeholder is shown until then)");
                break;
            case ImageProblem::not_a_picture:
                out_.warning(scene.where, "not-an-image", shown + " is not a PNG or JPEG picture",
                             "save it as .png or .jpg (a placeholder is shown until then)");
                break;
        }
        scene.image.clear();
    }

    void check_detail(const Detail& detail) {
        const std::string what = "detail \"" + detail.id + "\"";
        require_text(detail.text, true, detail.where, "the text of " + what, out_);
        if (detail.neutral()) {
            require_text(detail.why, true, detail.where, "the why of neutral " + what, out_);
        } else if (!catalog_.indicator(detail.indicator)) {
            out_.error(detail.where, "unknown-indicator", "unknown indicator \"" + detail.indicator + "\" in " + what,
                       did_you_mean(detail.indicator, keys_of(catalog_.indicators),
                                    "indicators are listed in scripts/lua/catalog/indicators.lua"));
        }
    }

    void check_choice(Choice& choice, const std::string& scene_what) {
        const std::string what = "a choice in " + scene_what;
        check_practice_and_grave_harm(choice, what);
        require_text(choice.text, true, choice.where, "the text of " + what, out_);
        require_text(choice.note, false, choice.where, "the note of " + what, out_);
        require_text(choice.consequence, false, choice.where, "the consequence of " + what, out_);
        choice.target_scene = index_of(choice.target);
        if (choice.target.empty())
            out_.error(choice.where, "missing-target", what + " does not say where it leads",
                       "add to = \"<scene or ending id>\"");
        else if (choice.target_scene < 0)
            out_.error(choice.where, "unknown-target", what + " leads to \"" + choice.target + "\", which is not a scene or ending",
                       did_you_mean(choice.target, scene_ids_, "write the id of a scene or ending in this file"));
        check_wording(choice, what);
        for (const std::string& id : choice.practices)
            if (!catalog_.practice(id))
                out_.error(choice.where, "unknown-practice", "unknown practice \"" + id + "\" in " + what,
                           catalog_.harm(id) ? "\"" + id + "\" is a harm: write harm = \"" + id + "\""
                                             : did_you_mean(id, keys_of(catalog_.practices),
                                                            "practices are listed in scripts/lua/catalog/practices.lua"));
        for (const std::string& id : choice.harms)
            if (!catalog_.harm(id))
                out_.error(choice.where, "unknown-harm", "unknown harm \"" + id + "\" in " + what,
                           catalog_.practice(id) ? "\"" + id + "\" is a good practice: write practice = \"" + id + "\""
                                                 : did_you_mean(id, keys_of(catalog_.harms),
                                                                "harms are listed in scripts/lua/catalog/practices.lua"));
    }

    // The debrief's advice must fit where the story happens: an entry whose texts name Guatemalan
    // institutions has nothing to say in a consulate in Mexico until it is worded for it.
    void check_wording(const Choice& choice, const std::string& what) {
        auto report = [&](const std::string& kind, const std::string& id, const std::vector<std::string>& countries) {
            std::string listed;
            for (const std::string& c : countries) listed += (listed.empty() ? "" : ", ") + c;
            out_.error(choice.where, "no-wording-for-context",
                       what + " uses " + kind + " \"" + id + "\", whose advice is written for " + listed +
                           ", in a scenario set in " + scenario_.setting.country,
                       "add contexts = { { country = \"" + scenario_.setting.country + "\", " +
                           (kind == "harm" ? "instead = { … }, " : "") + "explanation = { … } } } to \"" + id +
                           "\" in practices.lua");
        };
        for (const std::string& id : choice.practices)
            if (const Practice* p = catalog_.practice(id); p && !worded_for(p->countries, p->contexts, scenario_))
                report("practice", id, p->countries);
        for (const std::string& id : choice.harms)
            if (const Harm* h = catalog_.harm(id); h && !worded_for(h->countries, h->contexts, scenario_))
                report("harm", id, h->countries);
    }

    // A choice cannot both be what a trainee should do and do grave harm: the score would reward
    // and fail the same move, and the debrief would praise what it condemns.
    void check_practice_and_grave_harm(const Choice& choice, const std::string& what) {
        if (choice.practices.empty()) return;
        for (const std::string& id : choice.harms) {
            const Harm* harm = catalog_.harm(id);
            if (!harm || severity_for(*harm, scenario_.person) != Severity::grave) continue;
            out_.error(choice.where, "practice-and-grave-harm",
                       what + " is both a good practice (" + choice.practices.front() + ") and a grave harm (" + id + ")",
                       "a move that does grave harm is not a good practice: remove the practice, or split the choice "
                       "into the good move and the harmful one");
            return;
        }
    }

    Scenario& scenario_;
    const Catalog& catalog_;
    Diagnostics& out_;
    // A scene's index by id: big scenarios have thousands of choices, each resolved once here.
    int index_of(const std::string& id) const {
        auto found = index_.find(id);
        return found == index_.end() ? -1 : found->second;
    }

    std::vector<std::string> scene_ids_;
    std::unordered_map<std::string, int> index_;
};

void check_sources(const std::vector<std::string>& ids, const Catalog& catalog, const SourceLocation& at,
                   const std::string& what, Diagnostics& diagnostics) {
    if (ids.empty())
        diagnostics.error(at, "missing-sources", what + " cites no source", "add sources = { \"<id>\" } from sources.lua");
    for (const std::string& id : ids)
        if (!catalog.source(id))
            diagnostics.error(at, "unknown-source", what + " cites unknown source \"" + id + "\"",
                              did_you_mean(id, keys_of(catalog.sources), "sources are listed in sources.lua"));
}

void check_principle(const std::string& id, const Catalog& catalog, const SourceLocation& at, const std::string& what,
                     Diagnostics& diagnostics) {
    if (!catalog.principle(id))
        diagnostics.error(at, "unknown-principle", what + " names unknown principle \"" + id + "\"",
                          did_you_mean(id, keys_of(catalog.principles), "principles are listed in principles.lua"));
}

}  // namespace

void resolve_and_validate(Scenario& scenario, const Catalog& catalog, Diagnostics& diagnostics) {
    ScenarioValidator(scenario, catalog, diagnostics).run();
}

void validate_catalog(const Catalog& catalog, Diagnostics& diagnostics) {
    for (Element element : kAllElements) {
        const std::string id(to_string(element));
        auto found = catalog.elements.find(element);
        if (found == catalog.elements.end()) {
            // Elements are written in principles.lua: point at that file when the catalog read it.
            const std::string file = catalog.principles.empty() ? "principles.lua" : catalog.principles.begin()->second.where.file;
            diagnostics.error(file, 0, "missing-element", "the catalog does not explain the element \"" + id + "\"",
                              "add element \"" + id + "\" { name = { … }, explanation = { … }, sources = { … } } to principles.lua");
            continue;
        }
        require_text(found->second.name, true, found->second.where, "the name of element \"" + id + "\"", diagnostics);
        require_text(found->second.explanation, true, found->second.where, "the explanation of element \"" + id + "\"",
                     diagnostics);
        check_sources(found->second.sources, catalog, found->second.where, "element \"" + id + "\"", diagnostics);
    }
    for (const auto& [id, principle] : catalog.principles) {
        require_text(principle.name, true, principle.where, "the name of principle \"" + id + "\"", diagnostics);
        require_text(principle.explanation, true, principle.where, "the explanation of principle \"" + id + "\"", diagnostics);
        check_sources(principle.sources, catalog, principle.where, "principle \"" + id + "\"", diagnostics);
    }
    for (const auto& [id, indicator] : catalog.indicators) {
        require_text(indicator.name, true, indicator.where, "the name of indicator \"" + id + "\"", diagnostics);
        require_text(indicator.explanation, true, indicator.where, "the explanation of indicator \"" + id + "\"", diagnostics);
        check_sources(indicator.sources, catalog, indicator.where, "indicator \"" + id + "\"", diagnostics);
    }
    auto check_contexts = [&](const std::vector<ContextWording>& contexts, const std::string& what) {
        for (const ContextWording& c : contexts) {
            require_text(c.explanation, false, c.where, "the explanation of a context of " + what, diagnostics);
            require_text(c.instead, false, c.where, "what to do instead, in a context of " + what, diagnostics);
        }
    };
    for (const auto& [id, practice] : catalog.practices) {
        const std::string what = "practice \"" + id + "\"";
        check_contexts(practice.contexts, what);
        require_text(practice.name, true, practice.where, "the name of " + what, diagnostics);
        require_text(practice.explanation, true, practice.where, "the explanation of " + what, diagnostics);
        check_principle(practice.principle, catalog, practice.where, what, diagnostics);
        check_sources(practice.sources, catalog, practice.where, what, diagnostics);
    }
    for (const auto& [id, harm] : catalog.harms) {
        const std::string what = "harm \"" + id + "\"";
        check_contexts(harm.contexts, what);
        require_text(harm.name, true, harm.where, "the name of " + what, diagnostics);
        require_text(harm.instead, true, harm.where, "what to do instead of " + what, diagnostics);
        require_text(harm.explanation, true, harm.where, "the explanation of " + what, diagnostics);
        check_principle(harm.principle, catalog, harm.where, what, diagnostics);
        check_sources(harm.sources, catalog, harm.where, what, diagnostics);
        if (catalog.practice(id))
            diagnostics.error(harm.where, "duplicate-id", "\"" + id + "\" is both a practice and a harm",
                              "give the harm its own id");
    }
}

}  // namespace senales
