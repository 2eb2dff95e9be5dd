// A whole run by keyboard alone, from the title to the end of the debrief and its sources: Tab
// and Shift+Tab to reach a detail, Enter to flag it, the number keys to choose, PgDn/Home/End to
// read long screens. It counts the presses, for the closing note and for anyone who wants the
// game to stay quick to use without a mouse.

#include <imgui_internal.h>

#include "core/explorer.h"
#include "ui_harness.h"

namespace senales::test {
namespace {

using ui::Screen;

class Keyboard {
public:
    explicit Keyboard(Harness& h) : h_(h) {}
    void press(SDL_Scancode key) {
        ++presses_;
        h_.press(key);
    }
    void shift_tab() {
        ++presses_;
        platform::hold_shift(true);
        h_.tick(1);
        h_.press(SDL_SCANCODE_TAB);
        platform::hold_shift(false);
        h_.tick(1);
    }
    // Tab until the widget `probe` has the focus; false if a whole cycle never reaches it.
    bool tab_to(const std::string& probe) {
        for (int i = 0; i < 80 && ui::focused_probe() != probe; ++i) press(SDL_SCANCODE_TAB);
        return ui::focused_probe() == probe;
    }
    int presses() const { return presses_; }

private:
    Harness& h_;
    int presses_ = 0;
};

ImGuiWindow* screen_window(const char* name) { return ImGui::FindWindowByName(name); }

TEST(Keyboard, AWholeRunFromTheTitleToTheEndOfTheDebriefWithoutAMouse) {
    Harness h;
    ASSERT_TRUE(h.ok()) << h.errors();
    Keyboard keys(h);
    h.tick(3);
    ASSERT_EQ(h.flow().screen(), Screen::title);
    keys.press(SDL_SCANCODE_RETURN);  // Start
    ASSERT_EQ(h.flow().screen(), Screen::who);
    h.type("Rosa Ixcoy");
    keys.press(SDL_SCANCODE_RETURN);  // out of the field, to the audience
    keys.press(SDL_SCANCODE_RETURN);  // Police
    keys.press(SDL_SCANCODE_RETURN);  // Continue
    ASSERT_EQ(h.flow().screen(), Screen::list);
    keys.press(SDL_SCANCODE_RETURN);  // the first scenario
    ASSERT_EQ(h.flow().screen(), Screen::content_note);
    keys.press(SDL_SCANCODE_RETURN);  // Begin
    ASSERT_EQ(h.flow().screen(), Screen::scene);

    const Scenario& scenario = *h.flow().game().scenario();
    const ExplorationReport report = explore(scenario, *h.flow().game().data().catalog);
    bool went_back = false;
    for (const Step& step : report.best.steps) {
        ASSERT_EQ(h.flow().screen(), Screen::scene);
        if (step.kind == Step::Kind::flag) {
            ASSERT_TRUE(keys.tab_to("flag:" + step.detail)) << "Tab never reaches " << step.detail;
            if (!went_back) {  // Shift+Tab goes back one widget, and Tab returns
                const std::string here = ui::focused_probe();
                keys.shift_tab();
                EXPECT_NE(ui::focused_probe(), here);
                ASSERT_TRUE(keys.tab_to(here));
                went_back = true;
            }
            keys.press(SDL_SCANCODE_RETURN);
            ASSERT_TRUE(h.flow().game().runner()->state().is_flagged(step.detail)) << step.detail;
            continue;
        }
        const std::size_t decisions = h.flow().game().runner()->state().decisions.size();
        keys.press(digit_key(offered_number(*h.flow().game().runner(), step.choice)));
        ASSERT_EQ(h.flow().game().runner()->state().decisions.size(), decisions + 1);
    }
    EXPECT_TRUE(went_back);
    ASSERT_EQ(h.flow().screen(), Screen::ending);
    keys.press(SDL_SCANCODE_RETURN);  // See the debrief
    ASSERT_EQ(h.flow().screen(), Screen::debrief);
    EXPECT_EQ(ui::focused_probe(), "debrief:details");  // reading on, not "Back", has the focus

    // The details: PgDn page by page to the bottom, Home to the top, End to the bottom again.
    keys.press(SDL_SCANCODE_RETURN);
    ASSERT_EQ(h.flow().screen(), Screen::debrief_details);
    h.tick(4);
    ImGuiWindow* details = screen_window("###debrief_details");
    ASSERT_NE(details, nullptr);
    ASSERT_GT(details->ScrollMax.y, 0.0f) << "the details should be taller than the window";
    int pages = 0;
    while (details->Scroll.y < details->ScrollMax.y && pages < 60) {
        const float before = details->Scroll.y;
        keys.press(SDL_SCANCODE_PAGEDOWN);
        ++pages;
        ASSERT_GT(details->Scroll.y, before) << "PgDn did not scroll";
    }
    EXPECT_FLOAT_EQ(details->Scroll.y, details->ScrollMax.y);
    keys.press(SDL_SCANCODE_HOME);
    EXPECT_FLOAT_EQ(details->Scroll.y, 0.0f);
    keys.press(SDL_SCANCODE_END);
    EXPECT_FLOAT_EQ(details->Scroll.y, details->ScrollMax.y);
    keys.press(SDL_SCANCODE_PAGEUP);
    EXPECT_LT(details->Scroll.y, details->ScrollMax.y);

    // Then the sources, reached by Tab, read to their end; Esc back to the summary, Esc to the list.
    ASSERT_TRUE(keys.tab_to("debrief:sources"));
    keys.press(SDL_SCANCODE_RETURN);
    ASSERT_EQ(h.flow().screen(), Screen::sources);
    keys.press(SDL_SCANCODE_END);
    ImGuiWindow* sources = screen_window("###sources");
    ASSERT_NE(sources, nullptr);
    EXPECT_FLOAT_EQ(sources->Scroll.y, sources->ScrollMax.y);
    keys.press(SDL_SCANCODE_ESCAPE);
    ASSERT_EQ(h.flow().screen(), Screen::debrief);
    keys.press(SDL_SCANCODE_ESCAPE);
    ASSERT_EQ(h.flow().screen(), Screen::list);
    EXPECT_EQ(h.flow().game().best_score(scenario), report.best.score.overall);

    ::testing::Test::RecordProperty("key_presses", keys.presses());
    ::testing::Test::RecordProperty("pages_of_details", pages);
    std::printf("keyboard only: %d key presses (and the name typed), %d pages of details at 1280x720\n", keys.presses(), pages);
    EXPECT_LT(keys.presses(), 200);
}

}  // namespace
}  // namespace senales::test
