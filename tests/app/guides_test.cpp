// The facilitators' guides shipped in docs/guides/ are what `senales guide` writes today: a guide
// that drifted from its scenario would teach a class something the game does not.
// After an intended change: SENALES_UPDATE_GUIDES=1 build/tests/app/app_tests --gtest_filter='Guides*'

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_run.h"

using namespace senales::test;
namespace fs = std::filesystem;

TEST(Guides, EveryScenarioHasACurrentGuideInBothLanguages) {
    const bool update = std::getenv("SENALES_UPDATE_GUIDES") != nullptr;
    const fs::path guides = source_path("docs/guides");
    int checked = 0;
    for (const auto& entry : fs::directory_iterator(source_path("scenarios"))) {
        if (!fs::exists(entry.path() / "scenario.lua")) continue;
        for (const char* lang : {"es", "en"}) {
            CliResult r = run({"guide", entry.path().string(), "--lang", lang});
            ASSERT_EQ(r.status, 0) << r.err;
            EXPECT_EQ(r.out.rfind("# ", 0), 0u);
            EXPECT_NE(r.out.find("## "), std::string::npos);
            const fs::path file = guides / (entry.path().filename().string() + "." + lang + ".md");
            if (update) {
                fs::create_directories(guides);
                std::ofstream(file, std::ios::binary) << r.out;
            }
            std::ifstream in(file, std::ios::binary);
            std::stringstream shipped;
            shipped << in.rdbuf();
            EXPECT_EQ(shipped.str(), r.out) << file << " is out of date: run SENALES_UPDATE_GUIDES=1";
            ++checked;
        }
    }
    EXPECT_GE(checked, 22);
}

TEST(Guides, AGuideNamesWhatEachChoiceTeachesAndItsSources) {
    CliResult r = run({"guide", source_path("scenarios/went_north"), "--lang", "en"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("## The decisions, one by one"), std::string::npos);
    EXPECT_NE(r.out.find("Good practice: "), std::string::npos);
    EXPECT_NE(r.out.find("Harm: "), std::string::npos);
    EXPECT_NE(r.out.find("## The three elements of trafficking"), std::string::npos);
    EXPECT_NE(r.out.find("It does not appear in this story."), std::string::npos);  // not trafficking
    EXPECT_NE(r.out.find("## Sources"), std::string::npos);
    EXPECT_EQ(run({"guide", source_path("scenarios/went_north"), "--lang", "zz"}).status, 2);
}
