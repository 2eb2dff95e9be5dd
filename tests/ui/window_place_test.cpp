// The window fits the screens of real classrooms: a 1024x768 projector, 1280x720 and 1366x768
// laptops with a task bar, and opens where it was left on the same display.

#include <gtest/gtest.h>

#include "platform/window_place.h"
#include "ui/settings.h"

namespace senales::test {
namespace {

using platform::fit_window;
using platform::Rect;

bool inside(const Rect& r, const Rect& usable) {
    return r.x >= usable.x && r.y >= usable.y && r.x + r.w <= usable.x + usable.w && r.y + r.h <= usable.y + usable.h;
}

TEST(WindowPlace, TheWindowFitsEveryClassroomScreen) {
    // Usable areas as a desktop reports them: the screen less a 40 px task bar at the bottom.
    for (const Rect usable : {Rect{0, 0, 1024, 728}, Rect{0, 0, 1280, 680}, Rect{0, 0, 1366, 728}, Rect{0, 27, 1024, 741}}) {
        const Rect r = fit_window(usable, 1280, 720, std::nullopt);
        EXPECT_TRUE(inside(r, usable)) << usable.w << "x" << usable.h << " gave " << r.x << "," << r.y << " " << r.w << "x" << r.h;
        EXPECT_GE(r.w, 800);
        EXPECT_GE(r.h, 600);
        // Centred in what is left.
        EXPECT_EQ(r.x - usable.x, usable.x + usable.w - (r.x + r.w));
    }
    // On a 1024x768 projector the 1280x720 window used to open at x = -126.
    EXPECT_EQ(fit_window({0, 0, 1024, 768}, 1280, 720, std::nullopt), (Rect{0, 24, 1024, 720}));
    // A screen smaller than 800x600 is the limit itself.
    EXPECT_EQ(fit_window({0, 0, 640, 480}, 1280, 720, std::nullopt), (Rect{0, 0, 640, 480}));
    // Never smaller than 800x600 when asked for less and there is room.
    EXPECT_EQ(fit_window({0, 0, 1920, 1040}, 300, 200, std::nullopt), (Rect{560, 220, 800, 600}));
}

TEST(WindowPlace, TheLastPlaceOnThisDisplayIsKeptWhileItFits) {
    const Rect usable{0, 0, 1366, 728};
    EXPECT_EQ(fit_window(usable, 1280, 720, Rect{100, 50, 900, 640}), (Rect{100, 50, 900, 640}));
    // The display shrank (a projector at a lower mode): brought back inside, smaller if it must.
    EXPECT_EQ(fit_window({0, 0, 1024, 728}, 1280, 720, Rect{500, 300, 900, 640}), (Rect{124, 88, 900, 640}));
    EXPECT_EQ(fit_window({0, 0, 1024, 728}, 1280, 720, Rect{-50, -20, 1300, 900}), (Rect{0, 0, 1024, 728}));
}

TEST(WindowPlace, EachDisplayHasItsOwnPlaceInTheSettingsFile) {
    EXPECT_EQ(platform::display_key("HDMI-1", 1920, 1080), "HDMI-1_1920x1080");
    EXPECT_EQ(platform::display_key("Dell U2412M (DP = 1)", 1920, 1200), "Dell_U2412M__DP___1__1920x1200");
    EXPECT_EQ(platform::display_key("", 1024, 768), "display_1024x768");

    ui::Settings s;
    s.window_places["HDMI-1_1024x768"] = platform::place_text({0, 24, 1024, 720});
    s.window_places["eDP-1_1366x768"] = platform::place_text({100, 40, 1000, 640});
    s.window_display = "eDP-1_1366x768";
    std::vector<std::string> problems;
    const ui::Settings read = ui::parse_settings(ui::settings_text(s), &problems);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(read, s);
    EXPECT_EQ(platform::parse_place(read.window_places.at("eDP-1_1366x768")), (Rect{100, 40, 1000, 640}));
    // A place edited by hand into nonsense is not used.
    for (const char* bad : {"", "1 2 3", "1 2 3 4 5", "a b c d", "0 0 -5 600", "0 0 999999 600"})
        EXPECT_FALSE(platform::parse_place(bad).has_value()) << bad;
}

}  // namespace
}  // namespace senales::test
