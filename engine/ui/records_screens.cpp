// The screens that read the records of this machine: going on with an unfinished scenario, a
// trainee's progress, and the class summary for a facilitator.

#include <imgui.h>

#include <cmath>

#include "core/scoring.h"
#include "screens.h"

namespace senales::ui {

namespace {

// When an attempt started, in this computer's local time; a timestamp it cannot read, as it is.
std::string when(const std::string& iso) { return records::local_time_text(iso).value_or(iso); }

std::string scenario_title(const GameFlow& flow, const std::string& id) {
    const Scenario* scenario = flow.find_scenario(id);
    return scenario ? flow.words().of(scenario->title) : id;
}

Str status_name(records::AttemptStatus status) {
    switch (status) {
        case records::AttemptStatus::finished: return Str::status_finished;
        case records::AttemptStatus::in_progress: return Str::status_in_progress;
        case records::AttemptStatus::abandoned: return Str::status_abandoned;
    }
    return Str::status_in_progress;
}

std::size_t decisions_in(const records::Attempt& attempt) {
    std::size_t n = 0;
    for (const records::RecordedStep& recorded : attempt.steps) n += recorded.step.kind == Step::Kind::choose;
    return n;
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
    if (button("back", flow.t(Str::back), flow.look()) || escape_pressed()) flow.show(to);
}

}  // namespace

// [SECTION] Resume ------------------------------------------------------------------------------

void ResumeScreen::draw(GameFlow& flow) {
    const Look& look = flow.look();
    const std::optional<records::Attempt>& attempt = flow.unfinished();
    if (!attempt) {
        flow.show(Screen::list);
        return;
    }
    begin_screen("###resume", 40.0f);
    title(flow.t(Str::resume_title), look);
    gap(0.3f);
    text(trf(Str::resume_text, flow.words(),
             {scenario_title(flow, attempt->scenario), when(attempt->started), std::to_string(decisions_in(*attempt))}));
    gap(0.6f);
    if (button("resume:go_on", flow.t(Str::resume_go_on), look)) flow.resume_unfinished();
    default_focus();
    gap(0.2f);
    if (button("resume:start_over", flow.t(Str::resume_start_over), look)) flow.discard_unfinished();
    gap(0.2f);
    back_button(flow, Screen::who);
    end_screen();
}

// [SECTION] My progress -------------------------------------------------------------------------

void ProgressScreen::draw(GameFlow& flow) {
    const Look& look = flow.look();
    const Wording& words = flow.words();
    begin_screen("###progress", 48.0f);
    if (ImGui::IsWindowAppearing()) {
        confirming_delete = false;
        deleted.clear();
    }
    title(flow.t(Str::my_progress), look);
    text(trf(Str::records_of, words, {flow.trainee_or_guest()}) + "   ·   " + flow.t(Str::records_private), look.colors.muted);
    back_button(flow, Screen::list);
    default_focus();
    if (!deleted.empty()) text(deleted, look.colors.accent);
    notices(flow);

    const std::vector<records::Attempt>& history = flow.history();
    if (history.empty()) {
        gap(0.3f);
        text(flow.t(Str::progress_none));
        end_screen();
        return;
    }

    std::vector<int> scores;
    std::vector<std::string> played;  // scenario ids, in the order first finished
    for (const records::Attempt& attempt : history) {
        if (!attempt.result) continue;
        scores.push_back(attempt.result->overall);
        if (std::find(played.begin(), played.end(), attempt.scenario) == played.end()) played.push_back(attempt.scenario);
    }
    if (!scores.empty()) {
        heading(flow.t(Str::progress_chart), look);
        score_chart(scores, rules::kPassMark, look);
        text(trf(Str::pass_mark, words, {std::to_string(rules::kPassMark)}), look.colors.muted);

        heading(flow.t(Str::progress_best), look);
        for (const std::string& id : played) {
            int best = 0, finished = 0;
            for (const records::Attempt& attempt : history)
                if (attempt.scenario == id && attempt.result && attempt.result->current_rule()) {
                    best = std::max(best, attempt.result->overall);
                    ++finished;
                }
            score_bar(trf(Str::progress_best_line, words, {scenario_title(flow, id), std::to_string(finished)}), best,
                      rules::kPassMark, look);
            gap(0.2f);
        }
    }

    heading(flow.t(Str::progress_attempts), look);
    for (auto attempt = history.rbegin(); attempt != history.rend(); ++attempt) {
        std::string line = when(attempt->started) + "  ·  " + scenario_title(flow, attempt->scenario) + "  ·  " +
                           flow.t(status_name(attempt->status));
        if (attempt->result)
            line += "  ·  " + std::to_string(attempt->result->overall) + "/100  ·  " +
                    flow.t(!attempt->result->current_rule() ? Str::passed_old_rule
                           : attempt->result->passed        ? Str::passed
                                                            : Str::not_passed);
        text(line, attempt->result && !attempt->result->counts_as_pass() ? look.colors.warn : look.colors.text);
    }

    gap(0.6f);
    rule(look);
    if (!confirming_delete) {
        if (button("delete", flow.t(Str::delete_records), look)) confirming_delete = true;
    } else {
        bold(trf(Str::delete_confirm, words, {flow.trainee_or_guest()}), look, look.colors.harm);
        const float w = share_width(2);
        if (button("delete:no", flow.t(Str::delete_no), look, w)) confirming_delete = false;
        default_focus();
        ImGui::SameLine();
        if (button("delete:yes", flow.t(Str::delete_yes), look, w)) {
            const int count = flow.delete_trainee_records();
            deleted = trf(Str::deleted, words, {std::to_string(count), flow.trainee_or_guest()});
            confirming_delete = false;
        }
    }
    end_screen();
}

// [SECTION] Class summary -----------------------------------------------------------------------

void ClassSummaryScreen::draw(GameFlow& flow) {
    const Look& look = flow.look();
    const Wording& words = flow.words();
    const Catalog& catalog = *flow.data().catalog;
    begin_screen("###class_summary", 48.0f);
    title(flow.t(Str::class_summary), look);
    text(flow.t(Str::records_private), look.colors.muted);
    back_button(flow, Screen::list);
    default_focus();
    notices(flow);
    if (flow.class_summary().empty()) {
        gap(0.3f);
        text(flow.t(Str::summary_none));
    }
    for (const records::ScenarioSummary& summary : flow.class_summary()) {
        heading(scenario_title(flow, summary.scenario), look);
        const int percent = static_cast<int>(std::lround(summary.pass_rate() * 100.0));
        text(trf(Str::summary_line, words,
                 {std::to_string(summary.attempts), std::to_string(summary.passed), std::to_string(percent)}));
        if (summary.old_rule > 0)
            text(trf(Str::summary_old_rule, words, {std::to_string(summary.old_rule)}), look.colors.muted);
        gap(0.2f);
        bold(flow.t(Str::summary_means), look);
        score_bar(flow.t(Str::overall), static_cast<int>(std::lround(summary.mean_overall)), rules::kPassMark, look);
        for (std::size_t c = 0; c < kAllCompetencies.size(); ++c)
            score_bar(competency_name(kAllCompetencies[c], words),
                      static_cast<int>(std::lround(summary.mean_competencies[c])), rules::kPassMark, look);
        gap(0.3f);
        bold(flow.t(Str::summary_missed), look);
        if (summary.most_missed.empty()) text(flow.t(Str::summary_none_missed), look.colors.muted);
        count_bars(named(summary.most_missed, [&](const std::string& id) { return catalog.indicator(id); }, words),
                   look.colors.warn, look);
        gap(0.2f);
        bold(flow.t(Str::summary_harms), look);
        if (summary.most_harms.empty()) text(flow.t(Str::summary_no_harms), look.colors.muted);
        count_bars(named(summary.most_harms, [&](const std::string& id) { return catalog.harm(id); }, words),
                   look.colors.harm, look);
        gap(0.3f);
        rule(look);
    }
    end_screen();
}

}  // namespace senales::ui
