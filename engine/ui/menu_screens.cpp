// The screens before and around a scenario: title, who is playing, the scenario list, the content
// note and the settings.

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "core/names.h"
#include "core/utf8.h"
#include "screens.h"
#include "wording/drawable.h"

namespace senales::ui {

namespace {

Str audience_name(Audience audience) {
    switch (audience) {
        case Audience::police: return Str::audience_police;
        case Audience::consular: return Str::audience_consular;
        case Audience::community: return Str::audience_community;
    }
    return Str::audience_police;
}

Str audience_hint(Audience audience) {
    switch (audience) {
        case Audience::police: return Str::audience_police_hint;
        case Audience::consular: return Str::audience_consular_hint;
        case Audience::community: return Str::audience_community_hint;
    }
    return Str::audience_police_hint;
}

// Every installed language, by its own name ("K'iche'", "English"), two or three to a row.
void language_switch(GameFlow& flow) {
    const Look& look = flow.game().look();
    bold(flow.game().t(Str::language), look);
    const std::vector<Lang> installed =
        flow.game().data().languages ? flow.game().data().languages->installed() : std::vector<Lang>{Lang::es, Lang::en};
    const int per_row = installed.size() <= 2 ? 2 : 3;
    const float w = share_width(per_row);
    for (std::size_t i = 0; i < installed.size(); ++i) {
        const Lang& lang = installed[i];
        const std::string name = flow.game().data().languages ? flow.game().data().languages->name(lang) : std::string(lang.code());
        if (i % static_cast<std::size_t>(per_row) != 0) ImGui::SameLine();
        if (option("lang:" + lang.code(), name, flow.game().lang() == lang, look, w)) flow.game().set_language(lang);
    }
}

}  // namespace

void notices(const Game& game) {
    for (const std::string& notice : game.notices()) text(notice, game.look().colors.warn);
}

// [SECTION] Title -------------------------------------------------------------------------------

void TitleScreen::entered(GameFlow& flow) { flow.game().facilitator().lock(); }

void TitleScreen::draw(GameFlow& flow) {
    const Look& look = flow.game().look();
    begin_screen("###title", 40.0f);
    gap(1.0f);
    title(flow.game().t(Str::app_name), look);
    heading(flow.game().t(Str::tagline), look);
    gap(0.5f);
    text(flow.game().t(Str::teaches_signs));
    text(flow.game().t(Str::teaches_care));
    gap(0.8f);
    if (button("start", flow.game().t(Str::start), look)) flow.go(Screen::who);
    default_focus();
    gap(0.3f);
    language_switch(flow);
    gap(0.3f);
    const float w = share_width(2);
    if (button("settings", flow.game().t(Str::settings), look, w)) flow.open_over(Screen::settings);
    ImGui::SameLine();
    if (button("quit", flow.game().t(Str::quit), look, w)) flow.quit();
    gap(0.8f);
    text(flow.game().t(Str::keyboard_hint), look.colors.muted);
    notices(flow.game());
    end_screen();
}

// [SECTION] Who is playing ----------------------------------------------------------------------

namespace {

// Typing a character the fonts cannot draw puts a visible white square instead, and the field
// stops at the longest name the records keep.
// `UserData` counts the characters in the field, including those typed earlier this frame.
int name_filter(ImGuiInputTextCallbackData* data) {
    auto* length = static_cast<std::size_t*>(data->UserData);
    if (*length >= kMaxNameLength) return 1;
    ++*length;
    if (!drawable(static_cast<char32_t>(data->EventChar))) data->EventChar = static_cast<ImWchar>(kSubstitute);
    return 0;
}

Str name_problem_text(NameProblem problem) {
    switch (problem) {
        case NameProblem::too_long: return Str::who_name_too_long;
        case NameProblem::not_text: return Str::who_name_not_text;
        case NameProblem::empty:
        case NameProblem::none: return Str::who_name_empty;
    }
    return Str::who_name_empty;
}

}  // namespace

void WhoIsPlayingScreen::entered(GameFlow& flow) {
    name = flow.game().trainee();
    audience = flow.game().audience();
    recent = flow.game().recent_names();
}

void WhoIsPlayingScreen::draw(GameFlow& flow) {
    Game& game = flow.game();
    const Look& look = game.look();
    begin_screen("###who", 40.0f);
    const bool appearing = ImGui::IsWindowAppearing();
    title(game.t(Str::who_title), look);
    gap(0.3f);
    bold(game.t(Str::who_name), look);
    // Typing starts at once; Enter goes on once an audience is chosen too.
    std::size_t length = utf8_length(name);
    bool go_on = text_field("##name", name, ImGuiInputTextFlags_EnterReturnsTrue, appearing || focus_name, &name_filter,
                            &length);
    focus_name = false;
    text(game.t(Str::who_name_hint), look.colors.muted);
    if (problem) text(trf(name_problem_text(*problem), game.words(), {std::to_string(kMaxNameLength)}), look.colors.warn);
    if (!recent.empty()) {
        gap(0.2f);
        text(game.t(Str::who_recent), look.colors.muted);
        for (std::size_t i = 0; i < recent.size(); ++i) {
            if (i > 0) ImGui::SameLine();
            const std::string& shown = recent[i];
            const float w = ImGui::CalcTextSize(shown.c_str()).x + 2.0f * ImGui::GetStyle().FramePadding.x;
            if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
            if (button("recent:" + std::to_string(i + 1), shown, look, w)) {
                name = shown;
                problem.reset();
                request_focus(audience ? "continue" : "audience:police");
            }
        }
    }
    gap(0.4f);
    bold(game.t(Str::audience_label), look);
    for (Audience a : {Audience::police, Audience::consular, Audience::community}) {
        std::string label = std::string(game.t(audience_name(a))) + " — " + game.t(audience_hint(a));
        if (option("audience:" + std::string(senales::to_string(a)), label, audience == a, look)) {
            audience = a;
            missing_audience = false;
            request_focus("continue");  // both questions answered: Enter goes on
        }
    }
    if (missing_audience) text(game.t(Str::who_choose_audience), look.colors.warn);
    gap(0.5f);
    const float w = share_width(2);
    const bool back = button("back", game.t(Str::back), look, w) || escape_pressed();
    ImGui::SameLine();
    if (button("continue", game.t(Str::continue_), look, w)) go_on = true;
    gap(0.2f);
    const bool as_guest = button("guest", game.t(Str::who_guest), look);
    end_screen();

    if (back) return flow.go(Screen::title);
    if (!go_on && !as_guest) return;
    // Both questions are answered before going on: Enter in the name field never picks an audience.
    if (go_on) {
        const NameProblem found = name_problem(tidy_name(name));
        problem = found == NameProblem::none ? std::nullopt : std::optional(found);
    } else {
        problem.reset();
    }
    missing_audience = !audience;
    if (problem) {
        focus_name = true;
        return;
    }
    if (missing_audience) return request_focus("audience:police");
    game.set_audience(*audience);
    if (as_guest) flow.continue_as_guest();
    else flow.confirm_trainee(name);
}

// [SECTION] Scenario list -----------------------------------------------------------------------

void ScenarioListScreen::entered(GameFlow& flow) {
    flow.game().refresh_progress();
    const std::string told = flow.game().take_message();
    if (!told.empty()) message = told;
}

void ScenarioListScreen::draw(GameFlow& flow) {
    const Look& look = flow.game().look();
    const Wording& words = flow.game().words();
    begin_screen("###list", 48.0f);
    title(flow.game().t(Str::list_title), look);
    if (!flow.game().audience()) {
        end_screen();
        return flow.go(Screen::who);
    }
    text(trf(Str::list_for, words, {flow.game().t(audience_name(*flow.game().audience()))}) + "   ·   " +
             trf(Str::list_playing_as, words, {flow.game().trainee_or_guest()}),
         look.colors.muted);
    if (!message.empty()) text(message, look.colors.accent);
    gap(0.3f);
    bool first = true;
    // An attempt kept to finish later comes first: going on with it is one key away.
    if (const std::optional<play::Unfinished>& kept = flow.game().unfinished()) {
        if (card("resume:go_on", trf(Str::list_go_on, words, {words.of(kept->scenario->title)}),
                 trf(Str::list_go_on_meta, words, {kept->started, std::to_string(kept->decisions)}), look))
            flow.resume_unfinished();
        default_focus();
        first = false;
        gap(0.3f);
    }
    const std::vector<std::size_t> shown = flow.game().scenarios_for_audience();
    if (shown.empty()) text(flow.game().t(Str::list_empty));
    for (std::size_t index : shown) {
        const Scenario& s = flow.game().data().scenarios[index];
        const Str level = s.difficulty <= 1 ? Str::difficulty_1 : s.difficulty == 2 ? Str::difficulty_2 : Str::difficulty_3;
        std::optional<int> best = flow.game().best_score(s);
        std::string meta = trf(Str::minutes, words, {std::to_string(s.minutes)}) + "  ·  " +
                           trf(Str::difficulty, words, {tr(level, words)}) + "  ·  " +
                           (best ? trf(Str::best_score, words, {std::to_string(*best)}) : flow.game().t(Str::not_played));
        if (card("scenario:" + s.id, words.of(s.title), meta + "\n\n" + words.of(s.summary), look))
            flow.open_scenario(index);
        if (first) default_focus();
        first = false;
        gap(0.2f);
    }
    if (flow.game().data().scenarios_not_loaded > 0)
        text(trf(Str::load_problems, words, {std::to_string(flow.game().data().scenarios_not_loaded)}), look.colors.warn);
    if (!flow.game().data().user_scenarios.empty())
        text(trf(Str::list_own_folder, words, {flow.game().data().user_scenarios.string()}), look.colors.muted);
    notices(flow.game());
    gap(0.3f);
    float w = share_width(2);
    if (button("progress", flow.game().t(Str::my_progress), look, w)) flow.go(Screen::progress);
    ImGui::SameLine();
    if (button("class_summary", flow.game().t(Str::class_summary), look, w))
        flow.go(flow.game().facilitator().unlocked() ? Screen::class_summary : Screen::facilitator_pin);
    w = share_width(2);
    if (button("back", flow.game().t(Str::back), look, w) || escape_pressed()) flow.go(Screen::who);
    if (shown.empty() && first) default_focus();
    ImGui::SameLine();
    if (button("settings", flow.game().t(Str::settings), look, w)) flow.open_over(Screen::settings);
    end_screen();
}

// [SECTION] Content note ------------------------------------------------------------------------

void ContentNoteScreen::draw(GameFlow& flow) {
    const Look& look = flow.game().look();
    const Scenario* s = flow.game().scenario();
    if (!s) {
        flow.go(Screen::list);
        return;
    }
    const Wording& words = flow.game().words();
    begin_screen("###note", 42.0f);
    title(flow.game().t(Str::note_title), look);
    heading(words.of(s->title), look);
    gap(0.2f);
    bold(flow.game().t(Str::note_touches), look);
    text(words.of(s->content_note));
    gap(0.3f);
    text(flow.game().t(Str::note_fixed), look.colors.accent);
    if (!s->objectives.empty()) {
        gap(0.3f);
        bold(flow.game().t(Str::note_objectives), look);
        for (const Text& objective : s->objectives) text("•  " + words.of(objective));
    }
    gap(0.6f);
    const float w = share_width(2);
    if (button("back", flow.game().t(Str::back), look, w) || escape_pressed()) flow.go(Screen::list);
    ImGui::SameLine();
    if (button("begin", flow.game().t(Str::begin), look, w)) flow.begin();
    default_focus();
    end_screen();
}

// [SECTION] Settings ----------------------------------------------------------------------------

void SettingsScreen::draw(GameFlow& flow) {
    const Look& look = flow.game().look();
    Settings& s = flow.game().settings();
    const Wording& words = flow.game().words();
    begin_screen("###settings", 44.0f);
    title(flow.game().t(Str::settings_title), look);
    gap(0.2f);
    language_switch(flow);
    default_focus();

    gap(0.3f);
    bold(trf(Str::text_size, words, {std::to_string(s.text_percent)}), look);
    float w = share_width(2);
    if (button("smaller", flow.game().t(Str::smaller), look, w))
        s.text_percent = std::max(kMinTextPercent, s.text_percent - kTextPercentStep);
    ImGui::SameLine();
    if (button("larger", flow.game().t(Str::larger), look, w))
        s.text_percent = std::min(kMaxTextPercent, s.text_percent + kTextPercentStep);

    gap(0.3f);
    bold(flow.game().t(Str::theme), look);
    w = share_width(3);
    const std::pair<Theme, Str> themes[] = {
        {Theme::dark, Str::theme_dark}, {Theme::light, Str::theme_light}, {Theme::contrast, Str::theme_contrast}};
    for (const auto& [theme, name] : themes) {
        if (option("theme:" + std::string(to_string(theme)), flow.game().t(name), s.theme == theme, look, w)) s.theme = theme;
        if (theme != Theme::contrast) ImGui::SameLine();
    }

    gap(0.3f);
    bold(flow.game().t(Str::feedback_timing), look);
    const std::pair<FeedbackTiming, Str> timings[] = {{FeedbackTiming::as_scenario, Str::timing_scenario},
                                                      {FeedbackTiming::immediate, Str::timing_immediate},
                                                      {FeedbackTiming::deferred, Str::timing_deferred}};
    for (const auto& [timing, name] : timings)
        if (option("feedback:" + std::string(to_string(timing)), flow.game().t(name), s.feedback == timing, look))
            s.feedback = timing;

    gap(0.3f);
    if (option("fullscreen", flow.game().t(Str::fullscreen), s.fullscreen, look)) s.fullscreen = !s.fullscreen;
    if (option("facilitator", flow.game().t(Str::facilitator), s.facilitator, look)) {
        s.facilitator = !s.facilitator;
        // A class watches a projector: large text and the whole screen (both can be changed back).
        if (s.facilitator) {
            s.text_percent = std::max(s.text_percent, kFacilitatorTextPercent);
            s.fullscreen = true;
        }
    }
    text(flow.game().t(Str::facilitator_hint), look.colors.muted);
    gap(0.5f);
    if (button("done", flow.game().t(Str::done), look) || escape_pressed()) flow.back();
    end_screen();
}

}  // namespace senales::ui
