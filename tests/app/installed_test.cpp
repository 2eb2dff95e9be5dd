// The game as installed: its data found from the program's folder, scenarios named by their id,
// a trainer's own scenarios beside the installed library, a manual page that keeps up with the
// command line, portable mode and folders named in UTF-8.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/data_root.h"
#include "cli_run.h"
#include "core/utf8_path.h"
#include "platform/user_folder.h"

using namespace senales::test;
namespace fs = std::filesystem;

namespace {

class TempFolder {
public:
    explicit TempFolder(const std::string& name)
        : path_(fs::temp_directory_path() /
                ("senales_installed_" + name + "_" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name())) {
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~TempFolder() { fs::remove_all(path_); }
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

void touch(const fs::path& file) {
    fs::create_directories(file.parent_path());
    std::ofstream(file) << "-- a stand-in\n";
}

// The layout `cmake --install` makes, with nothing but the file that marks a data root.
fs::path fake_install(const fs::path& prefix) {
    touch(prefix / "share" / "senales" / "scripts" / "lua" / "dsl.lua");
    fs::create_directories(prefix / "bin");
    return prefix / "bin";
}

}  // namespace

TEST(DataRoot, AnInstalledProgramFindsItsDataFromItsOwnFolder) {
    TempFolder prefix("prefix");
    const fs::path bin = fake_install(prefix.path());
    // SDL's base path ends in a separator; both spellings must work.
    EXPECT_EQ(senales::find_data_root(bin / ""), fs::weakly_canonical(prefix.path() / "share" / "senales"));
    EXPECT_EQ(senales::find_data_root(bin), fs::weakly_canonical(prefix.path() / "share" / "senales"));
}

TEST(DataRoot, DataBesideTheProgramComesBeforeTheInstalledData) {
    // A build folder inside a source tree, or a copy carried on a USB stick with its data.
    TempFolder prefix("beside");
    const fs::path bin = fake_install(prefix.path());
    touch(bin / "scripts" / "lua" / "dsl.lua");
    EXPECT_EQ(senales::find_data_root(bin), fs::weakly_canonical(bin));
}

TEST(DataRoot, SenalesHomeComesFirst) {
    TempFolder prefix("home_prefix");
    TempFolder home("home");
    touch(home.path() / "scripts" / "lua" / "dsl.lua");
    ::setenv("SENALES_HOME", home.path().c_str(), 1);
    const std::optional<fs::path> found = senales::find_data_root(fake_install(prefix.path()));
    ::unsetenv("SENALES_HOME");
    EXPECT_EQ(found, fs::weakly_canonical(home.path()));
}

TEST(PlayById, AScenarioIdIsLookedUpInTheLibraryFromAnyFolder) {
    const fs::path before = fs::current_path();
    fs::current_path(fs::temp_directory_path());
    CliResult result = run({"play", "job_offer", "--best", "--json", "--seed", "7"});
    fs::current_path(before);
    ASSERT_EQ(result.status, 0) << result.err;
    nlohmann::json report = nlohmann::json::parse(result.out);
    EXPECT_EQ(report["scenario"], "job_offer");
    EXPECT_EQ(report["scores"]["passed"], true);
}

TEST(PlayById, AnUnknownIdSaysWhereItLookedAndHowToSeeTheIds) {
    TempFolder data("unknown");
    CliResult result = run({"play", "no_such_scenario", "--best", "--data-dir", data.path().string()});
    EXPECT_EQ(result.status, 1);
    EXPECT_NE(result.err.find("no scenario \"no_such_scenario\" in "), std::string::npos) << result.err;
    EXPECT_NE(result.err.find((data.path() / "scenarios").string()), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("senales list"), std::string::npos) << result.err;
}

TEST(UserScenarios, AreListedAfterTheInstalledLibraryAndPlayedByTheirId) {
    TempFolder data("user");
    const fs::path own = data.path() / "scenarios" / "valid_small";
    fs::create_directories(own);
    fs::copy_file(fixture_path("check/valid_small/scenario.lua"), own / "scenario.lua");

    CliResult listed = run({"list", "--json", "--data-dir", data.path().string()});
    ASSERT_EQ(listed.status, 0) << listed.err;
    nlohmann::json list = nlohmann::json::parse(listed.out);
    ASSERT_GE(list.size(), 2u);
    EXPECT_EQ(list.front()["library"], "installed");
    EXPECT_EQ(list.back()["id"], "valid_small");
    EXPECT_EQ(list.back()["library"], "user");
    EXPECT_EQ(list.back()["loads"], true);

    CliResult text = run({"list", "--data-dir", data.path().string()});
    EXPECT_NE(text.out.find("Your own and received scenarios, in " + (data.path() / "scenarios").string() +
                            "\n  valid_small"),
              std::string::npos)
        << text.out;

    CliResult played = run({"play", "valid_small", "--best", "--json", "--data-dir", data.path().string()});
    ASSERT_EQ(played.status, 0) << played.err;
    EXPECT_EQ(nlohmann::json::parse(played.out)["scenario"], "valid_small");
}

TEST(UserScenarios, AnEmptyFolderSaysWhereTheyGo) {
    TempFolder data("empty");
    CliResult text = run({"list", "--data-dir", data.path().string()});
    ASSERT_EQ(text.status, 0) << text.err;
    EXPECT_NE(text.out.find("Your own and received scenarios go in " + (data.path() / "scenarios").string()),
              std::string::npos)
        << text.out;
    EXPECT_FALSE(fs::exists(data.path() / "scenarios"));  // listing leaves no trace
}

// Every option a command's --help shows is in docs/senales.6, so the manual cannot fall behind.
TEST(ManPage, NamesEveryCommandAndOption) {
    std::ifstream file(source_path("docs/senales.6"));
    ASSERT_TRUE(file) << "docs/senales.6";
    std::stringstream buffer;
    buffer << file.rdbuf();
    const std::string page = std::regex_replace(buffer.str(), std::regex(R"(\\-)"), "-");

    const std::vector<std::vector<std::string>> commands = {
        {},           {"check"},           {"list"},           {"play"},           {"records"},
        {"graph"},    {"guide"},           {"shots"},          {"strings"},        {"records", "list"},
        {"records", "summary"}, {"records", "export"}, {"records", "delete"}, {"records", "pin"},
        {"strings", "export"},  {"strings", "import"}};
    const std::regex option(R"(--[a-z][a-z-]+)");
    std::set<std::string> missing;
    for (const auto& command : commands) {
        std::vector<std::string> args = command;
        args.push_back("--help");
        CliResult help = run(args);
        ASSERT_EQ(help.status, 0) << help.err;
        for (std::sregex_iterator it(help.out.begin(), help.out.end(), option), end; it != end; ++it)
            if (page.find(it->str()) == std::string::npos) missing.insert(it->str());
        if (!command.empty() && page.find(command.back()) == std::string::npos) missing.insert(command.back());
    }
    EXPECT_TRUE(missing.empty()) << "docs/senales.6 lacks: " << [&] {
        std::string all;
        for (const auto& m : missing) all += m + " ";
        return all;
    }();
}

TEST(Portable, AMarkerBesideTheProgramKeepsItsDataBesideIt) {
    TempFolder program("portable");
    EXPECT_EQ(senales::portable_folder(program.path(), false), std::nullopt);
    EXPECT_EQ(senales::portable_folder(program.path(), true), program.path() / "data");
    touch(program.path() / senales::kPortableMarker);
    EXPECT_EQ(senales::portable_folder(program.path(), false), program.path() / "data");
    EXPECT_EQ(senales::portable_folder(std::nullopt, true), std::nullopt);
}

TEST(Portable, TheOptionPutsTheUsersScenariosBesideTheProgram) {
    const std::optional<fs::path> program = senales::program_folder();
    ASSERT_TRUE(program);
    CliResult portable = run({"--portable", "list"});
    ASSERT_EQ(portable.status, 0) << portable.err;
    EXPECT_NE(portable.out.find("go in " + (*program / "data" / "scenarios").lexically_normal().string()), std::string::npos)
        << portable.out;
    // Without it, the next run is back to the user's data folder.
    CliResult again = run({"list"});
    EXPECT_EQ(again.out.find((*program / "data").lexically_normal().string()), std::string::npos) << again.out;
}

// A folder named in UTF-8 is that folder on every system (on Windows a narrow string would be
// read in the ANSI code page).
TEST(Utf8Paths, AFolderWithAnEnyeIsKeptAsWritten) {
    const std::string name = "Se\xC3\xB1" "ales/ni\xC3\xB1" "a";
    const fs::path path = senales::utf8_path(name);
    // (Debian's GoogleTest, built as C++17, cannot print a u8string: compared, not printed.)
    EXPECT_TRUE(path.u8string() == std::u8string(u8"Señales/niña"));
    EXPECT_EQ(senales::path_utf8(path), name);
    EXPECT_TRUE(path.filename().u8string() == std::u8string(u8"niña"));
}

TEST(Utf8Paths, RecordsGoToAFolderWithAnEnye) {
    TempFolder data("enye");
    const std::string folder = senales::path_utf8(data.path()) + "/Se\xC3\xB1" "ales";
    CliResult played = run({"play", "job_offer", "--best", "--trainee", "Nin\xC3\xB1" "a", "--data-dir", folder});
    ASSERT_EQ(played.status, 0) << played.err;
    EXPECT_TRUE(fs::exists(senales::utf8_path(folder) / "records.sqlite"));
}
