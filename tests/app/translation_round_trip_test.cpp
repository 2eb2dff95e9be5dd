// A pseudo-language's whole round trip, as a translator and a class would live it: export a
// template, fill it, import it, check it, play in it; then half a translation, and a Spanish text
// changed under a finished one.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "cli_run.h"
#include "wording/po_file.h"

using namespace senales;
using namespace senales::test;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// A game folder of its own (the Lua side and one scenario, copied), and a user's language folder,
// so the test can change a Spanish text and install languages without touching the real ones.
class PseudoLanguage : public ::testing::Test {
protected:
    void SetUp() override {
        root_ = fs::temp_directory_path() / ("senales_pseudo_" + std::to_string(::getpid()));
        fs::remove_all(root_);
        fs::create_directories(root_ / "scenarios");
        fs::copy(source_path("scripts"), root_ / "scripts", fs::copy_options::recursive);
        fs::copy(source_path("scenarios/went_north"), root_ / "scenarios/went_north", fs::copy_options::recursive);
        setenv("SENALES_HOME", root_.c_str(), 1);
        setenv("SENALES_LANG_DIR", (root_ / "user_lang").c_str(), 1);
    }
    void TearDown() override {
        unsetenv("SENALES_HOME");
        unsetenv("SENALES_LANG_DIR");
        fs::remove_all(root_);
    }

    // The template, every entry filled with "[xx] " + its Spanish; `keep` says which to keep.
    fs::path pseudo_translation(const std::function<bool(std::size_t)>& keep) {
        CliResult exported = run({"strings", "export"});
        EXPECT_EQ(exported.status, 0) << exported.err;
        std::vector<PoProblem> problems;
        PoFile po = parse_po(exported.out, problems);
        EXPECT_TRUE(problems.empty());
        po.header["Language"] = "xx";
        po.header["X-Senales-Language-Name"] = "Pseudo";
        std::vector<PoEntry> kept;
        for (std::size_t i = 0; i < po.entries.size(); ++i) {
            if (!keep(i)) continue;
            po.entries[i].translation = "[xx] " + po.entries[i].source;
            kept.push_back(po.entries[i]);
        }
        total_ = po.entries.size();
        po.entries = kept;
        const fs::path file = root_ / "xx.po";
        std::ofstream(file, std::ios::binary) << write_po(po);
        return file;
    }

    fs::path root_;
    std::size_t total_ = 0;
};

}  // namespace

TEST_F(PseudoLanguage, AFullTranslationIsAHundredPercentAndPlays) {
    const fs::path file = pseudo_translation([](std::size_t) { return true; });
    ASSERT_EQ(std::system(("msgfmt --check -o /dev/null " + file.string() + " 2>/dev/null").c_str()), 0);
    CliResult imported = run({"strings", "import", file.string()});
    ASSERT_EQ(imported.status, 0) << imported.err;
    EXPECT_NE(imported.out.find("(100 %)"), std::string::npos) << imported.out;
    EXPECT_TRUE(fs::exists(root_ / "user_lang/xx/messages.po"));

    CliResult check = run({"check"});
    EXPECT_NE(check.out.find("xx 100 % (" + std::to_string(total_) + " of " + std::to_string(total_) + ")"),
              std::string::npos)
        << check.out;
    EXPECT_EQ(check.out.find("[incomplete-translation]"), std::string::npos) << check.out;

    CliResult play = run({"play", (root_ / "scenarios/went_north").string(), "--best", "--lang", "xx", "--seed", "1"});
    ASSERT_EQ(play.status, 0) << play.err;
    EXPECT_EQ(play.out.rfind("== [xx] ", 0), 0u) << play.out.substr(0, 200);
    EXPECT_NE(play.out.find("[xx] Resultado general"), std::string::npos);
}

TEST_F(PseudoLanguage, HalfATranslationWarnsAndShowsSpanishForTheRest) {
    const fs::path file = pseudo_translation([](std::size_t i) { return i % 2 == 0; });
    ASSERT_EQ(run({"strings", "import", file.string()}).status, 0);
    // (One scenario, checked as itself: the whole library's coverage table does not apply.)
    CliResult check = run({"check", (root_ / "scenarios/went_north").string()});
    EXPECT_EQ(check.status, 0) << check.out;  // a warning, never an error
    const std::regex share(R"(xx (\d+) % \((\d+) of (\d+)\))");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(check.out, m, share)) << check.out;
    EXPECT_NEAR(std::stoi(m[1]), 50, 1);
    EXPECT_NE(check.out.find("warning: xx (Pseudo) translates"), std::string::npos) << check.out;
    EXPECT_NE(check.out.find("[incomplete-translation]"), std::string::npos);

    CliResult play = run({"play", (root_ / "scenarios/went_north").string(), "--best", "--lang", "xx", "--seed", "1"});
    ASSERT_EQ(play.status, 0) << play.err;
    int pseudo = 0, spanish = 0;
    std::istringstream lines(play.out);
    for (std::string line; std::getline(lines, line);) {
        if (line.find("[xx]") != std::string::npos) ++pseudo;
        else if (line.find(" ") != std::string::npos && line.size() > 40) ++spanish;
    }
    EXPECT_GT(pseudo, 5);
    EXPECT_GT(spanish, 5);  // the untranslated half, in Spanish, never in English
    EXPECT_EQ(play.out.find("What you can notice"), std::string::npos);
}

TEST_F(PseudoLanguage, ChangingOneSpanishTextMarksExactlyItsTranslationFuzzy) {
    ASSERT_EQ(run({"strings", "import", pseudo_translation([](std::size_t) { return true; }).string()}).status, 0);
    const fs::path scenario = root_ / "scenarios/went_north/scenario.lua";
    std::string lua = read(scenario);
    const std::string before = "Jueves, cinco de la tarde.";
    ASSERT_NE(lua.find(before), std::string::npos);
    lua.replace(lua.find(before), before.size(), "Jueves, seis de la tarde.");
    std::ofstream(scenario, std::ios::binary) << lua;

    CliResult check = run({"check"});
    EXPECT_NE(check.out.find("1 fuzzy"), std::string::npos) << check.out;
    EXPECT_NE(check.out.find("first missing: went_north/meeting/text"), std::string::npos) << check.out;
    CliResult exported = run({"strings", "export", "--lang", "xx"});
    ASSERT_EQ(exported.status, 0) << exported.err;
    std::vector<PoProblem> problems;
    const PoFile po = parse_po(exported.out, problems);
    int fuzzy = 0;
    for (const PoEntry& e : po.entries)
        if (e.fuzzy) {
            ++fuzzy;
            EXPECT_EQ(e.context, "went_north/meeting/text");
            ASSERT_TRUE(e.previous_source);
            EXPECT_NE(e.previous_source->find(before), std::string::npos);
            EXPECT_EQ(e.translation.rfind("[xx] " + before, 0), 0u);  // kept for the translator to revise
        } else {
            EXPECT_FALSE(e.translation.empty()) << e.context;
        }
    EXPECT_EQ(fuzzy, 1);
    // The game shows the new Spanish for it.
    CliResult play = run({"play", (root_ / "scenarios/went_north").string(), "--steps", "1", "--lang", "xx"});
    EXPECT_NE(play.out.find("Jueves, seis de la tarde."), std::string::npos);
}

TEST_F(PseudoLanguage, AFileThatDoesNotSayItsLanguageIsRefused) {
    CliResult exported = run({"strings", "export"});
    const fs::path file = root_ / "nameless.po";
    std::ofstream(file, std::ios::binary) << exported.out;
    CliResult imported = run({"strings", "import", file.string()});
    EXPECT_EQ(imported.status, 1);
    EXPECT_NE(imported.err.find("Language: quc"), std::string::npos) << imported.err;
    EXPECT_EQ(run({"strings", "export", "--lang", "es"}).status, 2);
    EXPECT_EQ(run({"play", (root_ / "scenarios/went_north").string(), "--best", "--lang", "zz"}).status, 2);
}
