// After the story: what became of her, and the debrief the core built. Nothing is judged here:
// every score, list and sentence comes from core/debrief.h as it is.

#include <imgui.h>

#include "screens.h"

namespace senales::ui {

namespace {

Str outcome_name(Outcome outcome) {
    switch (outcome) {
        case Outcome::good: return Str::outcome_good;
        case Outcome::mixed: return Str::outcome_mixed;
        case Outcome::bad: return Str::outcome_bad;
    }
    return Str::outcome_bad;
}

ImVec4 outcome_color(Outcome outcome, const Palette& colors) {
    return outcome == Outcome::good ? colors.good : outcome == Outcome::mixed ? colors.warn : colors.harm;
}

Str strength_name(Strength strength) {
    switch (strength) {
        case Strength::weak: return Str::strength_weak;
        case Strength::medium: return Str::strength_medium;
        case Strength::strong: return Str::strength_strong;
    }
    return Str::strength_medium;
}

Str severity_name(Severity severity) {
    switch (severity) {
        case Severity::minor: return Str::severity_minor;
        case Severity::serious: return Str::severity_serious;
        case Severity::grave: return Str::severity_grave;
    }
    return Str::severity_serious;
}

Str kind_name(ChoiceKind kind) {
    switch (kind) {
        case ChoiceKind::good_practice: return Str::kind_good;
        case ChoiceKind::neutral: return Str::kind_neutral;
        case ChoiceKind::harm: return Str::kind_harm;
    }
    return Str::kind_neutral;
}

std::string source_list(const std::vector<std::string>& sources) {
    std::string out;
    for (const std::string& id : sources) out += (out.empty() ? "[" : ", [") + id + "]";
    return out;
}

void sources_line(const Game& game, const std::vector<std::string>& sources) {
    if (!sources.empty()) text(trf(Str::sources_list, game.words(), {source_list(sources)}), game.look().colors.muted);
}

// One entry of a list: a bold first line in its colour, then plain lines indented under it.
void entry_start(const std::string& first_line, const ImVec4& color, const Look& look) {
    gap(0.2f);
    bold(first_line, look, color);
    ImGui::Indent();
}

void entry_end() { ImGui::Unindent(); }

void section(const Game& game, Str name, bool empty) {
    gap(0.4f);
    rule(game.look());
    heading(game.t(name), game.look());
    if (empty) text(game.t(Str::nothing_here), game.look().colors.muted);
}

}  // namespace

// [SECTION] Ending ------------------------------------------------------------------------------

void EndingScreen::draw(GameFlow& flow) {
    const Runner* runner = flow.game().runner();
    if (!runner || !runner->finished()) {
        flow.go(Screen::list);
        return;
    }
    const Look& look = flow.game().look();
    const Scene& ending = runner->scene();
    begin_screen("###ending", 38.0f);
    gap(1.0f);
    title(flow.game().t(Str::ending_title), look);
    if (look.fonts.heading) ImGui::PushFont(look.fonts.heading);
    text(flow.game().t(outcome_name(ending.outcome)), outcome_color(ending.outcome, look.colors));
    if (look.fonts.heading) ImGui::PopFont();
    gap(0.4f);
    if (look.fonts.story) ImGui::PushFont(look.fonts.story);
    text(flow.game().words().of(ending.text));
    if (look.fonts.story) ImGui::PopFont();
    gap(0.8f);
    if (button("debrief", flow.game().t(Str::see_debrief), look)) flow.show_debrief();
    default_focus();
    if (escape_pressed()) flow.open_over(Screen::pause);
    end_screen();
}

// [SECTION] Debrief -----------------------------------------------------------------------------

void DebriefScreen::draw(GameFlow& flow) {
    const Debrief* d = flow.game().debrief();
    if (!d) {
        flow.go(Screen::list);
        return;
    }
    const Look& look = flow.game().look();
    const Wording& words = flow.game().words();
    const Palette& colors = look.colors;
    begin_screen("###debrief", 52.0f);
    title(flow.game().t(Str::debrief_title), look);
    text(words.of(flow.game().scenario()->title) + "   ·   " + flow.game().trainee_or_guest(), colors.muted);
    gap(0.3f);

    // Scores: overall first, with the verdict, then the four competencies.
    score_bar(flow.game().t(Str::overall), d->score.overall, d->pass_mark, look);
    bold(std::string(flow.game().t(d->score.passed ? Str::passed : Str::not_passed)) + "   ·   " +
             trf(Str::pass_mark, words, {std::to_string(d->pass_mark)}),
         look, d->score.passed ? colors.good : colors.harm);
    // Which rule of the pass was not met, in plain words: a trainee at 74 must see why that fails.
    for (const std::string& why : d->why_not_passed) text(why, colors.harm);
    for (const CompetencyResult& c : d->competencies) {
        gap(0.2f);
        score_bar(c.name, c.score, rules::kCompetencyFloor, look);
        text(c.sentence, colors.muted);
    }
    // The law behind it all: which elements of the definition this path showed, and which the
    // trainee recognised.
    gap(0.4f);
    heading(flow.game().t(Str::elements_heading), look);
    for (const ElementNote& e : d->elements)
        text(e.name + ":  " + e.verdict, e.found || !e.needed ? colors.text : e.shown ? colors.warn : colors.muted);
    text(d->elements_verdict, colors.muted);
    gap(0.4f);
    const float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    // Actions wait until the screen is drawn: they replace the debrief `d` points into.
    bool leaving = button("list", flow.game().t(Str::back_to_list), look, w);
    default_focus();
    ImGui::SameLine();
    const bool again = button("again", flow.game().t(Str::play_again), look, w);

    if (!d->ending.empty()) {
        section(flow.game(), Str::ending_title, false);
        bold(flow.game().t(outcome_name(d->outcome)), look, outcome_color(d->outcome, colors));
        text(d->ending_text);
    }

    // Signs found and missed read alike: the mark and colour tell them apart.
    const auto signs = [&](Str name, const std::vector<IndicatorNote>& notes, const char* mark, const ImVec4& color) {
        section(flow.game(), name, notes.empty());
        for (const IndicatorNote& n : notes) {
            entry_start(mark + n.name + "  (" + tr(strength_name(n.strength), words) + ")", color, look);
            text(n.detail_text);
            text(n.explanation, colors.muted);
            sources_line(flow.game(), n.sources);
            entry_end();
        }
    };
    signs(Str::found, d->found, "✓  ", colors.good);
    signs(Str::missed, d->missed, "–  ", colors.warn);
    section(flow.game(), Str::wrongly_flagged, d->wrongly_flagged.empty());
    for (const WrongFlagNote& n : d->wrongly_flagged) {
        entry_start("✗  " + n.detail_text, colors.warn, look);
        text(n.why, colors.muted);
        entry_end();
    }
    section(flow.game(), Str::harms, d->harms.empty());
    for (const HarmNote& h : d->harms) {
        entry_start(std::to_string(h.decision + 1) + ".  " + h.name + "  (" + tr(severity_name(h.severity), words) + ")",
                    colors.harm, look);
        text(h.what_was_done);
        text(trf(Str::principle, words, {h.principle}));
        if (!h.consequence.empty()) text(trf(Str::in_this_story, words, {h.consequence}));
        bold(trf(Str::instead, words, {h.instead}), look, colors.good);
        if (!h.explanation.empty()) text(h.explanation, colors.muted);
        sources_line(flow.game(), h.sources);
        entry_end();
    }
    section(flow.game(), Str::practices, d->practices.empty());
    for (const PracticeNote& p : d->practices) {
        entry_start("✓  " + p.name, colors.good, look);
        text(trf(Str::principle, words, {p.principle}));
        if (!p.explanation.empty()) text(p.explanation, colors.muted);
        sources_line(flow.game(), p.sources);
        entry_end();
    }

    section(flow.game(), Str::timeline, d->timeline.empty());
    std::optional<std::size_t> retry;
    for (const TimelineEntry& entry : d->timeline) {
        const ImVec4 color = entry.kind == ChoiceKind::harm            ? colors.harm
                             : entry.kind == ChoiceKind::good_practice ? colors.good
                                                                       : colors.text;
        entry_start(std::to_string(entry.decision + 1) + ".  " + entry.chosen_text + "  (" + tr(kind_name(entry.kind), words) +
                        ")",
                    color, look);
        for (const Alternative& a : entry.alternatives) {
            const Str how = a.compared_to_chosen == Comparison::better  ? Str::alt_better
                            : a.compared_to_chosen == Comparison::worse ? Str::alt_worse
                                                                        : Str::alt_same;
            text(trf(how, words, {a.text}), colors.muted);
        }
        if (button("retry:" + std::to_string(entry.decision + 1), flow.game().t(Str::try_again), look,
                   ImGui::CalcTextSize(flow.game().t(Str::try_again)).x + 2.0f * ImGui::GetStyle().FramePadding.x))
            retry = entry.decision;
        entry_end();
    }

    section(flow.game(), Str::sources, d->sources.empty());
    for (const Source& s : d->sources) text("[" + s.id + "]  " + s.title + (s.url.empty() ? "" : "  —  " + s.url));
    gap(0.5f);
    leaving |= button("list_bottom", flow.game().t(Str::back_to_list), look);

    if (scroll_to >= 0.0f) {
        ImGui::SetScrollY(scroll_to * ImGui::GetScrollMaxY());
        if (--scroll_frames <= 0) scroll_to = -1.0f;
    }
    leaving |= escape_pressed();
    end_screen();
    if (retry) flow.try_again_from(*retry);
    else if (again) flow.restart();
    else if (leaving) flow.leave();
}

}  // namespace senales::ui
