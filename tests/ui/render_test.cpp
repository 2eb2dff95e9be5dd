// Every screen, in both languages, at 100 % and 250 % text and in each theme, rendered headless
// without an ImGui assertion (which would stop the test), and fonts that hold every character.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>

#include "app/commands.h"
#include "ui/glyphs.h"
#include "ui/ui_text.h"
#include "core/text_keys.h"
#include "ui_harness.h"

namespace senales::test {
namespace {

struct TourCase {
    const char* lang;
    const char* scale;
    const char* theme;
    int width = 1280, height = 720;
};

// Test names must not change between runs: ctest finds them by name.
void PrintTo(const TourCase& c, std::ostream* os) { *os << c.lang << " " << c.scale << " " << c.theme; }

class EveryScreen : public ::testing::TestWithParam<TourCase> {};

// PNG width and height from the IHDR chunk.
std::pair<int, int> png_size(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    unsigned char header[24] = {};
    in.read(reinterpret_cast<char*>(header), sizeof header);
    auto be = [&](int at) { return (header[at] << 24) | (header[at + 1] << 16) | (header[at + 2] << 8) | header[at + 3]; };
    if (header[1] != 'P' || header[2] != 'N' || header[3] != 'G') return {0, 0};
    return {be(16), be(20)};
}

TEST_P(EveryScreen, RendersTheTourWithoutErrors) {
    const TourCase c = GetParam();
    const std::filesystem::path out =
        std::filesystem::temp_directory_path() /
        ("senales-shots-" + std::string(c.lang) + c.scale + c.theme + std::to_string(c.width) + "-" + std::to_string(std::random_device{}()));
    std::filesystem::remove_all(out);
    std::ostringstream out_text, err_text;
    std::istringstream in;
    Console console{in, out_text, err_text, false};
    const std::string size = std::to_string(c.width) + "x" + std::to_string(c.height);
    const char* argv[] = {"senales", "shots", "--out", out.c_str(), "--lang", c.lang, "--scale", c.scale, "--theme", c.theme,
                          "--size", size.c_str()};
    // It fails when a widget is cut off at the side of the window: everything is reachable.
    ASSERT_EQ(run_cli(12, argv, console), 0) << err_text.str();
    EXPECT_EQ(err_text.str(), "");

    // Each kind of screen appears, and every file is a PNG of the window's size.
    std::set<std::string> kinds;
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(out)) {
        ++files;
        std::string name = entry.path().stem().string().substr(3);
        kinds.insert(name.substr(0, name.find('-')));
        EXPECT_EQ(png_size(entry.path()), std::make_pair(c.width, c.height)) << entry.path();
    }
    for (const char* kind : {"title", "who", "scenario", "content", "scene", "pause", "leave", "feedback", "discussion",
                             "ending", "debrief", "settings"})
        EXPECT_TRUE(kinds.count(kind)) << "no screenshot of " << kind;
    const std::string printed = out_text.str();
    EXPECT_EQ(std::count(printed.begin(), printed.end(), '\n'), files);
    std::filesystem::remove_all(out);
}

INSTANTIATE_TEST_SUITE_P(LanguagesSizesThemes, EveryScreen,
                         ::testing::Values(TourCase{"es", "1", "dark"}, TourCase{"en", "2.5", "contrast"},
                                           TourCase{"es", "2.5", "light", 1024, 768}, TourCase{"en", "1", "light", 1366, 768},
                                           TourCase{"es", "1", "contrast", 1024, 768}),
                         [](const ::testing::TestParamInfo<TourCase>& info) {
                             std::string scale = info.param.scale;
                             std::replace(scale.begin(), scale.end(), '.', '_');
                             return std::string(info.param.lang) + "_" + scale + "_" + info.param.theme + "_" +
                                    std::to_string(info.param.width) + "x" + std::to_string(info.param.height);
                         });

// Every character the game can show: the interface's words, the scenarios, the catalog, and every
// installed translation.
std::vector<std::string> every_text(const ui::GameData& data) {
    std::vector<std::string> texts;
    auto add = [&](const Text& t, const SourceLocation&) {
        texts.push_back(t.es);
        texts.push_back(t.en);
    };
    for (const auto& [key, t] : data.interface->texts) add(t, {});
    for (const Scenario& s : data.scenarios) for_each_text(s, add);
    for_each_text(*data.catalog, add);
    for (const auto& [id, x] : data.catalog->sources) texts.push_back(x.title);
    for (const Lang& lang : data.languages->installed())
        if (const LanguagePack* pack = data.languages->pack(lang))
            for (const auto& [key, translation] : pack->by_key) texts.push_back(translation.text);
    return texts;
}

TEST(Fonts, TheAtlasHoldsEveryCharacterTheGameShows) {
    ui::Settings settings;
    settings.text_percent = 250;
    Harness h(settings);
    ASSERT_TRUE(h.ok()) << h.errors();
    const ui::Fonts& fonts = h.flow().game().look().fonts;
    ASSERT_FALSE(fonts.fallback) << "DejaVu Sans not found: install fonts-dejavu-core";
    for (ImFont* font : {fonts.body, fonts.bold, fonts.story, fonts.heading, fonts.title}) {
        ASSERT_NE(font, nullptr);
        for (const char* sample : {"áéíóúñÁÉÍÓÚÑ¿¡üÜ", "“comillas” ‘simples’ … – —", "✓ ✗ · • −"})
            EXPECT_TRUE(ui::missing_glyphs(*font, sample).empty()) << sample;
    }
    std::set<char32_t> missing;
    for (const std::string& text : every_text(h.flow().game().data()))
        for (char32_t c : ui::missing_glyphs(*fonts.body, text)) missing.insert(c);
    std::string list;
    for (char32_t c : missing) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "U+%04X ", static_cast<unsigned>(c));
        list += hex;
    }
    EXPECT_TRUE(missing.empty()) << "characters with no glyph (they would show as '?'): " << list;
}

// Every key the screens name is in interface.lua, in both languages.
TEST(Strings, EveryKeyTheScreensUseIsInTheInterfaceFile) {
    Harness h;
    ASSERT_TRUE(h.ok()) << h.errors();
    const TextTable& table = *h.flow().game().data().interface;
    for (int i = 0; i < ui::kStringCount; ++i) {
        const std::string key(ui::key_name(static_cast<ui::Str>(i)));
        const Text* text = table.find(key);
        ASSERT_NE(text, nullptr) << key << " is not in scripts/lua/interface.lua";
        EXPECT_FALSE(text->es.empty()) << key;
        EXPECT_FALSE(text->en.empty()) << key;
    }
    const Wording english(Lang::en, table);
    EXPECT_EQ(ui::trf(ui::Str::best_score, english, {"82"}), "Done · best score 82/100");
}

TEST(Layout, FollowsTheWindowWhenItIsResized) {
    Harness h;
    ASSERT_TRUE(h.ok()) << h.errors();
    h.tick(3);
    EXPECT_EQ(ImGui::GetIO().DisplaySize.x, 1280.0f);
    EXPECT_NEAR(ui::column_width(), 40.0f * 20.0f, 1.0f);  // the title's column: 40 font heights
    SDL_SetWindowSize(h.platform().window(), 700, 500);
    h.tick(3);
    EXPECT_EQ(ImGui::GetIO().DisplaySize.x, 700.0f);
    EXPECT_LT(ui::column_width(), 700.0f);  // narrower than the window, so the text wraps inside it
    const ImVec4 start = ui::probes().at("start");
    EXPECT_LE(start.z, 700.0f);
    SDL_SetWindowSize(h.platform().window(), 1920, 1080);
    h.tick(3);
    EXPECT_EQ(ImGui::GetIO().DisplaySize.y, 1080.0f);
    EXPECT_GT(ui::probes().at("start").x, start.x);  // the column stays centred
}

}  // namespace
}  // namespace senales::test
