// The platform layer: pictures that cannot be shown, screenshots, and a loop that sleeps while idle.

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "ui_harness.h"

namespace senales::test {
namespace {

std::filesystem::path temp_file(const std::string& name) { return std::filesystem::temp_directory_path() / name; }

TEST(Images, AMissingOrCorruptPictureGivesAPlaceholder) {
    Harness h;
    ASSERT_TRUE(h.ok()) << h.errors();
    const ui::Texture& missing = h.platform().images().get(temp_file("senales-no-such-picture.png"));
    EXPECT_TRUE(missing.placeholder);
    EXPECT_NE(missing.id, nullptr);
    EXPECT_NE(missing.problem.find("no such file"), std::string::npos) << missing.problem;

    const std::filesystem::path corrupt = temp_file("senales-corrupt.png");
    std::ofstream(corrupt, std::ios::binary) << "\x89PNG\r\n\x1a\n this is not really a picture";
    const ui::Texture& broken = h.platform().images().get(corrupt);
    EXPECT_TRUE(broken.placeholder);
    EXPECT_NE(broken.id, nullptr);
    std::filesystem::remove(corrupt);
    EXPECT_EQ(h.platform().take_messages().size(), 2u);

    // A frame saved as PNG loads back as a real picture.
    const std::filesystem::path shot = temp_file("senales-frame.png");
    ASSERT_TRUE(h.session().frame(&shot));
    const ui::Texture& real = h.platform().images().get(shot);
    EXPECT_FALSE(real.placeholder) << real.problem;
    EXPECT_EQ(real.width, 1280);
    EXPECT_EQ(real.height, 720);
    std::filesystem::remove(shot);
}

TEST(Images, ASceneWhosePictureIsMissingShowsThePlaceholderAndPlays) {
    Harness h;
    ASSERT_TRUE(h.ok()) << h.errors();
    // A copy of a shipped scenario whose first scene names a picture that is not there.
    ui::GameData data;
    data.catalog = h.flow().game().data().catalog;
    data.scenarios.push_back(h.flow().game().data().scenarios.front());
    Scenario& scenario = data.scenarios.front();
    scenario.scenes[static_cast<std::size_t>(scenario.start)].image = "not-there.png";
    std::vector<std::string> notices;
    auto store = records::RecordStore::open(":memory:", notices);
    ui::GameFlow flow(std::move(data), ui::Settings{}, *store, h.platform().images(), h.platform().key_codes());
    flow.set_fonts(h.flow().game().look().fonts);
    flow.open_scenario(0);
    flow.begin();
    for (int i = 0; i < 3; ++i) {
        h.platform().begin_frame();
        flow.draw();
        h.platform().end_frame();
    }
    ASSERT_EQ(flow.screen(), ui::Screen::scene);
    const ui::Texture* picture = flow.game().scene_image();
    ASSERT_NE(picture, nullptr);
    EXPECT_TRUE(picture->placeholder);
    EXPECT_TRUE(flow.choose(1) == std::nullopt);
}

TEST(Idle, AnOpenSceneDrawsNothingWhileNoInputComes) {
    Harness h;
    ASSERT_TRUE(h.ok()) << h.errors();
    h.flow().open_scenario(0);
    h.flow().begin();
    h.tick(1);
    // Let the scene settle the way the game loop does, then leave it alone for 1.5 s.
    for (int i = 0; i < 10; ++i) h.session().step(0);
    const std::uint64_t before = h.platform().frames_rendered();
    const std::clock_t cpu_before = std::clock();
    const auto start = std::chrono::steady_clock::now();
    while (std::chrono::steady_clock::now() - start < std::chrono::milliseconds(1500)) h.session().step(100);
    const std::uint64_t idle_frames = h.platform().frames_rendered() - before;
    const double cpu_ms = 1000.0 * static_cast<double>(std::clock() - cpu_before) / CLOCKS_PER_SEC;
    RecordProperty("idle_frames", static_cast<int>(idle_frames));
    RecordProperty("idle_cpu_ms", static_cast<int>(cpu_ms));
    std::printf("idle: %llu frames and %.0f ms of CPU in 1.5 s with a scene open\n",
                static_cast<unsigned long long>(idle_frames), cpu_ms);
    EXPECT_EQ(idle_frames, 0u);

    // A key press draws a few frames, and then it is quiet again.
    platform::push_key(SDL_SCANCODE_DOWN, true);
    platform::push_key(SDL_SCANCODE_DOWN, false);
    const std::uint64_t at_key = h.platform().frames_rendered();
    for (int i = 0; i < 30; ++i) h.session().step(10);
    const std::uint64_t after_key = h.platform().frames_rendered() - at_key;
    EXPECT_GE(after_key, 2u);
    EXPECT_LE(after_key, 3u * platform::Platform::kSettleFrames);
}

}  // namespace
}  // namespace senales::test
