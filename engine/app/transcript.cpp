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
    out_ << "== " << scenario.title.in(lang_) << " ==\n" << scenario.summary.in(lang_) << "\n\n";
}

void Transcript::order(const ChoiceOrder& order) {
    if (order.as_written) {
        out_ << pick("(Opciones en el orden en que se escribieron.)\n", "(Choices in the order they were written.)\n");
        return;
    }
    const std::string seed = std::to_string(order.seed);
    out_ << pick("(Opciones en orden barajado, semilla " + seed + ": --seed " + seed + " repite este orden.)\n",
                 "(Choices shuffled, seed " + seed + ": --seed " + seed + " shows this order again.)\n");
}

void Transcript::scene(const Runner& runner) {
    const Scene& scene = runner.scene();
    if (scene.is_ending) {
        out_ << "\n== " << pick("Final", "Ending") << ": " << scene.id << " (" << to_string(scene.outcome) << ") ==\n"
             << scene.text.in(lang_) << "\n";
        return;
    }
    out_ << "\n-- " << scene.id << " --\n" << scene.text.in(lang_) << "\n";
    if (!scene.prompt.empty()) out_ << pick("[Para conversar] ", "[To discuss] ") << scene.prompt.in(lang_) << "\n";
    if (!runner.visible_details().empty()) {
        out_ << pick("  Lo que se puede observar:\n", "  What you can notice:\n");
        int n = 0;
        for (int index : runner.visible_details()) {
            const Detail& detail = scene.details[static_cast<std::size_t>(index)];
            out_ << "    f" << ++n << ") " << detail.text.in(lang_) << "  <" << detail.id << ">"
                 << (runner.state().is_flagged(detail.id) ? pick("  [marcado]", "  [flagged]") : "") << "\n";
        }
    }
    out_ << pick("  Opciones:\n", "  Choices:\n");
    int n = 0;
    for (int index : runner.available_choices())
        out_ << "    " << ++n << ". " << scene.choices[static_cast<std::size_t>(index)].text.in(lang_) << "\n";
}

void Transcript::flagged(const Runner& runner, const std::string& detail, bool now_flagged) {
    const Detail* found = runner.scenario().find_detail(detail);
    out_ << "> " << (now_flagged ? pick("marcar", "flag") : pick("desmarcar", "unflag")) << ": "
         << (found ? found->text.in(lang_) : detail) << "  <" << detail << ">\n";
}

void Transcript::chose(const Runner& before, int authored_choice) {
    std::vector<int> offered = before.available_choices();
    int number = 0;
    for (std::size_t i = 0; i < offered.size(); ++i)
        if (offered[i] == authored_choice) number = static_cast<int>(i) + 1;
    out_ << "> " << number << ". " << before.scene().choices[static_cast<std::size_t>(authored_choice)].text.in(lang_)
         << "\n";
}

void Transcript::feedback(const ChoiceFeedback& feedback) {
    if (feedback.empty() || feedback.note.empty()) return;
    out_ << (feedback.harms.empty() ? pick("  [Bien] ", "  [Good] ") : pick("  [Cuidado] ", "  [Careful] "))
         << feedback.note.in(lang_) << "\n";
}

void Transcript::notebook(const Runner& runner) {
    out_ << pick("  Libreta:", "  Notebook:");
    if (runner.state().flagged.empty()) out_ << pick(" (vacía)", " (empty)");
    out_ << "\n";
    for (const std::string& id : runner.state().flagged) {
        const Detail* detail = runner.scenario().find_detail(id);
        out_ << "    - " << (detail ? detail->text.in(lang_) : id) << "  <" << id << ">\n";
    }
}

void Transcript::debrief(const Debrief& d) {
    out_ << "\n== " << pick("Resumen", "Debrief") << " ==\n";
    out_ << pick("Resultado general: ", "Overall: ") << d.score.overall << "/100, "
         << (d.score.passed ? pick("aprobado", "passed") : pick("no aprobado", "not passed")) << " ("
         << pick("nota mínima ", "pass mark ") << d.pass_mark << ")\n";
    for (const std::string& why : d.why_not_passed) out_ << "  ! " << why << "\n";
    for (const CompetencyResult& c : d.competencies)
        out_ << "  " << c.name << ": " << c.score << "/100. " << c.sentence << "\n";

    if (!d.found.empty()) out_ << pick("\nSeñales que encontró:\n", "\nSigns you found:\n");
    for (const IndicatorNote& n : d.found) out_ << "  + " << n.name << " (" << n.scene << "): " << n.detail_text << "\n";
    if (!d.missed.empty()) out_ << pick("\nSeñales que no marcó:\n", "\nSigns you missed:\n");
    for (const IndicatorNote& n : d.missed)
        out_ << "  - " << n.name << " (" << n.scene << "): " << n.detail_text << "\n    " << n.explanation
             << sources_suffix(n.sources) << "\n";
    if (!d.wrongly_flagged.empty())
        out_ << pick("\nMarcó detalles que por sí solos no son señales:\n", "\nYou flagged details that are not signs on their own:\n");
    for (const WrongFlagNote& n : d.wrongly_flagged) out_ << "  ! " << n.detail_text << "\n    " << n.why << "\n";

    if (!d.harms.empty()) out_ << pick("\nLo que dañó a la persona:\n", "\nWhat harmed the person:\n");
    for (const HarmNote& h : d.harms)
        out_ << "  " << h.decision + 1 << ". " << h.what_was_done << "\n    " << h.name << " (" << to_string(h.severity)
             << "). " << pick("Principio: ", "Principle: ") << h.principle << "\n    " << pick("En esta historia: ", "In this story: ")
             << h.consequence << "\n    " << pick("En su lugar: ", "Instead: ") << h.instead << sources_suffix(h.sources) << "\n";
    if (!d.practices.empty()) out_ << pick("\nBuenas prácticas que aplicó:\n", "\nGood practices you applied:\n");
    for (const PracticeNote& p : d.practices) out_ << "  + " << p.name << " (" << p.principle << ")\n";

    out_ << pick("\nSus decisiones:\n", "\nYour decisions:\n");
    for (const TimelineEntry& entry : d.timeline) {
        out_ << "  " << entry.decision + 1 << ". [" << entry.scene << "] " << entry.chosen_text << " ("
             << to_string(entry.kind) << ")\n";
        for (const Alternative& a : entry.alternatives)
            out_ << "       " << (a.compared_to_chosen == Comparison::better  ? pick("mejor: ", "better: ")
                                  : a.compared_to_chosen == Comparison::worse ? pick("peor: ", "worse: ")
                                                                              : pick("igual: ", "same: "))
                 << a.text << "\n";
    }
    if (!d.ending.empty()) out_ << "\n" << pick("Final: ", "Ending: ") << d.ending_text << "\n";
    if (!d.sources.empty()) out_ << pick("\nFuentes:\n", "\nSources:\n");
    for (const Source& s : d.sources)
        out_ << "  [" << s.id << "] " << s.title << (s.url.empty() ? "" : " " + s.url) << "\n";
}

}  // namespace senales
