#include "dot_export.h"

namespace senales {

namespace {

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

// Keeps labels short enough to read in a graph, without cutting a UTF-8 character in half.
std::string shortened(const std::string& text, std::size_t limit) {
    if (text.size() <= limit) return text;
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut) + "…";
}

std::string_view outcome_colour(Outcome outcome) {
    switch (outcome) {
        case Outcome::good: return "#2e7d32";
        case Outcome::mixed: return "#ef6c00";
        case Outcome::bad: return "#c62828";
    }
    return "black";
}

std::string choice_label(std::size_t number, const Choice& choice, const Catalog& catalog, Lang lang) {
    std::string label = std::to_string(number) + ". " + shortened(choice.text.in(lang), 48);
    if (!choice.when.always_true()) label += "\n[" + choice.when.source() + "]";
    for (const std::string& id : choice.practices)
        label += "\n+ " + (catalog.practice(id) ? catalog.practice(id)->name.in(lang) : id);
    for (const std::string& id : choice.harms)
        label += "\n- " + (catalog.harm(id) ? catalog.harm(id)->name.in(lang) : id);
    return label;
}

}  // namespace

std::string to_dot(const Scenario& scenario, const Catalog& catalog, Lang lang) {
    std::string out = "digraph " + quoted(scenario.id) + " {\n";
    out += "  label=" + quoted(scenario.title.in(lang)) + ";\n  labelloc=t;\n  rankdir=LR;\n";
    out += "  node [shape=box, style=rounded, fontname=\"DejaVu Sans\"];\n";
    out += "  edge [fontname=\"DejaVu Sans\", fontsize=10];\n";
    for (std::size_t i = 0; i < scenario.scenes.size(); ++i) {
        const Scene& scene = scenario.scenes[i];
        std::string label = scene.id + "\n" + shortened(scene.text.in(lang), 60);
        out += "  " + quoted(scene.id) + " [label=" + quoted(label);
        if (scene.is_ending)
            out += ", shape=doubleoctagon, style=filled, fontcolor=white, fillcolor=\"" +
                   std::string(outcome_colour(scene.outcome)) + "\"";
        if (static_cast<int>(i) == scenario.start) out += ", penwidth=3";
        out += "];\n";
    }
    for (const Scene& scene : scenario.scenes)
        for (std::size_t c = 0; c < scene.choices.size(); ++c) {
            const Choice& choice = scene.choices[c];
            out += "  " + quoted(scene.id) + " -> " + quoted(choice.target) +
                   " [label=" + quoted(choice_label(c + 1, choice, catalog, lang));
            if (!choice.harms.empty()) out += ", color=\"#c62828\", fontcolor=\"#c62828\", style=dashed";
            else if (!choice.practices.empty()) out += ", color=\"#2e7d32\", fontcolor=\"#2e7d32\", penwidth=2";
            out += "];\n";
        }
    return out + "}\n";
}

}  // namespace senales
