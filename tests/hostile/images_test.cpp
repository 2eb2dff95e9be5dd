// A scene's image comes from the scenario pack like everything else: the game shows it only when
// it is a PNG or JPEG file in the scenario's own folder; anything else gets a warning naming the
// file (the game shows a placeholder), and a path out of the folder is an error.

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>
#include <fstream>
#include <string>

#include "disk_trace.h"
#include "script/catalog_loader.h"
#include "script/sandbox.h"
#include "script/scenario_loader.h"

namespace senales::test {
namespace {

const std::filesystem::path kLuaRoot = std::filesystem::path(SENALES_SOURCE_DIR) / "scripts" / "lua";
const std::filesystem::path kValid = std::filesystem::path(SENALES_FIXTURES_DIR) / "check" / "valid_small" / "scenario.lua";

class ImageTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        Diagnostics diagnostics;
        catalog_ = load_catalog(kLuaRoot, diagnostics).value_or(Catalog{});
    }

    // Loads valid_small with `image = "<name>"` in its first scene (scene "arrival", line 10).
    std::optional<Scenario> load_with_image(const std::string& name) {
        std::string lua = read_whole_file(kValid).value_or("");
        const std::string anchor = "text = { es = \"Llega a un bar.\", en = \"You arrive at a bar.\" },";
        lua.replace(lua.find(anchor), anchor.size(), anchor + " image = \"" + name + "\",");
        std::ofstream(folder() / "scenario.lua", std::ios::binary) << lua;
        diagnostics_ = {};
        return load_scenario(folder(), kLuaRoot, catalog_, diagnostics_);
    }

    void write(const std::string& name, const std::string& bytes) const {
        std::ofstream(folder() / name, std::ios::binary) << bytes;
    }

    std::filesystem::path folder() const { return scratch_.path(); }

    // The one diagnostic about the image, which must name it.
    Diagnostic about_image(const std::string& name) const {
        for (const Diagnostic& d : diagnostics_.items())
            if (d.message.find("image \"" + name + "\"") != std::string::npos) {
                EXPECT_EQ(d.line, 10) << d.format();  // scene "arrival"
                EXPECT_FALSE(d.hint.empty()) << d.format();
                return d;
            }
        ADD_FAILURE() << "nothing about " << name << " in:\n" << diagnostics_.format();
        return {};
    }

    static inline Catalog catalog_;
    ScratchFolder scratch_{"images"};
    Diagnostics diagnostics_;
};

const std::string kPngStart("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
const std::string kJpegStart("\xFF\xD8\xFF\xE0\0\x10JFIF", 10);

TEST_F(ImageTest, APngOrAJpegIsKept) {
    write("bar.png", kPngStart);
    write("room.jpg", kJpegStart);
    for (const char* name : {"bar.png", "room.jpg"}) {
        const std::optional<Scenario> scenario = load_with_image(name);
        ASSERT_TRUE(scenario) << diagnostics_.format();
        EXPECT_TRUE(diagnostics_.items().empty()) << diagnostics_.format();
        EXPECT_EQ(scenario->scenes[0].image, name);
    }
}

TEST_F(ImageTest, AFileThatIsNotAPictureIsAWarningAndAPlaceholder) {
    write("bar.png", "GIF89a, or a text file, or a program");
    const std::optional<Scenario> scenario = load_with_image("bar.png");
    ASSERT_TRUE(scenario) << diagnostics_.format();
    const Diagnostic d = about_image("bar.png");
    EXPECT_EQ(d.code, "not-an-image");
    EXPECT_EQ(d.level, DiagnosticLevel::warning);
    EXPECT_NE(d.hint.find("placeholder"), std::string::npos);
    EXPECT_EQ(scenario->scenes[0].image, "") << "the game must not open it";
}

TEST_F(ImageTest, AnEmptyFileIsNotAPicture) {
    write("bar.png", "");
    ASSERT_TRUE(load_with_image("bar.png"));
    EXPECT_EQ(about_image("bar.png").code, "not-an-image");
}

TEST_F(ImageTest, AMissingFileIsAWarning) {
    const std::optional<Scenario> scenario = load_with_image("bar.png");
    ASSERT_TRUE(scenario);
    EXPECT_EQ(about_image("bar.png").code, "missing-image");
    EXPECT_EQ(scenario->scenes[0].image, "");
}

TEST_F(ImageTest, AnEnormousFileIsNotOpened) {
    write("bar.png", kPngStart);
    std::filesystem::resize_file(folder() / "bar.png", 9u << 20);
    ASSERT_TRUE(load_with_image("bar.png"));
    const Diagnostic d = about_image("bar.png");
    EXPECT_EQ(d.code, "not-an-image");
    EXPECT_NE(d.message.find("too big"), std::string::npos) << d.message;
}

TEST_F(ImageTest, ANamedPipeIsNotOpened) {
    ASSERT_EQ(::mkfifo((folder() / "bar.png").c_str(), 0600), 0);
    const auto start = std::chrono::steady_clock::now();
    ASSERT_TRUE(load_with_image("bar.png"));
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 2.0);
    EXPECT_EQ(about_image("bar.png").code, "not-an-image");
}

TEST_F(ImageTest, ALinkIsNotFollowed) {
    ScratchFolder elsewhere("elsewhere");
    std::ofstream(elsewhere.path() / "secret.png", std::ios::binary) << kPngStart;
    std::filesystem::create_symlink(elsewhere.path() / "secret.png", folder() / "bar.png");
    const std::optional<Scenario> scenario = load_with_image("bar.png");
    ASSERT_TRUE(scenario);
    EXPECT_EQ(about_image("bar.png").code, "not-an-image");
    EXPECT_EQ(scenario->scenes[0].image, "");
}

TEST_F(ImageTest, APathOutOfTheFolderIsAnError) {
    for (const char* name : {"../bar.png", "/etc/passwd", "pictures/../../bar.png"}) {
        EXPECT_FALSE(load_with_image(name)) << name;
        EXPECT_EQ(about_image(name).code, "image-outside");
    }
}

TEST_F(ImageTest, APictureInASubfolderIsFine) {
    std::filesystem::create_directory(folder() / "pictures");
    write("pictures/bar.png", kPngStart);
    const std::optional<Scenario> scenario = load_with_image("pictures/bar.png");
    ASSERT_TRUE(scenario) << diagnostics_.format();
    EXPECT_EQ(scenario->scenes[0].image, "pictures/bar.png");
}

}  // namespace
}  // namespace senales::test
