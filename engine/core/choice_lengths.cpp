#include "choice_lengths.h"

#include "scoring.h"
#include "utf8.h"

namespace senales {

std::vector<ChoiceLengths> measure_choice_lengths(const Scenario& scenario, const Catalog& catalog) {
    std::vector<ChoiceLengths> out;
    for (Inline lang : kInlineLanguages) {
        ChoiceLengths lengths{lang, 0, 0, 0.0};
        double ratios = 0.0;
        for (const Scene& scene : scenario.scenes) {
            if (scene.choices.size() < 2) continue;
            // The best choice: the one ranked above all others (a tie means there is no one answer).
            int best = -1, best_rank = 0;
            bool tie = false;
            for (std::size_t c = 0; c < scene.choices.size(); ++c) {
                const int rank = choice_rank(scene.choices[c], catalog, scenario.person);
                if (best < 0 || rank > best_rank) {
                    best = static_cast<int>(c);
                    best_rank = rank;
                    tie = false;
                } else if (rank == best_rank) {
                    tie = true;
                }
            }
            if (tie) continue;
            const double best_length =
                static_cast<double>(utf8_length(scene.choices[static_cast<std::size_t>(best)].text.written(lang)));
            double others = 0.0, longest_other = 0.0;
            for (std::size_t c = 0; c < scene.choices.size(); ++c) {
                if (static_cast<int>(c) == best) continue;
                const double length = static_cast<double>(utf8_length(scene.choices[c].text.written(lang)));
                others += length;
                if (length > longest_other) longest_other = length;
            }
            const double mean_others = others / static_cast<double>(scene.choices.size() - 1);
            ++lengths.decisions;
            lengths.best_longest += best_length > longest_other;
            ratios += mean_others > 0 ? best_length / mean_others : 1.0;
        }
        lengths.mean_ratio = lengths.decisions ? ratios / lengths.decisions : 0.0;
        out.push_back(lengths);
    }
    return out;
}

}  // namespace senales
