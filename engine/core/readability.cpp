#include "readability.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "advice.h"
#include "text_keys.h"

namespace senales {

namespace {

constexpr std::size_t kLongestKept = 3;

int count_words(const std::string& sentence) {
    int words = 0;
    bool in_word = false;
    for (unsigned char c : sentence) {
        // Letters, digits and every byte of a multi-byte character (á, ñ, ’) are inside a word.
        const bool word_char = c >= 0x80 || std::isalnum(c) || c == '\'' || c == '-';
        if (word_char && !in_word) ++words;
        in_word = word_char;
    }
    return words;
}

}  // namespace

void SentenceStats::add(const std::string& text) {
    std::size_t start = 0;
    auto close = [&](std::size_t end) {
        const std::string sentence = text.substr(start, end - start);
        const int n = count_words(sentence);
        if (n == 0) return;
        ++sentences;
        words += n;
        longest.emplace_back(n, sentence);
        std::stable_sort(longest.begin(), longest.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        if (longest.size() > kLongestKept) longest.resize(kLongestKept);
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool ellipsis = text.compare(i, 3, "\xE2\x80\xA6") == 0;  // …
        if (c == '.' || c == '?' || c == '!' || c == '\n' || ellipsis) {
            close(i);
            start = i + (ellipsis ? 3 : 1);
            if (ellipsis) i += 2;
        }
    }
    close(text.size());
}

int most_words_per_sentence(Audience audience) { return audience == Audience::community ? 12 : 18; }

SentenceStats spanish_reading(const Scenario& scenario, const Catalog& catalog) {
    SentenceStats stats;
    for_each_text(scenario, [&](const Text& text, const SourceLocation&) { stats.add(text.es); });
    std::set<std::string> indicators, practices, harms, principles;
    for (const Scene& scene : scenario.scenes) {
        for (const Detail& detail : scene.details)
            if (!detail.neutral()) indicators.insert(detail.indicator);
        for (const Choice& choice : scene.choices) {
            practices.insert(choice.practices.begin(), choice.practices.end());
            harms.insert(choice.harms.begin(), choice.harms.end());
        }
    }
    for (const std::string& id : indicators)
        if (const Indicator* i = catalog.indicator(id)) stats.add(i->name.es), stats.add(i->explanation.es);
    for (const std::string& id : practices)
        if (const Practice* p = catalog.practice(id)) {
            stats.add(p->name.es), stats.add(explanation_for(*p, scenario).es);
            principles.insert(p->principle);
        }
    for (const std::string& id : harms)
        if (const Harm* h = catalog.harm(id)) {
            stats.add(h->name.es), stats.add(instead_for(*h, scenario).es), stats.add(explanation_for(*h, scenario).es);
            principles.insert(h->principle);
        }
    for (const std::string& id : principles)
        if (const Principle* p = catalog.principle(id)) stats.add(p->name.es), stats.add(p->explanation.es);
    for (const auto& [element, e] : catalog.elements) stats.add(e.explanation.es);
    return stats;
}

}  // namespace senales
