#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_run.h"

using namespace senales::test;

// The README teaches trainers with a complete example: it must stay a scenario that passes.
TEST(Readme, ExampleScenarioPassesCheck) {
    std::ifstream readme(source_path("README.md"));
    ASSERT_TRUE(readme) << "README.md not found";
    std::stringstream text;
    text << readme.rdbuf();
    std::string content = text.str();
    std::size_t begin = content.find("```lua\n");
    ASSERT_NE(begin, std::string::npos) << "README.md has no ```lua example";
    begin += 7;
    std::size_t end = content.find("```", begin);
    ASSERT_NE(end, std::string::npos);

    auto folder = std::filesystem::temp_directory_path() / "senales_readme_example" / "readme_example";
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "scenario.lua") << content.substr(begin, end - begin);

    CliResult r = run({"check", folder.string()});
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("best passes, worst fails"), std::string::npos) << r.out;
    std::filesystem::remove_all(folder.parent_path());
}
