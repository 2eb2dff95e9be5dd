#include "transcript.h"

namespace senales {

namespace {

std::string sources_suffix(const std::vector<std::string>& sources) {
    if (sources.empty()) return {};
    std::string out = " [";
    for (std::size_t i = 0; i < sources.size(); ++i) out += (i ? ", " : "") + sources[i];
    return out + "]";
}

}  // namespace

void Transcript::title(const Scenario& scenario) {
    out_ << "== " << w_.of(scenario.title) << " ==\n" << w_.of(scenario.summary) << "\n\n";
}

void Transcript::order(const ChoiceOrder& order) {
    if (order.as_written) {
        out_ << ui("terminal_order_written") << "\n";
        return;
    }
    const std::string seed = std::to_string(order.seed);
    out_ << w_.ui("terminal_order_shuffled", {seed, seed}) << "\n";
}

void Transcript::scene(const Runner& runner) {
    const Scene& scene = runner.scene();
    if (scene.is_ending) {
        out_ << "\n== " << ui("terminal_ending") << ": " << scene.id << " (" << to_string(scene.outcome) << ") ==\n"
             << w_.of(scene.text) << "\n";
        return;
    }
    out_ << "\n-- " << scene.id << " --\n" << w_.of(scene.text) << "\n";
    if (!scene.prompt.empty()) out_ << ui("terminal_to_discuss") << " " << w_.of(scene.prompt) << "\n";
    if (!runner.visible_details().empty()) {
        out_ << "  " << ui("terminal_what_you_can_notice") << "\n";
        int n = 0;
        for (int index : runner.visible_details()) {
            const Detail& detail = scene.details[static_cast<std::size_t>(index)];
            out_ << "    f" << ++n << ") " << w_.of(detail.text) << "  <" << detail.id << ">"
                 << (runner.state().is_flagged(detail.id) ? "  " + ui("terminal_flagged") : std::string()) << "\n";
        }
    }
    out_ << "  " << ui("terminal_choices") << "\n";
    int n = 0;
    for (int index : runner.available_choices())
        out_ << "    " << ++n << ". " << w_.of(scene.choices[static_cast<std::size_t>(index)].text) << "\n";
}

void Transcript::flagged(const Runner& runner, const std::string& detail, bool now_flagged) {
    const Detail* found = runner.scenario().find_detail(detail);
    out_ << "> " << ui(now_flagged ? "terminal_flag" : "terminal_unflag") << ": "
         << (found ? w_.of(found->text) : detail) << "  <" << detail << ">\n";
}

void Transcript::chose(const Runner& before, int authored_choice) {
    std::vector<int> offered = before.available_choices();
    int number = 0;
    for (std::size_t i = 0; i < offered.size(); ++i)
        if (offered[i] == authored_choice) number = static_cast<int>(i) + 1;
    out_ << "> " << number << ". " << w_.of(before.scene().choices[static_cast<std::size_t>(authored_choice)].text)
         << "\n";
}

void Transcript::feedback(const ChoiceFeedback& feedback) {
    if (feedback.empty() || feedback.note.empty()) return;
    out_ << "  " << ui(feedback.harms.empty() ? "terminal_good" : "terminal_careful") << " " << w_.of(feedback.note)
         << "\n";
}

void Transcript::notebook(const Runner& runner) {
    out_ << "  " << ui("terminal_notebook");
    if (runner.state().flagged.empty()) out_ << " " << ui("terminal_notebook_empty");
    out_ << "\n";
    for (const std::string& id : runner.state().flagged) {
        const Detail* detail = runner.scenario().find_detail(id);
        out_ << "    - " << (detail ? w_.of(detail->text) : id) << "  <" << id << ">\n";
    }
}

void Transcript::debrief(const Debrief& d) {
    out_ << "\n== " << ui("terminal_debrief") << " ==\n";
    out_ << w_.ui("terminal_overall", {std::to_string(d.score.overall), ui(d.score.passed ? "terminal_passed" : "terminal_not_passed"),
                                        std::to_string(d.pass_mark)})
         << "\n";
    for (const std::string& why : d.why_not_passed) out_ << "  ! " << why << "\n";
    for (const CompetencyResult& c : d.competencies)
        out_ << "  " << c.name << ": " << c.score << "/100. " << c.sentence << "\n";
    out_ << "\n" << ui("elements_heading") << ":\n";
    for (const ElementNote& e : d.elements) out_ << "  " << e.name << ": " << e.verdict << "\n";
    out_ << "  " << d.elements_verdict << "\n";

    auto heading = [&](const char* key) { out_ << "\n" << ui(key) << "\n"; };
    if (!d.found.empty()) heading("terminal_signs_found");
    for (const IndicatorNote& n : d.found) out_ << "  + " << n.name << " (" << n.scene << "): " << n.detail_text << "\n";
    if (!d.missed.empty()) heading("terminal_signs_missed");
    for (const IndicatorNote& n : d.missed)
        out_ << "  - " << n.name << " (" << n.scene << "): " << n.detail_text << "\n    " << n.explanation
             << sources_suffix(n.sources) << "\n";
    if (!d.wrongly_flagged.empty()) heading("terminal_wrongly_flagged");
    for (const WrongFlagNote& n : d.wrongly_flagged) out_ << "  ! " << n.detail_text << "\n    " << n.why << "\n";

    if (!d.harms.empty()) heading("terminal_harms");
    for (const HarmNote& h : d.harms)
        out_ << "  " << h.decision + 1 << ". " << h.what_was_done << "\n    " << h.name << " (" << h.severity_name
             << "). " << ui("terminal_principle") << " " << h.principle << "\n    " << ui("terminal_in_this_story") << " "
             << h.consequence << "\n    " << ui("terminal_instead") << " " << h.instead << sources_suffix(h.sources) << "\n";
    if (!d.practices.empty()) heading("terminal_practices");
    for (const PracticeNote& p : d.practices) out_ << "  + " << p.name << " (" << p.principle << ")\n";

    heading("terminal_decisions");
    for (const TimelineEntry& entry : d.timeline) {
        out_ << "  " << entry.decision + 1 << ". [" << entry.scene << "] " << entry.chosen_text << " ("
             << ui("terminal_kind_" + std::string(to_string(entry.kind))) << ")\n";
        for (const Alternative& a : entry.alternatives)
            out_ << "       " << ui(a.compared_to_chosen == Comparison::better  ? "terminal_better"
                                     : a.compared_to_chosen == Comparison::worse ? "terminal_worse"
                                                                                 : "terminal_same")
                 << " " << a.text << "\n";
    }
    if (!d.ending.empty()) out_ << "\n" << ui("terminal_ending") << ": " << d.ending_text << "\n";
    if (!d.sources.empty()) heading("terminal_sources");
    for (const Source& s : d.sources)
        out_ << "  [" << s.id << "] " << s.title << (s.url.empty() ? "" : " " + s.url) << "\n";
}

}  // namespace senales
