#pragma once
// How hard a text is to read aloud or on a projector, by the simplest measure trainers use: words
// per sentence. Community classes read everything in Spanish at 12 words a sentence at most on
// average; police and consular staff at 18.

#include <string>
#include <utility>
#include <vector>

#include "catalog.h"
#include "scenario.h"

namespace senales {

struct SentenceStats {
    int sentences = 0;
    int words = 0;
    std::vector<std::pair<int, std::string>> longest;  // words and the sentence, longest first (a few)

    double mean() const { return sentences ? static_cast<double>(words) / sentences : 0.0; }
    void add(const std::string& text);  // splits at . ? ! … and line breaks
};

// The limit for an audience: 12 for community classes, 18 for police and consular staff.
int most_words_per_sentence(Audience audience);

// Everything a trainee of this scenario reads in Spanish: its own texts, and the catalog's texts
// its debrief can show (the signs it shows, the practices and harms of its choices, their
// principles, and the three elements).
SentenceStats spanish_reading(const Scenario& scenario, const Catalog& catalog);

}  // namespace senales
