// After the story: what became of her, and the debrief the core built. Nothing is judged here:
// every score, list and sentence comes from core/debrief.h as it is.

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

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

// [SECTION] Debrief: the summary first ------------------------------------------------------------

namespace {

// The buttons every debrief screen ends with; the actions wait until the screen is drawn, since
// they replace the debrief being drawn.
// The debrief of the attempt just ended; without one (the story did not end), back to the list.
const Debrief* debrief_or_list(GameFlow& flow) {
    const Debrief* d = flow.game().debrief();
    if (!d) flow.go(Screen::list);
    return d;
}

struct DebriefMoves {
    bool details = false, sources = false, summary = false, leave = false, again = false;
    std::optional<std::size_t> retry;

    void apply(GameFlow& flow) const {
        if (retry) flow.try_again_from(*retry);
        else if (again) flow.restart();
        else if (leave) flow.leave();
        else if (details) flow.go(Screen::debrief_details);
        else if (sources) flow.go(Screen::sources);
        else if (summary) flow.go(Screen::debrief);
    }
};

void list_and_again(GameFlow& flow, DebriefMoves& moves, const char* suffix) {
    const Look& look = flow.game().look();
    const float w = share_width(2);
    moves.leave |= button(std::string("list") + suffix, flow.game().t(Str::back_to_list), look, w);
    ImGui::SameLine();
    moves.again |= button(std::string("again") + suffix, flow.game().t(Str::play_again), look, w);
}

void debrief_header(GameFlow& flow, Str title_key) {
    const Look& look = flow.game().look();
    title(flow.game().t(title_key), look);
    text(flow.game().words().of(flow.game().scenario()->title) + "   ·   " + flow.game().trainee_or_guest(), look.colors.muted);
    gap(0.3f);
}

// One of the three things to remember: a bold line, then what it means.
void remember(const std::string& first, const ImVec4& color, const std::vector<std::string>& lines, const Look& look) {
    entry_start(first, color, look);
    for (const std::string& line : lines)
        if (!line.empty()) text(line);
    entry_end();
}

}  // namespace

void DebriefScreen::draw(GameFlow& flow) {
    const Debrief* d = debrief_or_list(flow);
    if (!d) return;
    const Look& look = flow.game().look();
    const Wording& words = flow.game().words();
    const Palette& colors = look.colors;
    begin_screen("###debrief", 46.0f);
    debrief_header(flow, Str::debrief_title);

    // Pass or not, and why, in one sentence; then the overall score against the pass mark.
    if (look.fonts.heading) ImGui::PushFont(look.fonts.heading);
    text(flow.game().t(d->score.passed ? Str::passed : Str::not_passed), d->score.passed ? colors.good : colors.harm);
    if (look.fonts.heading) ImGui::PopFont();
    text(d->verdict);
    gap(0.2f);
    score_bar(flow.game().t(Str::overall), d->score.overall, d->pass_mark, look);

    if (!d->ending.empty()) {
        heading(flow.game().t(Str::person_outcome), look);
        bold(flow.game().t(outcome_name(d->outcome)), look, outcome_color(d->outcome, colors));
        text(d->ending_text);
    }

    heading(flow.game().t(Str::debrief_remember), look);
    const KeyPoints& k = d->facts.remember;
    int number = 0;
    auto numbered = [&](const std::string& line) { return std::to_string(++number) + ".  " + line; };
    if (k.harm) {
        const HarmNote& h = d->harms[*k.harm];
        remember(numbered(trf(Str::remember_harm, words, {h.name + "  (" + tr(severity_name(h.severity), words) + ")"})),
                 colors.harm, {h.what_was_done, trf(Str::instead, words, {h.instead})}, look);
    }
    if (k.missed) {
        const IndicatorNote& n = d->missed[*k.missed];
        remember(numbered(trf(Str::remember_missed, words, {n.name})), colors.warn, {n.detail_text, n.explanation}, look);
    }
    if (k.practice) {
        const PracticeNote& p = d->practices[*k.practice];
        remember(numbered(trf(Str::remember_practice, words, {p.name})), colors.good, {p.explanation}, look);
    } else if (k.found) {
        const IndicatorNote& n = d->found[*k.found];
        remember(numbered(trf(Str::remember_found, words, {n.name})), colors.good, {n.detail_text}, look);
    }
    if (number == 0) text(flow.game().t(Str::nothing_here), colors.muted);

    gap(0.5f);
    DebriefMoves moves;
    moves.details = button("debrief:details", flow.game().t(Str::debrief_details), look);
    default_focus();  // reading on, not leaving, is where the keyboard starts
    gap(0.2f);
    moves.sources = button("debrief:sources", flow.game().t(Str::debrief_sources), look);
    gap(0.2f);
    list_and_again(flow, moves, "");
    moves.leave |= escape_pressed();
    end_screen();
    moves.apply(flow);
}

// [SECTION] Debrief: everything in detail ---------------------------------------------------------

void DebriefDetailsScreen::draw(GameFlow& flow) {
    const Debrief* d = debrief_or_list(flow);
    if (!d) return;
    const Look& look = flow.game().look();
    const Wording& words = flow.game().words();
    const Palette& colors = look.colors;
    begin_screen("###debrief_details", 52.0f);
    debrief_header(flow, Str::details_title);
    DebriefMoves moves;
    moves.summary = button("debrief:summary", flow.game().t(Str::back_to_summary), look);
    default_focus();

    // Scores: overall first, with the verdict, then the four competencies.
    gap(0.3f);
    score_bar(flow.game().t(Str::overall), d->score.overall, d->pass_mark, look);
    bold(std::string(flow.game().t(d->score.passed ? Str::passed : Str::not_passed)) + "   ·   " +
             trf(Str::pass_mark, words, {std::to_string(d->pass_mark)}),
         look, d->score.passed ? colors.good : colors.harm);
    // Every rule of the pass that was not met, in plain words: a trainee at 74 must see why.
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

    // What went wrong before what went well: harms, then signs missed.
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
    signs(Str::missed, d->missed, "–  ", colors.warn);
    section(flow.game(), Str::wrongly_flagged, d->wrongly_flagged.empty());
    for (const WrongFlagNote& n : d->wrongly_flagged) {
        entry_start("✗  " + n.detail_text, colors.warn, look);
        text(n.why, colors.muted);
        entry_end();
    }
    signs(Str::found, d->found, "✓  ", colors.good);
    section(flow.game(), Str::practices, d->practices.empty());
    for (const PracticeNote& p : d->practices) {
        entry_start("✓  " + p.name, colors.good, look);
        text(trf(Str::principle, words, {p.principle}));
        if (!p.explanation.empty()) text(p.explanation, colors.muted);
        sources_line(flow.game(), p.sources);
        entry_end();
    }

    section(flow.game(), Str::timeline, d->timeline.empty());
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
                   std::min(ImGui::GetContentRegionAvail().x,
                            ImGui::CalcTextSize(flow.game().t(Str::try_again)).x + 2.0f * ImGui::GetStyle().FramePadding.x)))
            moves.retry = entry.decision;
        entry_end();
    }
    gap(0.5f);
    moves.sources |= button("debrief:sources", flow.game().t(Str::debrief_sources), look);
    gap(0.2f);
    moves.summary |= button("debrief:summary_bottom", flow.game().t(Str::back_to_summary), look);
    gap(0.2f);
    list_and_again(flow, moves, "_bottom");

    if (scroll_to >= 0.0f) {
        ImGui::SetScrollY(scroll_to * ImGui::GetScrollMaxY());
        if (--scroll_frames <= 0) scroll_to = -1.0f;
    }
    moves.summary |= escape_pressed();
    end_screen();
    moves.apply(flow);
}

// [SECTION] Debrief: the sources ------------------------------------------------------------------

namespace {

// Where each source was cited, by the name of what it supports, in the order the debrief shows them.
std::map<std::string, std::vector<std::string>> citations(const Debrief& d) {
    std::map<std::string, std::vector<std::string>> cited;
    auto add = [&](const std::vector<std::string>& ids, const std::string& what) {
        for (const std::string& id : ids) {
            std::vector<std::string>& list = cited[id];
            if (std::find(list.begin(), list.end(), what) == list.end()) list.push_back(what);
        }
    };
    for (const HarmNote& h : d.harms) add(h.sources, h.name);
    for (const IndicatorNote& n : d.missed) add(n.sources, n.name);
    for (const IndicatorNote& n : d.found) add(n.sources, n.name);
    for (const PracticeNote& p : d.practices) add(p.sources, p.name);
    return cited;
}

}  // namespace

void SourcesScreen::draw(GameFlow& flow) {
    const Debrief* d = debrief_or_list(flow);
    if (!d) return;
    const Look& look = flow.game().look();
    const Wording& words = flow.game().words();
    begin_screen("###sources", 46.0f);
    debrief_header(flow, Str::sources_title);
    text(flow.game().t(Str::sources_hint), look.colors.muted);
    DebriefMoves moves;
    moves.summary = button("debrief:summary", flow.game().t(Str::back_to_summary), look);
    default_focus();
    if (d->sources.empty()) text(flow.game().t(Str::nothing_here), look.colors.muted);
    // By publisher, then title: a facilitator looks a source up as a library would shelve it.
    std::vector<const Source*> sorted;
    for (const Source& s : d->sources) sorted.push_back(&s);
    std::sort(sorted.begin(), sorted.end(), [](const Source* a, const Source* b) {
        return std::tie(a->publisher, a->title, a->id) < std::tie(b->publisher, b->title, b->id);
    });
    const std::map<std::string, std::vector<std::string>> cited = citations(*d);
    for (const Source* s : sorted) {
        const bool named = s->publisher.empty() || s->title.rfind(s->publisher, 0) == 0;  // titles often start with it
        std::string first = "[" + s->id + "]  " + (named ? "" : s->publisher + ": ") + s->title;
        if (s->year > 0) first += " (" + std::to_string(s->year) + ")";
        entry_start(first, look.colors.text, look);
        if (!s->url.empty()) text(s->url, look.colors.muted);
        if (auto at = cited.find(s->id); at != cited.end()) {
            std::string what;
            for (const std::string& name : at->second) what += (what.empty() ? "" : " · ") + name;
            text(trf(Str::cited_for, words, {what}), look.colors.accent);
        }
        entry_end();
    }
    gap(0.5f);
    list_and_again(flow, moves, "");
    moves.summary |= escape_pressed();
    end_screen();
    moves.apply(flow);
}

}  // namespace senales::ui
