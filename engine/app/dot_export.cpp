#include "dot_export.h"

#include "core/utf8.h"

namespace senales {

namespace {

std::string dot_string(const std::string& text) {
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

// Keeps labels short enough to read in a graph: the first `limit` characters.
std::string shortened(const std::string& text, std::size_t limit) {
    std::size_t bytes = 0, characters = 0;
    while (bytes < text.size() && characters < limit) {
        const std::size_t length = utf8_sequence(std::string_view(text).substr(bytes));
        bytes += length == 0 ? 1 : length;
        ++characters;
    }
    return bytes >= text.size() ? text : text.substr(0, bytes) + "…";
}

std::string_view outcome_colour(Outcome outcome) {
    switch (outcome) {
        case Outcome::good: return "#2e7d32";
        case Outcome::mixed: return "#ef6c00";
        case Outcome::bad: return "#c62828";
    }
    return "black";
}

std::string choice_label(std::size_t number, const Choice& choice, const Catalog& catalog, const Wording& words) {
    std::string label = std::to_string(number) + ". " + shortened(words.of(choice.text), 48);
    if (!choice.when.always_true()) label += "\n[" + choice.when.source() + "]";
    for (const std::string& id : choice.practices)
        label += "\n+ " + (catalog.practice(id) ? words.of(catalog.practice(id)->name) : id);
    for (const std::string& id : choice.harms)
        label += "\n- " + (catalog.harm(id) ? words.of(catalog.harm(id)->name) : id);
    return label;
}

}  // namespace

std::string to_dot(const Scenario& scenario, const Catalog& catalog, const Wording& words) {
    std::string out = "digraph " + dot_string(scenario.id) + " {\n";
    out += "  label=" + dot_string(words.of(scenario.title)) + ";\n  labelloc=t;\n  rankdir=LR;\n";
    out += "  node [shape=box, style=rounded, fontname=\"DejaVu Sans\"];\n";
    out += "  edge [fontname=\"DejaVu Sans\", fontsize=10];\n";
    for (std::size_t i = 0; i < scenario.scenes.size(); ++i) {
        const Scene& scene = scenario.scenes[i];
        std::string label = scene.id + "\n" + shortened(words.of(scene.text), 60);
        out += "  " + dot_string(scene.id) + " [label=" + dot_string(label);
        if (scene.is_ending)
            out += ", shape=doubleoctagon, style=filled, fontcolor=white, fillcolor=\"" +
                   std::string(outcome_colour(scene.outcome)) + "\"";
        if (static_cast<int>(i) == scenario.start) out += ", penwidth=3";
        out += "];\n";
    }
    for (const Scene& scene : scenario.scenes)
        for (std::size_t c = 0; c < scene.choices.size(); ++c) {
            const Choice& choice = scene.choices[c];
            out += "  " + dot_string(scene.id) + " -> " + dot_string(choice.target) +
                   " [label=" + dot_string(choice_label(c + 1, choice, catalog, words));
            if (!choice.harms.empty()) out += ", color=\"#c62828\", fontcolor=\"#c62828\", style=dashed";
            else if (!choice.practices.empty()) out += ", color=\"#2e7d32\", fontcolor=\"#2e7d32\", penwidth=2";
            out += "];\n";
        }
    return out + "}\n";
}

}  // namespace senales
