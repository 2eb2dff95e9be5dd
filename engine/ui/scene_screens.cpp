// The scenario being played: the scene, and the cards that interrupt it (feedback on a choice,
// a discussion prompt for the class, the pause menu).

#include <algorithm>

#include <imgui.h>

#include "screens.h"

namespace senales::ui {

namespace {

// Below this width (in font heights) the notebook goes under the scene instead of beside it.
constexpr float kTwoColumnsEm = 46.0f;

std::string detail_text(const Scenario& scenario, const std::string& id, const Wording& words) {
    const Detail* detail = scenario.find_detail(id);
    return detail ? words.of(detail->text) : id;
}

// Returns the detail whose flag was toggled this frame, if any.
std::string details(GameFlow& flow, const Runner& runner, bool& focus_set) {
    const Look& look = flow.game().look();
    const Wording& words = flow.game().words();
    const Scene& scene = runner.scene();
    std::string toggled;
    if (runner.visible_details().empty()) return toggled;
    heading(flow.game().t(Str::scene_details), look);
    text(flow.game().t(Str::scene_details_hint), look.colors.muted);
    const float toggle = std::max(ImGui::CalcTextSize(flow.game().t(Str::flag)).x, ImGui::CalcTextSize(flow.game().t(Str::unflag)).x) +
                         2.0f * ImGui::GetStyle().FramePadding.x;
    for (int index : runner.visible_details()) {
        const Detail& detail = scene.details[static_cast<std::size_t>(index)];
        const bool flagged = runner.state().is_flagged(detail.id);
        ImGui::PushID(detail.id.c_str());
        const bool pressed = option("flag:" + detail.id, flow.game().t(flagged ? Str::unflag : Str::flag), flagged, look,
                                    toggle + (flagged ? ImGui::CalcTextSize("✓ ").x : 0.0f));
        if (!focus_set) default_focus();
        focus_set = true;
        ImGui::SameLine();
        if (flagged) bold(words.of(detail.text), look, look.colors.accent);
        else text(words.of(detail.text));
        ImGui::PopID();
        if (pressed) toggled = detail.id;
        gap(0.15f);
    }
    return toggled;
}

// What the facilitator asked for on this scene, applied once it is drawn.
struct FacilitatorAsks {
    bool prompt = false, next_choice = false, all_choices = false;
};

// In facilitator mode: the prompt first, then the choices one at a time (see GameFlow).
void facilitation(GameFlow& flow, std::size_t shown, std::size_t offered, bool& focus_set, FacilitatorAsks& asks) {
    const Look& look = flow.game().look();
    const bool has_prompt = !flow.game().runner()->scene().prompt.empty();
    if (flow.prompt_comes_first()) {
        text(flow.game().t(Str::prompt_first), look.colors.muted);
        asks.prompt |= button("prompt:open", flow.game().t(Str::prompt_open), look);
        if (!focus_set) default_focus();
        focus_set = true;
        return;
    }
    if (shown < offered) {
        if (shown == 0) text(flow.game().t(Str::reveal_hint), look.colors.muted);
        const float w = share_width(2);
        asks.next_choice |= button("reveal:next", flow.game().t(Str::reveal_next), look, w);
        if (!focus_set) default_focus();
        focus_set = true;
        ImGui::SameLine();
        asks.all_choices |= button("reveal:all", flow.game().t(Str::reveal_all), look, w);
    }
    if (has_prompt) asks.prompt |= button("prompt:again", flow.game().t(Str::prompt_again), look);
}

// Returns the number of the choice picked this frame (by click, Enter or a number key), or 0.
int choices(GameFlow& flow, const Runner& runner, bool& focus_set, FacilitatorAsks& asks) {
    const Look& look = flow.game().look();
    heading(flow.game().t(Str::choices), look);
    const std::vector<int> offered = runner.available_choices();
    const std::size_t shown = flow.choices_shown();
    if (shown > 0) text(flow.game().t(Str::choices_hint), look.colors.muted);
    int picked = 0;
    for (std::size_t i = 0; i < shown; ++i) {
        const int number = static_cast<int>(i) + 1;
        const Choice& choice = runner.scene().choices[static_cast<std::size_t>(offered[i])];
        if (button("choice:" + std::to_string(number), std::to_string(number) + ".  " + flow.game().words().of(choice.text), look))
            picked = number;
        if (!focus_set) default_focus();
        focus_set = true;
        gap(0.1f);
    }
    if (flow.facilitating()) {
        facilitation(flow, shown, offered.size(), focus_set, asks);
        asks.prompt |= action_pressed(Action::discussion_prompt);
        asks.next_choice |= action_pressed(Action::reveal_next_choice);
    }
    const int typed = digit_pressed(look.keys);
    if (typed >= 1 && typed <= static_cast<int>(shown)) picked = typed;
    return picked;
}

// Returns the detail unflagged from the notebook this frame, if any.
std::string notebook(GameFlow& flow, const Runner& runner) {
    const Look& look = flow.game().look();
    heading(flow.game().t(Str::notebook), look);
    const std::vector<std::string>& flagged = runner.state().flagged;
    std::string unflag;
    if (flagged.empty()) {
        text(flow.game().t(Str::notebook_empty), look.colors.muted);
        return unflag;
    }
    text(flow.game().t(Str::notebook_hint), look.colors.muted);
    for (const std::string& id : flagged) {
        // Each entry is a button: pressing it takes the flag back, from any scene.
        if (button("unflag:" + id, "✓  " + detail_text(*flow.game().scenario(), id, flow.game().words()), look)) unflag = id;
    }
    return unflag;
}

void scene_picture(GameFlow& flow, float width) {
    const Texture* image = flow.game().scene_image();
    if (!image) return;
    picture(*image, width, ImGui::GetMainViewport()->WorkSize.y * 0.4f,
            trf(Str::image_missing, flow.game().words(), {flow.game().runner()->scene().image}), flow.game().look());
    gap(0.2f);
}

void narrative(GameFlow& flow, const Runner& runner) {
    const Look& look = flow.game().look();
    if (look.fonts.story) ImGui::PushFont(look.fonts.story);
    text(flow.game().words().of(runner.scene().text));
    if (look.fonts.story) ImGui::PopFont();
}

// A card: a short screen in the middle of the story with one way on.
void card(GameFlow& flow, const char* id, const std::string& heading_text, const ImVec4& color, const std::string& hint,
          const std::string& body) {
    const Look& look = flow.game().look();
    begin_screen(id, 36.0f);
    gap(1.0f);
    if (look.fonts.title) ImGui::PushFont(look.fonts.title);
    text(heading_text, color);
    if (look.fonts.title) ImGui::PopFont();
    text(hint, look.colors.muted);
    gap(0.4f);
    if (look.fonts.heading) ImGui::PushFont(look.fonts.heading);
    text(body);
    if (look.fonts.heading) ImGui::PopFont();
    gap(0.8f);
    if (button("continue", flow.game().t(Str::continue_), look)) flow.continue_story();
    default_focus();
    text(flow.game().t(Str::pause_hint), look.colors.muted);
    if (escape_pressed()) flow.open_over(Screen::pause);
    end_screen();
}

}  // namespace

// [SECTION] Scene -------------------------------------------------------------------------------

void SceneScreen::draw(GameFlow& flow) {
    const Runner* runner = flow.game().runner();
    if (!runner) {
        flow.go(Screen::list);
        return;
    }
    const Look& look = flow.game().look();
    const Wording& words = flow.game().words();
    // A new window for each decision, so the new scene starts at the top with the focus on it.
    const std::string id = "###scene" + std::to_string(runner->state().decisions.size());
    begin_screen(id.c_str(), 72.0f);
    text(words.of(flow.game().scenario()->title) + "   ·   " + flow.game().t(Str::pause_hint), look.colors.muted);
    gap(0.2f);

    // What the trainee did is applied after the whole scene is drawn, so one frame shows one state.
    bool focus_set = false;
    std::string toggled, unflagged;
    int picked = 0;
    FacilitatorAsks asks;
    const bool two_columns = column_width() >= kTwoColumnsEm * ImGui::GetFontSize();
    if (two_columns && ImGui::BeginTable("scene_layout", 2)) {
        ImGui::TableSetupColumn("story", ImGuiTableColumnFlags_WidthStretch, 0.64f);
        ImGui::TableSetupColumn("notebook", ImGuiTableColumnFlags_WidthStretch, 0.36f);
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        narrative(flow, *runner);
        toggled = details(flow, *runner, focus_set);
        picked = choices(flow, *runner, focus_set, asks);
        ImGui::TableSetColumnIndex(1);
        scene_picture(flow, ImGui::GetContentRegionAvail().x);
        unflagged = notebook(flow, *runner);
        ImGui::EndTable();
    } else {
        narrative(flow, *runner);
        scene_picture(flow, column_width());
        toggled = details(flow, *runner, focus_set);
        picked = choices(flow, *runner, focus_set, asks);
        unflagged = notebook(flow, *runner);
    }
    const bool pausing = escape_pressed();
    end_screen();
    if (!toggled.empty()) flow.toggle_flag(toggled);
    if (!unflagged.empty()) flow.toggle_flag(unflagged);
    if (picked > 0) flow.choose(picked);
    else if (asks.prompt) flow.show_prompt();
    else if (asks.all_choices) flow.reveal_all_choices();
    else if (asks.next_choice) flow.reveal_next_choice();
    else if (pausing) flow.open_over(Screen::pause);
}

// [SECTION] Cards -------------------------------------------------------------------------------

void FeedbackCard::draw(GameFlow& flow) {
    const ChoiceFeedback& feedback = flow.game().last_feedback();
    const Catalog& catalog = *flow.game().data().catalog;
    const Wording& words = flow.game().words();
    const bool harmful = !feedback.harms.empty();
    std::string names;
    for (const std::string& id : feedback.practices)
        if (const Practice* p = catalog.practice(id)) names += (names.empty() ? "" : " · ") + words.of(p->name);
    for (const std::string& id : feedback.harms)
        if (const Harm* h = catalog.harm(id)) names += (names.empty() ? "" : " · ") + words.of(h->name);
    const std::string heading_text = std::string(flow.game().t(harmful ? Str::feedback_harm : Str::feedback_good)) +
                                     (names.empty() ? "" : ": " + names);
    card(flow, "###feedback", heading_text, harmful ? flow.game().look().colors.harm : flow.game().look().colors.good,
         flow.game().t(Str::feedback_hint), words.of(feedback.note));
}

void DiscussionPromptCard::draw(GameFlow& flow) {
    const Runner* runner = flow.game().runner();
    if (!runner) {
        flow.go(Screen::list);
        return;
    }
    card(flow, "###discussion", flow.game().t(Str::discussion_title), flow.game().look().colors.accent, flow.game().t(Str::discussion_hint),
         flow.game().words().of(runner->scene().prompt));
}

void PauseMenu::draw(GameFlow& flow) {
    const Look& look = flow.game().look();
    begin_screen("###pause", 30.0f);
    gap(1.5f);
    title(flow.game().t(Str::pause_title), look);
    text(flow.game().t(Str::pause_text));
    gap(0.6f);
    if (button("resume", flow.game().t(Str::resume), look)) flow.back();
    default_focus();
    gap(0.2f);
    if (button("restart", flow.game().t(Str::restart), look)) flow.restart();
    gap(0.2f);
    if (button("leave", flow.game().t(Str::leave), look)) flow.open_over(Screen::leave);
    gap(0.2f);
    if (button("settings", flow.game().t(Str::settings), look)) flow.open_over(Screen::settings);
    // Esc again goes back to where it was: pausing is one key away, and so is going on.
    if (flow.screen() == Screen::pause && escape_pressed()) flow.back();
    end_screen();
}

void LeaveScreen::draw(GameFlow& flow) {
    Game& game = flow.game();
    const Look& look = game.look();
    begin_screen("###leave", 34.0f);
    gap(1.5f);
    title(game.t(Str::leave_title), look);
    text(game.t(Str::leave_text));
    gap(0.6f);
    const bool keep = button("leave:keep", game.t(Str::leave_keep), look);
    default_focus();
    gap(0.2f);
    const bool abandon = button("leave:abandon", game.t(Str::leave_abandon), look);
    gap(0.2f);
    const bool back = button("back", game.t(Str::back), look) || escape_pressed();
    end_screen();
    if (keep) flow.keep_for_later();
    else if (abandon) flow.leave();
    else if (back) flow.back();
}

}  // namespace senales::ui
