// Settings survive a restart, and a damaged file never stops the game.

#include <filesystem>
#include <fstream>

#include "../hostile/disk_trace.h"
#include "ui/settings.h"
#include "ui_harness.h"

namespace senales::test {
namespace {

TEST(Settings, RoundTripThroughTheFile) {
    ui::Settings s;
    s.lang = Lang::en;
    s.text_percent = 175;
    s.theme = ui::Theme::contrast;
    s.feedback = ui::FeedbackTiming::immediate;
    s.fullscreen = true;
    s.facilitator = true;
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "senales-settings-test.txt";
    std::string error;
    ASSERT_TRUE(ui::save_settings(file, s, &error)) << error;
    std::vector<std::string> problems;
    EXPECT_EQ(ui::load_settings(file, &problems), s);
    EXPECT_TRUE(problems.empty());
    std::filesystem::remove(file);
}

TEST(Settings, ADamagedFileGivesDefaultsAndSaysWhy) {
    std::vector<std::string> problems;
    ui::Settings s = ui::parse_settings("language = ../fr\ntext_percent = lots\ntheme = neon\nno equals here\n"
                                        "text_size = 3\nfullscreen = maybe\n\x01\x02\xff garbage",
                                        &problems);
    EXPECT_EQ(s, ui::Settings{});
    EXPECT_EQ(problems.size(), 6u);
    // Any language code is kept as written: whether it is installed is the game's to check.
    EXPECT_EQ(ui::parse_settings("language = quc", nullptr).lang.code(), "quc");
    // Out of range is clamped, not refused.
    EXPECT_EQ(ui::parse_settings("text_percent = 900", nullptr).text_percent, ui::kMaxTextPercent);
    EXPECT_EQ(ui::parse_settings("text_percent = -5", nullptr).text_percent, ui::kMinTextPercent);

    // Binary junk, or a huge file, is not read at all.
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "senales-settings-junk.txt";
    std::ofstream(file, std::ios::binary) << std::string(200000, '\0');
    problems.clear();
    EXPECT_EQ(ui::load_settings(file, &problems), ui::Settings{});
    EXPECT_EQ(problems.size(), 1u);
    std::filesystem::remove(file);
    EXPECT_EQ(ui::load_settings(file, &problems), ui::Settings{});  // missing: first run, no problem
    EXPECT_EQ(problems.size(), 1u);
}

TEST(Settings, TheGameOpensWithADamagedFileAndTellsTheTrainee) {
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "senales-settings-damaged.txt";
    std::ofstream(file) << "theme = neon\ntext_percent = 150\n";
    Library library(SENALES_SOURCE_DIR);
    std::ostringstream err;
    SessionOptions options;
    options.headless = true;
    options.settings_file = file;
    std::unique_ptr<GameSession> session = GameSession::open(library, options, err);
    ASSERT_NE(session, nullptr) << err.str();
    EXPECT_EQ(session->flow().game().settings().text_percent, 150);  // what could be read is kept
    EXPECT_EQ(session->flow().game().settings().theme, ui::Theme::dark);
    EXPECT_NE(err.str().find("theme must be"), std::string::npos) << err.str();
    ASSERT_EQ(session->flow().game().notices().size(), 1u);

    // A change made on screen is written back.
    session->flow().game().settings().theme = ui::Theme::light;
    session->frame();
    std::vector<std::string> problems;
    EXPECT_EQ(ui::load_settings(file, &problems).theme, ui::Theme::light);
    EXPECT_TRUE(problems.empty());
    session.reset();
    std::filesystem::remove(file);
}

// A USB stick that travels between laptops: with --data-dir the records, the settings and the
// translations are all in that folder, and nothing is left in the user's own data folder.
TEST(Settings, WithADataFolderNothingIsWrittenElsewhere) {
    const std::filesystem::path root = std::filesystem::temp_directory_path() / "senales-usb-stick-test";
    std::filesystem::remove_all(root);
    const std::filesystem::path stick = root / "stick", home = root / "home";
    std::filesystem::create_directories(home);
    ScopedEnv home_env("HOME", home.string()), xdg_env("XDG_DATA_HOME", (home / "data").string());

    Library library(SENALES_SOURCE_DIR);
    SessionOptions options = game_session_options(library, stick.string());
    options.headless = true;
    EXPECT_EQ(library.user_lang_folder(), stick / "lang");
    std::ostringstream err;
    std::unique_ptr<GameSession> session = GameSession::open(library, options, err);
    ASSERT_NE(session, nullptr) << err.str();
    session->flow().game().settings().theme = ui::Theme::contrast;
    session->frame();
    session.reset();

    std::vector<std::string> problems;
    EXPECT_EQ(ui::load_settings(stick / "settings.txt", &problems).theme, ui::Theme::contrast);
    EXPECT_TRUE(std::filesystem::exists(stick / "records.sqlite"));
    EXPECT_TRUE(std::filesystem::is_empty(home)) << "something was written in the user's own folders";
    std::filesystem::remove_all(root);
}

}  // namespace
}  // namespace senales::test
