// The screens that read the records of this machine: going on with an unfinished scenario, a
// trainee's progress, and the class summary for a facilitator.

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <cmath>

#include "core/scoring.h"
#include "screens.h"
#include "wording/drawable.h"

namespace senales::ui {

namespace {

std::string scenario_title(const Game& game, const std::string& id) {
    const Scenario* scenario = game.find_scenario(id);
    return scenario ? game.words().of(scenario->title) : id;
}

Str state_name(play::AttemptState state) {
    switch (state) {
        case play::AttemptState::finished: return Str::status_finished;
        case play::AttemptState::in_progress: return Str::status_in_progress;
        case play::AttemptState::abandoned: return Str::status_abandoned;
    }
    return Str::status_in_progress;
}

Str verdict_name(play::Verdict verdict) {
    switch (verdict) {
        case play::Verdict::passed: return Str::passed;
        case play::Verdict::passed_old_rule:
        case play::Verdict::not_passed_old_rule: return Str::passed_old_rule;
        case play::Verdict::not_passed:
        case play::Verdict::none: return Str::not_passed;
    }
    return Str::not_passed;
}

// Catalog names for ids, in the trainee's language; an id the catalog no longer has stays an id.
template <typename Lookup>
std::vector<std::pair<std::string, int>> named(const std::vector<std::pair<std::string, int>>& counts, Lookup lookup,
                                               const Wording& words) {
    std::vector<std::pair<std::string, int>> rows;
    for (const auto& [id, count] : counts) {
        const auto* entry = lookup(id);
        rows.emplace_back(entry ? words.of(entry->name) : id, count);
    }
    return rows;
}

void back_button(GameFlow& flow, Screen to) {
    if (button("back", flow.game().t(Str::back), flow.game().look()) || escape_pressed()) flow.go(to);
}

}  // namespace

// [SECTION] Resume ------------------------------------------------------------------------------

void ResumeScreen::draw(GameFlow& flow) {
    Game& game = flow.game();
    const Look& look = game.look();
    const std::optional<play::Unfinished>& attempt = game.unfinished();
    if (!attempt) {
        flow.go(Screen::list);
        return;
    }
    begin_screen("###resume", 40.0f);
    title(game.t(Str::resume_title), look);
    gap(0.3f);
    text(trf(Str::resume_text, game.words(),
             {game.words().of(attempt->scenario->title), attempt->started, std::to_string(attempt->decisions)}));
    gap(0.6f);
    if (button("resume:go_on", game.t(Str::resume_go_on), look)) flow.resume_unfinished();
    default_focus();
    gap(0.2f);
    if (button("resume:start_over", game.t(Str::resume_start_over), look)) {
        game.discard_unfinished();
        flow.go(Screen::list);
    }
    gap(0.2f);
    back_button(flow, Screen::who);
    end_screen();
}

// [SECTION] My progress -------------------------------------------------------------------------

void ProgressScreen::entered(GameFlow& flow) { flow.game().refresh_progress(); }

void ProgressScreen::draw(GameFlow& flow) {
    Game& game = flow.game();
    const Look& look = game.look();
    const Wording& words = game.words();
    begin_screen("###progress", 48.0f);
    title(game.t(Str::my_progress), look);
    text(trf(Str::records_of, words, {game.trainee_or_guest()}) + "   ·   " + game.t(Str::records_private), look.colors.muted);
    back_button(flow, Screen::list);
    default_focus();
    if (!deleted.empty()) text(deleted, look.colors.accent);
    notices(game);

    const play::Progress& progress = game.progress();
    if (progress.attempts.empty()) {
        gap(0.3f);
        text(game.t(Str::progress_none));
        end_screen();
        return;
    }
    if (!progress.scores.empty()) {
        heading(game.t(Str::progress_chart), look);
        score_chart(progress.scores, rules::kPassMark, look);
        text(trf(Str::pass_mark, words, {std::to_string(rules::kPassMark)}), look.colors.muted);

        heading(game.t(Str::progress_best), look);
        for (const play::ScenarioBest& best : progress.best) {
            score_bar(trf(Str::progress_best_line, words, {scenario_title(game, best.scenario), std::to_string(best.finished)}),
                      best.best, rules::kPassMark, look);
            gap(0.2f);
        }
    }

    heading(game.t(Str::progress_attempts), look);
    for (auto attempt = progress.attempts.rbegin(); attempt != progress.attempts.rend(); ++attempt) {
        std::string line = attempt->started + "  ·  " + scenario_title(game, attempt->scenario) + "  ·  " +
                           game.t(state_name(attempt->state));
        if (attempt->overall)
            line += "  ·  " + std::to_string(*attempt->overall) + "/100  ·  " +
                    game.t(attempt->rewound ? Str::tried_again_mark : verdict_name(attempt->verdict));
        text(line, attempt->overall && (!attempt->counts_as_pass() || attempt->rewound) ? look.colors.warn : look.colors.text);
    }

    gap(0.6f);
    rule(look);
    if (!confirming_delete) {
        if (button("delete", game.t(Str::delete_records), look)) confirming_delete = true;
    } else {
        bold(trf(Str::delete_confirm, words, {game.trainee_or_guest()}), look, look.colors.harm);
        const float w = share_width(2);
        if (button("delete:no", game.t(Str::delete_no), look, w)) confirming_delete = false;
        default_focus();
        ImGui::SameLine();
        if (button("delete:yes", game.t(Str::delete_yes), look, w)) {
            const int count = game.delete_trainee_records();
            deleted = trf(Str::deleted, words, {std::to_string(count), game.trainee_or_guest()});
            confirming_delete = false;
            flow.changed();
        }
    }
    end_screen();
}

// [SECTION] Class summary -----------------------------------------------------------------------

namespace {

// Who has records here, each with a delete button that asks once more.
void roster(GameFlow& flow, ClassSummaryScreen& screen) {
    Game& game = flow.game();
    const Look& look = game.look();
    heading(game.t(Str::roster_heading), look);
    if (!screen.deleted.empty()) text(screen.deleted, look.colors.accent);
    if (game.roster().empty()) text(game.t(Str::summary_none), look.colors.muted);
    for (std::size_t i = 0; i < game.roster().size(); ++i) {
        const std::string& name = game.roster()[i];
        const std::string shown = drawable_text(name);
        const std::string probe = "roster:" + std::to_string(i + 1);
        if (screen.confirming != name) {
            const float w = share_width(2);
            text(shown);
            ImGui::SameLine(w + ImGui::GetStyle().ItemSpacing.x);
            if (button(probe + ":delete", game.t(Str::roster_delete), look, w)) screen.confirming = name;
            continue;
        }
        bold(trf(Str::roster_confirm, game.words(), {shown}), look, look.colors.harm);
        const float w = share_width(2);
        if (button(probe + ":no", game.t(Str::delete_no), look, w)) screen.confirming.clear();
        default_focus();
        ImGui::SameLine();
        if (button(probe + ":yes", game.t(Str::delete_yes), look, w)) {
            const int count = game.facilitator().delete_trainee(name);
            screen.deleted = trf(Str::roster_deleted, game.words(), {std::to_string(count), shown});
            screen.confirming.clear();
            game.refresh_class_summary();
            flow.changed();
            break;  // the list changed under this loop
        }
    }
}

}  // namespace

void ClassSummaryScreen::entered(GameFlow& flow) {
    if (!flow.game().facilitator().unlocked()) return flow.go(Screen::facilitator_pin);
    flow.game().refresh_class_summary();
}

void ClassSummaryScreen::draw(GameFlow& flow) {
    Game& game = flow.game();
    const Look& look = flow.game().look();
    const Wording& words = flow.game().words();
    const Catalog& catalog = *flow.game().data().catalog;
    begin_screen("###class_summary", 48.0f);
    title(flow.game().t(Str::class_summary), look);
    text(flow.game().t(Str::records_private), look.colors.muted);
    back_button(flow, Screen::list);
    default_focus();
    notices(flow.game());
    if (game.statements_waiting() > 0)
        text(trf(Str::summary_lrs_waiting, words, {std::to_string(game.statements_waiting())}), look.colors.muted);
    if (flow.game().class_summary().empty()) {
        gap(0.3f);
        text(flow.game().t(Str::summary_none));
    }
    for (const play::ScenarioSummary& summary : flow.game().class_summary()) {
        heading(scenario_title(flow.game(), summary.scenario), look);
        const int percent = static_cast<int>(std::lround(summary.pass_rate() * 100.0));
        text(trf(Str::summary_line, words,
                 {std::to_string(summary.attempts), std::to_string(summary.passed), std::to_string(percent)}));
        if (summary.old_rule > 0)
            text(trf(Str::summary_old_rule, words, {std::to_string(summary.old_rule)}), look.colors.muted);
        if (summary.rewound > 0)
            text(trf(Str::summary_rewound, words, {std::to_string(summary.rewound)}), look.colors.muted);
        gap(0.2f);
        bold(flow.game().t(Str::summary_means), look);
        score_bar(flow.game().t(Str::overall), static_cast<int>(std::lround(summary.mean_overall)), rules::kPassMark, look);
        for (std::size_t c = 0; c < kAllCompetencies.size(); ++c)
            score_bar(competency_name(kAllCompetencies[c], words),
                      static_cast<int>(std::lround(summary.mean_competencies[c])), rules::kPassMark, look);
        gap(0.3f);
        bold(flow.game().t(Str::summary_missed), look);
        if (summary.most_missed.empty()) text(flow.game().t(Str::summary_none_missed), look.colors.muted);
        count_bars(named(summary.most_missed, [&](const std::string& id) { return catalog.indicator(id); }, words),
                   look.colors.warn, look);
        gap(0.2f);
        bold(flow.game().t(Str::summary_harms), look);
        if (summary.most_harms.empty()) text(flow.game().t(Str::summary_no_harms), look.colors.muted);
        count_bars(named(summary.most_harms, [&](const std::string& id) { return catalog.harm(id); }, words),
                   look.colors.harm, look);
        gap(0.3f);
        rule(look);
    }
    roster(flow, *this);
    gap(0.5f);
    if (button("lock", game.t(Str::pin_lock), look)) {
        game.facilitator().lock();
        flow.go(Screen::list);
    }
    end_screen();
}

// [SECTION] Facilitator PIN -----------------------------------------------------------------------

void FacilitatorPinScreen::entered(GameFlow& flow) { setting = !flow.game().facilitator().pin_set(); }

void FacilitatorPinScreen::draw(GameFlow& flow) {
    Game& game = flow.game();
    const Look& look = game.look();
    begin_screen("###facilitator_pin", 36.0f);
    title(game.t(setting ? Str::pin_title_set : Str::pin_title_enter), look);
    text(game.t(setting ? Str::pin_explain_set : Str::pin_explain_enter));
    gap(0.3f);
    const ImGuiInputTextFlags flags =
        ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_EnterReturnsTrue;
    bold(game.t(Str::pin_field), look);
    bool go_on = text_field("##pin", pin, flags, focus_pin);
    focus_pin = false;
    if (setting) {
        bold(game.t(Str::pin_again), look);
        go_on |= text_field("##pin_again", again, flags);
    }
    if (problem) text(game.t(*problem), look.colors.warn);
    gap(0.4f);
    const float w = share_width(2);
    const bool back = button("back", game.t(Str::back), look, w) || escape_pressed();
    ImGui::SameLine();
    go_on |= button("open", game.t(Str::pin_open), look, w);
    end_screen();

    if (back) return flow.go(Screen::list);
    if (!go_on) return;
    problem.reset();
    if (setting && pin != again) problem = Str::pin_mismatch;
    else if (setting && !game.facilitator().set_pin(pin)) problem = Str::pin_malformed;
    else if (!setting && !game.facilitator().unlock(pin)) problem = Str::pin_wrong;
    pin.clear();
    again.clear();
    if (problem) {
        focus_pin = true;
        return;
    }
    flow.go(Screen::class_summary);
}

}  // namespace senales::ui
