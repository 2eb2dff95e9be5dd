// In every theme a hovered option looks unlike a selected one, on the rendered pixels: a projector
// washes out small differences, and in high contrast they once looked almost the same.

#include <cstdlib>

#include "ui/theme.h"
#include "ui_harness.h"

namespace senales::test {
namespace {

struct Rgb {
    int r = 0, g = 0, b = 0;
};

Rgb pixel(const platform::Platform::FramePixels& frame, float x, float y) {
    const int px = static_cast<int>(x), py = static_cast<int>(y);
    const std::size_t at = (static_cast<std::size_t>(py) * static_cast<std::size_t>(frame.width) + static_cast<std::size_t>(px)) * 3;
    return {frame.rgb[at], frame.rgb[at + 1], frame.rgb[at + 2]};
}

int distance(Rgb a, Rgb b) { return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b); }

Rgb of(const ImVec4& c) {
    return {static_cast<int>(c.x * 255.0f + 0.5f), static_cast<int>(c.y * 255.0f + 0.5f), static_cast<int>(c.z * 255.0f + 0.5f)};
}

// Whether the left edge of a widget, at mid-height, is drawn in `color` (the selection frame).
bool edge_in(const platform::Platform::FramePixels& frame, const ImVec4& r, Rgb color) {
    const float y = (r.y + r.w) * 0.5f;
    for (float dx = 0.0f; dx < 3.0f; dx += 1.0f)
        if (distance(pixel(frame, r.x + dx, y), color) < 60) return true;
    return false;
}

class HoverAndSelection : public ::testing::TestWithParam<ui::Theme> {};

TEST_P(HoverAndSelection, LookDifferentOnScreen) {
    ui::Settings settings;
    settings.theme = GetParam();
    Harness h(settings);
    ASSERT_TRUE(h.ok()) << h.errors();
    h.tick(3);
    ASSERT_TRUE(h.click("settings"));
    ASSERT_EQ(h.flow().screen(), ui::Screen::settings);
    const std::string selected = "theme:" + std::string(ui::to_string(GetParam()));
    const std::string hovered = GetParam() == ui::Theme::dark ? "theme:light" : "theme:dark";
    const ImVec4 over = ui::probes().at(hovered);
    platform::move_mouse(h.platform(), static_cast<int>((over.x + over.z) * 0.5f), static_cast<int>((over.y + over.w) * 0.5f));
    h.tick(3);
    h.platform().capture_next_frame();
    h.tick(1);
    const platform::Platform::FramePixels& frame = h.platform().captured();
    ASSERT_GT(frame.width, 0);

    const ImVec4 s = ui::probes().at(selected), o = ui::probes().at(hovered);
    // Inside each, left of its label: the fill.
    const Rgb selected_fill = pixel(frame, s.x + 8.0f, (s.y + s.w) * 0.5f), hovered_fill = pixel(frame, o.x + 8.0f, (o.y + o.w) * 0.5f);
    EXPECT_GE(distance(selected_fill, hovered_fill), 60)
        << "selected " << selected_fill.r << "," << selected_fill.g << "," << selected_fill.b << " and hovered "
        << hovered_fill.r << "," << hovered_fill.g << "," << hovered_fill.b << " look alike";
    // The selected one has the accent frame; the hovered one does not.
    const Rgb accent = of(ui::palette(GetParam()).accent);
    EXPECT_TRUE(edge_in(frame, s, accent)) << "the selected option has no frame in the accent colour";
    EXPECT_FALSE(edge_in(frame, o, accent)) << "the hovered option has the selection's frame";
}

INSTANTIATE_TEST_SUITE_P(EveryTheme, HoverAndSelection,
                         ::testing::Values(ui::Theme::dark, ui::Theme::light, ui::Theme::contrast),
                         [](const ::testing::TestParamInfo<ui::Theme>& info) { return std::string(ui::to_string(info.param)); });

}  // namespace
}  // namespace senales::test
