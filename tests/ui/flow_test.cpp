// A trainee's way through the game, by keyboard and mouse, on the real screens.

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/debrief.h"
#include "core/explorer.h"
#include "ui_harness.h"

namespace senales::test {
namespace {

using ui::Screen;

TEST(GameFlow, KeyboardAndMousePlaythroughReachesTheCoresDebrief) {
    Harness h;
    ASSERT_TRUE(h.ok()) << h.errors();
    start_by_keyboard(h, "Ana");
    const Scenario& scenario = *h.flow().game().scenario();
    const ExplorationReport report = explore(scenario, *h.flow().game().data().catalog);
    ASSERT_GE(report.best.ending, 0);

    // The best path: the first detail of a scene is flagged with Enter (it has the focus when the
    // scene opens), the others with a mouse click; choices with number keys.
    std::string flagged_by_keyboard;
    for (const Step& step : report.best.steps) {
        const Runner& runner = *h.flow().game().runner();
        ASSERT_EQ(h.flow().screen(), Screen::scene);
        if (step.kind == Step::Kind::flag) {
            const std::string& first = runner.scene().details[static_cast<std::size_t>(runner.visible_details().front())].id;
            if (step.detail == first) {
                h.press(SDL_SCANCODE_RETURN);
                if (flagged_by_keyboard.empty()) flagged_by_keyboard = first;
            } else {
                ASSERT_TRUE(h.click("flag:" + step.detail)) << step.detail;
            }
            ASSERT_TRUE(h.flow().game().runner()->state().is_flagged(step.detail)) << step.detail;
            continue;
        }
        const std::size_t decisions = runner.state().decisions.size();
        h.press(digit_key(offered_number(runner, step.choice)));
        ASSERT_EQ(h.flow().game().runner()->state().decisions.size(), decisions + 1);
    }
    ASSERT_EQ(h.flow().screen(), Screen::ending);
    h.press(SDL_SCANCODE_RETURN);  // "See the debrief"
    ASSERT_EQ(h.flow().screen(), Screen::debrief);

    // What the debrief reports is what the core says for the same steps.
    const Debrief* debrief = h.flow().game().debrief();
    ASSERT_NE(debrief, nullptr);
    EXPECT_EQ(debrief->score.overall, report.best.score.overall);
    EXPECT_TRUE(debrief->score.passed);
    Runner replay(scenario, *h.flow().game().data().catalog, h.flow().game().runner()->state().order);
    ASSERT_FALSE(replay.replay(h.flow().game().runner()->state().steps));
    const Debrief expected = build_debrief(scenario, *h.flow().game().data().catalog, replay.state(), h.flow().game().words());
    EXPECT_EQ(debrief->score.overall, expected.score.overall);
    EXPECT_EQ(debrief->found.size(), expected.found.size());
    EXPECT_TRUE(debrief->missed.empty());
    ASSERT_FALSE(flagged_by_keyboard.empty());
    EXPECT_TRUE(std::any_of(debrief->found.begin(), debrief->found.end(),
                            [&](const IndicatorNote& n) { return n.detail == flagged_by_keyboard; }))
        << flagged_by_keyboard << " should be listed as found";

    // The list now shows the best score for this trainee.
    h.press(SDL_SCANCODE_ESCAPE);
    ASSERT_EQ(h.flow().screen(), Screen::list);
    EXPECT_EQ(h.flow().game().best_score(scenario), report.best.score.overall);
}

TEST(GameFlow, UnflaggingFromTheNotebookTakesTheFlagBack) {
    Harness h;
    ASSERT_TRUE(h.ok()) << h.errors();
    start_by_keyboard(h, "");
    EXPECT_EQ(h.flow().game().trainee_or_guest(), "Invitado");
    // Find a scene with details, choosing 1 until there is one.
    for (int i = 0; i < 10 && h.flow().game().runner()->visible_details().empty(); ++i) h.press(digit_key(1));
    ASSERT_EQ(h.flow().screen(), Screen::scene);
    const Runner& runner = *h.flow().game().runner();
    const std::string id = runner.scene().details[static_cast<std::size_t>(runner.visible_details().front())].id;
    ASSERT_TRUE(h.click("flag:" + id));
    ASSERT_TRUE(runner.state().is_flagged(id));
    ASSERT_TRUE(h.has_probe("unflag:" + id));
    ASSERT_TRUE(h.click("unflag:" + id));
    EXPECT_FALSE(runner.state().is_flagged(id));
    ASSERT_TRUE(h.click("flag:" + id));
    ASSERT_TRUE(h.click("flag:" + id));  // the same button unflags
    EXPECT_FALSE(runner.state().is_flagged(id));
}

TEST(GameFlow, EscapePausesAndEscapeGoesBackFromEveryCard) {
    Harness h;
    ASSERT_TRUE(h.ok()) << h.errors();
    start_by_keyboard(h, "Luis");
    h.press(SDL_SCANCODE_ESCAPE);
    ASSERT_EQ(h.flow().screen(), Screen::pause);
    h.press(SDL_SCANCODE_ESCAPE);  // Esc again goes on
    ASSERT_EQ(h.flow().screen(), Screen::scene);
    h.press(SDL_SCANCODE_ESCAPE);
    ASSERT_EQ(h.flow().screen(), Screen::pause);
    h.press(SDL_SCANCODE_TAB);  // resume -> restart
    h.press(SDL_SCANCODE_DOWN);  // restart -> leave
    h.press(SDL_SCANCODE_RETURN);
    ASSERT_EQ(h.flow().screen(), Screen::leave);
    h.press(SDL_SCANCODE_ESCAPE);  // not now: back to the pause menu
    ASSERT_EQ(h.flow().screen(), Screen::pause);
    h.press(SDL_SCANCODE_ESCAPE);
    ASSERT_EQ(h.flow().screen(), Screen::scene);
}

TEST(GameFlow, RestartFromThePauseMenuStartsOver) {
    Harness h;
    ASSERT_TRUE(h.ok()) << h.errors();
    start_by_keyboard(h, "Luis");
    h.press(digit_key(1));
    ASSERT_EQ(h.flow().game().runner()->state().decisions.size(), 1u);
    h.press(SDL_SCANCODE_ESCAPE);
    ASSERT_TRUE(h.click("restart"));
    EXPECT_EQ(h.flow().screen(), Screen::scene);
    EXPECT_TRUE(h.flow().game().runner()->state().decisions.empty());
}

TEST(GameFlow, FeedbackCardWhenTheSettingsAskForIt) {
    ui::Settings settings;
    settings.feedback = ui::FeedbackTiming::immediate;
    Harness h(settings);
    ASSERT_TRUE(h.ok()) << h.errors();
    start_by_keyboard(h, "Ana");
    const ExplorationReport report = explore(*h.flow().game().scenario(), *h.flow().game().data().catalog);
    // The best path's first choice is a good practice in every shipped scenario worth the name.
    const auto first = std::find_if(report.best.steps.begin(), report.best.steps.end(),
                                    [](const Step& s) { return s.kind == Step::Kind::choose; });
    ASSERT_NE(first, report.best.steps.end());
    ChoiceFeedback expected;
    Runner probe(*h.flow().game().scenario(), *h.flow().game().data().catalog, ChoiceOrder::authored());
    probe.choose_authored(first->choice, &expected);
    h.press(digit_key(offered_number(*h.flow().game().runner(), first->choice)));
    if (expected.empty() || expected.note.empty()) GTEST_SKIP() << "the first best choice has no feedback";
    ASSERT_EQ(h.flow().screen(), Screen::feedback);
    EXPECT_EQ(h.flow().game().last_feedback().note.es, expected.note.es);
    h.press(SDL_SCANCODE_RETURN);
    EXPECT_NE(h.flow().screen(), Screen::feedback);
}

TEST(GameFlow, DeferredFeedbackShowsNoCard) {
    ui::Settings settings;
    settings.feedback = ui::FeedbackTiming::deferred;
    Harness h(settings);
    ASSERT_TRUE(h.ok()) << h.errors();
    start_by_keyboard(h, "Ana");
    h.press(digit_key(1));
    EXPECT_NE(h.flow().screen(), Screen::feedback);
}

TEST(GameFlow, FacilitatorModeShowsThePromptAfterTheSceneAndTheChoicesOneAtATime) {
    ui::Settings settings;
    settings.facilitator = true;
    Harness h(settings);
    ASSERT_TRUE(h.ok()) << h.errors();
    // The shipped bar inspection has a prompt in its second scene.
    const auto& scenarios = h.flow().game().data().scenarios;
    const auto bar = std::find_if(scenarios.begin(), scenarios.end(), [](const Scenario& s) { return s.id == "bar_inspection"; });
    ASSERT_NE(bar, scenarios.end());
    h.flow().open_scenario(static_cast<std::size_t>(bar - scenarios.begin()));
    h.flow().begin();
    h.tick(3);
    // Along the best path: N shows the choices one by one, then the key of the choice picks it,
    // until a scene with a prompt.
    const ExplorationReport report = explore(*bar, *h.flow().game().data().catalog);
    for (const Step& step : report.best.steps) {
        if (step.kind != Step::Kind::choose) continue;
        ASSERT_EQ(h.flow().screen(), Screen::scene);
        if (h.flow().prompt_comes_first()) break;
        const int number = offered_number(*h.flow().game().runner(), step.choice);
        for (int i = 0; i < number; ++i) h.press(SDL_SCANCODE_N);
        h.press(digit_key(number));
    }
    ASSERT_EQ(h.flow().screen(), Screen::scene);
    ASSERT_FALSE(h.flow().game().runner()->scene().prompt.empty());
    // The scene's content comes first, with no choice yet: the prompt is the way on.
    EXPECT_TRUE(h.has_probe("prompt:open"));
    EXPECT_FALSE(h.has_probe("choice:1"));
    const std::size_t decisions = h.flow().game().runner()->state().decisions.size();
    h.press(digit_key(1));  // no choice is shown: nothing is chosen
    EXPECT_EQ(h.flow().game().runner()->state().decisions.size(), decisions);
    h.press(SDL_SCANCODE_D);
    ASSERT_EQ(h.flow().screen(), Screen::discussion);
    h.press(SDL_SCANCODE_RETURN);
    ASSERT_EQ(h.flow().screen(), Screen::scene);
    // Then the choices, one at a time.
    EXPECT_FALSE(h.has_probe("choice:1"));
    h.press(SDL_SCANCODE_N);
    EXPECT_TRUE(h.has_probe("choice:1"));
    EXPECT_FALSE(h.has_probe("choice:2"));
    h.press(digit_key(2));  // not shown yet
    EXPECT_EQ(h.flow().game().runner()->state().decisions.size(), decisions);
    // The prompt can be recalled at any time.
    h.press(SDL_SCANCODE_D);
    ASSERT_EQ(h.flow().screen(), Screen::discussion);
    h.press(SDL_SCANCODE_RETURN);
    ASSERT_EQ(h.flow().screen(), Screen::scene);
    EXPECT_TRUE(h.has_probe("choice:1"));  // what was shown stays shown
    ASSERT_TRUE(h.click("reveal:all"));
    const std::size_t offered = h.flow().game().runner()->available_choices().size();
    EXPECT_TRUE(h.has_probe("choice:" + std::to_string(offered)));
    EXPECT_FALSE(h.has_probe("reveal:next"));
    h.press(digit_key(static_cast<int>(offered)));
    EXPECT_EQ(h.flow().game().runner()->state().decisions.size(), decisions + 1);
}

TEST(GameFlow, TryAgainFromHereRewindsToThatDecision) {
    Harness h;
    ASSERT_TRUE(h.ok()) << h.errors();
    start_by_keyboard(h, "Ana");
    int guard = 0;
    while (h.flow().screen() == Screen::scene && ++guard < 40) h.press(digit_key(1));
    ASSERT_EQ(h.flow().screen(), Screen::ending);
    h.press(SDL_SCANCODE_RETURN);
    ASSERT_EQ(h.flow().screen(), Screen::debrief);
    const std::size_t decisions = h.flow().game().runner()->state().decisions.size();
    ASSERT_GE(decisions, 2u);
    h.press(SDL_SCANCODE_RETURN);  // the focus starts on "See everything in detail"
    ASSERT_EQ(h.flow().screen(), Screen::debrief_details);
    ASSERT_TRUE(h.click("retry:2"));
    EXPECT_EQ(h.flow().screen(), Screen::scene);
    EXPECT_EQ(h.flow().game().runner()->state().decisions.size(), 1u);
}

TEST(GameFlow, SettingsScreenChangesLanguageThemeAndTextSize) {
    Harness h;
    ASSERT_TRUE(h.ok()) << h.errors();
    h.tick(3);
    ASSERT_TRUE(h.click("settings"));
    ASSERT_EQ(h.flow().screen(), Screen::settings);
    ASSERT_TRUE(h.click("lang:en"));
    EXPECT_EQ(h.flow().game().lang(), Lang::en);
    ASSERT_TRUE(h.click("larger"));
    EXPECT_EQ(h.flow().game().settings().text_percent, 125);
    // The fonts were rebuilt at the new size, not scaled.
    h.tick(2);
    EXPECT_NEAR(ImGui::GetFontSize(), 25.0f, 0.5f);
    ASSERT_TRUE(h.click("theme:contrast"));
    EXPECT_EQ(h.flow().game().settings().theme, ui::Theme::contrast);
    h.tick(2);
    EXPECT_EQ(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x, 0.0f);
    EXPECT_EQ(ImGui::GetStyle().Colors[ImGuiCol_Text].x, 1.0f);
    h.press(SDL_SCANCODE_ESCAPE);
    EXPECT_EQ(h.flow().screen(), Screen::title);
}

// A language installed by a translator shows up in Settings by its own name, and the screens
// speak it (and Spanish wherever it has no translation).
TEST(GameFlow, AnInstalledLanguageIsOfferedByItsOwnNameAndUsed) {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "senales_ui_lang";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "quc");
    std::ofstream(dir / "quc" / "messages.po", std::ios::binary)
        << "msgid \"\"\nmsgstr \"\"\n\"Language: quc\\n\"\n\"X-Senales-Language-Name: K'iche'\\n\"\n\n"
           "msgctxt \"ui/settings\"\nmsgid \"Ajustes\"\nmsgstr \"[quc] Ajustes\"\n";
    setenv("SENALES_LANG_DIR", dir.c_str(), 1);
    {
        Harness h;
        ASSERT_TRUE(h.ok()) << h.errors();
        h.tick(3);
        ASSERT_TRUE(h.click("settings"));
        ASSERT_TRUE(h.has_probe("lang:quc"));
        ASSERT_TRUE(h.click("lang:quc"));
        EXPECT_EQ(h.flow().game().lang().code(), "quc");
        EXPECT_STREQ(h.flow().game().t(ui::Str::settings), "[quc] Ajustes");
        EXPECT_STREQ(h.flow().game().t(ui::Str::start), h.flow().game().data().interface->find("start")->es.c_str());
        EXPECT_EQ(h.flow().game().data().languages->name(h.flow().game().lang()), "K'iche'");
    }
    unsetenv("SENALES_LANG_DIR");
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace senales::test
