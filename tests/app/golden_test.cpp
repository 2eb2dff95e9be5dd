#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli_run.h"

using namespace senales::test;
using nlohmann::json;
namespace fs = std::filesystem;

// Golden files for every shipped scenario, best and worst path:
//   tests/golden/<id>/<path>.<lang>.txt  the transcript a trainee would read, in each language;
//   tests/golden/<id>/<path>.json        the debrief's structure (ids, scores, order), which must be
//                                        the same in both languages.
// After an intended change, accept the new output with:
//   SENALES_UPDATE_GOLDEN=1 build/tests/app/app_tests --gtest_filter='Golden*'
namespace {

const fs::path kGolden = source_path("tests/golden");

bool updating() {
    const char* update = std::getenv("SENALES_UPDATE_GOLDEN");
    return update && *update && std::string(update) != "0";
}

std::string read(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

void compare_or_update(const fs::path& file, const std::string& actual) {
    if (updating()) {
        fs::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << actual;
        return;
    }
    ASSERT_TRUE(fs::exists(file)) << file << " is missing: run SENALES_UPDATE_GOLDEN=1 to create it";
    std::string expected = read(file);
    if (expected == actual) return;
    std::istringstream a(actual), e(expected);
    std::string la, le;
    int line = 1;
    while (std::getline(a, la) && std::getline(e, le) && la == le) ++line;
    ADD_FAILURE() << file.string() << " differs from the output at line " << line << "\n  golden: " << le
                  << "\n  now:    " << la << "\nIf the change is intended: SENALES_UPDATE_GOLDEN=1";
}

std::vector<json> ids_of(const json& notes, const char* key) {
    std::vector<json> ids;
    for (const json& note : notes) ids.push_back(note[key]);
    return ids;
}

// What a debrief says, without its words: the same in every language.
json structure(const json& result) {
    const json& debrief = result["debrief"];
    json timeline = json::array();
    for (const json& entry : debrief["timeline"]) {
        json alternatives = json::array();
        for (const json& a : entry["alternatives"])
            alternatives.push_back({a["choice"], a["kind"], a["compared_to_chosen"]});
        timeline.push_back({{"scene", entry["scene"]}, {"choice", entry["choice"]}, {"kind", entry["kind"]},
                            {"alternatives", alternatives}});
    }
    json scores = json::object();
    for (const auto& [id, c] : result["scores"]["competencies"].items()) scores[id] = c["score"];
    scores["overall"] = result["scores"]["overall"];
    scores["passed"] = result["scores"]["passed"];
    scores["shortfalls"] = result["scores"]["shortfalls"];
    return {{"ending", result["ending"]["id"]},
            {"outcome", result["ending"]["outcome"]},
            {"scores", scores},
            {"path", result["path"]["steps"]},
            {"found", ids_of(debrief["indicators"]["found"], "indicator")},
            {"missed", ids_of(debrief["indicators"]["missed"], "indicator")},
            {"wrongly_flagged", ids_of(debrief["indicators"]["wrongly_flagged"], "detail")},
            {"harms", ids_of(debrief["harms"], "harm")},
            {"practices", ids_of(debrief["practices"], "practice")},
            {"timeline", timeline},
            {"sources", ids_of(debrief["sources"], "id")}};
}

// Every text a trainee reads in the debrief is there, in the language asked for.
void expect_texts_present(const json& result, const std::string& where) {
    const json& debrief = result["debrief"];
    EXPECT_FALSE(result["ending"]["text"].get<std::string>().empty()) << where;
    for (const auto& [id, c] : result["scores"]["competencies"].items())
        EXPECT_FALSE(c["why"].get<std::string>().empty()) << where << " " << id;
    for (const char* list : {"found", "missed"})
        for (const json& note : debrief["indicators"][list])
            for (const char* field : {"name", "detail_text", "explanation"})
                EXPECT_FALSE(note[field].get<std::string>().empty()) << where << " " << list << " " << field;
    for (const json& note : debrief["indicators"]["wrongly_flagged"])
        EXPECT_FALSE(note["why"].get<std::string>().empty()) << where;
    for (const json& harm : debrief["harms"])
        for (const char* field : {"name", "what_was_done", "principle", "instead", "explanation", "consequence"})
            EXPECT_FALSE(harm[field].get<std::string>().empty()) << where << " harm " << field;
    for (const json& objective : debrief["objectives"]) EXPECT_FALSE(objective.get<std::string>().empty()) << where;
}

std::vector<fs::path> shipped_scenarios() {
    std::vector<fs::path> folders;
    for (const auto& entry : fs::directory_iterator(source_path("scenarios")))
        if (fs::exists(entry.path() / "scenario.lua")) folders.push_back(entry.path());
    std::sort(folders.begin(), folders.end());
    return folders;
}

}  // namespace

TEST(Golden, TranscriptsAndDebriefsOfBestAndWorstPaths) {
    auto scenarios = shipped_scenarios();
    ASSERT_FALSE(scenarios.empty());
    for (const fs::path& folder : scenarios) {
        const std::string id = folder.filename().string();
        for (const std::string path : {"best", "worst"}) {
            json structures[2];
            int i = 0;
            for (const std::string lang : {"es", "en"}) {
                const std::string where = id + " " + path + " " + lang;
                CliResult transcript = run({"play", folder.string(), "--" + path, "--lang", lang, "--seed", "1"});
                ASSERT_EQ(transcript.status, 0) << where << ": " << transcript.err;
                compare_or_update(kGolden / id / (path + "." + lang + ".txt"), transcript.out);

                CliResult result = run({"play", folder.string(), "--" + path, "--lang", lang, "--json", "--seed", "1"});
                ASSERT_EQ(result.status, 0) << where << ": " << result.err;
                json parsed = json::parse(result.out);
                EXPECT_EQ(parsed["lang"], lang);
                expect_texts_present(parsed, where);
                structures[i++] = structure(parsed);
            }
            EXPECT_EQ(structures[0], structures[1]) << id << " " << path << ": the debrief differs between languages";
            compare_or_update(kGolden / id / (path + ".json"), structures[0].dump(1) + "\n");
            if (path == "best") {
                EXPECT_TRUE(structures[0]["scores"]["passed"].get<bool>()) << id;
                EXPECT_EQ(structures[0]["scores"]["overall"], 100) << id << ": the best path must earn top marks";
            } else {
                EXPECT_FALSE(structures[0]["scores"]["passed"].get<bool>()) << id << ": the worst path must fail";
            }
        }
    }
}
