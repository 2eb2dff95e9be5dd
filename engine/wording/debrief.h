#pragma once
// The debrief as a trainee reads it: the core's facts (core/debrief.h) in words, in one language,
// ready for any screen or report to show as it is.

#include <string>
#include <vector>

#include "core/debrief.h"
#include "wording.h"

namespace senales {

struct CompetencyResult {
    Competency competency;
    std::string name;
    int score = 0;
    std::string sentence;  // what drove the score
};

struct IndicatorNote {
    std::string indicator;
    std::string name;
    Strength strength = Strength::medium;
    Dimension dimension = Dimension::exploitative_conditions;
    std::string detail;       // detail id where it was flagged, or first visible
    std::string detail_text;  // what could be seen
    std::string scene;        // scene id
    std::string explanation;  // what it signals
    std::vector<std::string> sources;
};

struct WrongFlagNote {
    std::string detail;
    std::string detail_text;
    std::string scene;
    std::string why;  // why it is not a sign on its own
};

struct HarmNote {
    std::size_t decision = 0;
    std::string harm;
    std::string name;
    Severity severity = Severity::serious;
    std::string severity_name;
    std::string scene;
    std::string what_was_done;  // the choice's text
    std::string principle;      // principle name
    std::string instead;
    std::string explanation;
    std::string consequence;    // what it did to the person in this story
    std::vector<std::string> sources;
};

struct PracticeNote {
    std::size_t decision = 0;
    std::string practice;
    std::string name;
    std::string principle;
    std::string scene;
    std::string explanation;
    std::vector<std::string> sources;
};

struct Alternative {
    int choice = 0;  // authored index
    std::string text;
    ChoiceKind kind = ChoiceKind::neutral;
    Comparison compared_to_chosen = Comparison::same;
};

struct TimelineEntry {
    std::size_t decision = 0;
    std::string scene;
    std::string chosen_text;
    int chosen = 0;
    ChoiceKind kind = ChoiceKind::neutral;
    std::vector<Alternative> alternatives;
};

struct ElementNote {
    Element element = Element::act;
    std::string name;         // "The means"
    std::string explanation;  // what it is, from the catalog
    std::string verdict;      // on this path: recognised (with which signs), missed, absent, or not needed
    bool shown = false;
    bool found = false;
    bool needed = true;
};

struct Debrief {
    Lang lang;
    DebriefFacts facts;
    ScoreCard score;
    int pass_mark = rules::kPassMark;
    // One plain sentence for each rule of the pass that this playthrough did not meet, in the
    // order of kAllShortfalls; empty when it passed.
    std::vector<std::string> why_not_passed;
    // Whether it passed and why, in one sentence, for the first screen: the reason that weighs
    // most for the person (a grave harm or a bad ending before a score), or what a pass took.
    std::string verdict;
    std::vector<CompetencyResult> competencies;
    std::vector<ElementNote> elements;  // act, means, purpose
    std::string elements_verdict;       // whether, on this path, the definition was met
    std::vector<IndicatorNote> found;
    std::vector<IndicatorNote> missed;
    std::vector<WrongFlagNote> wrongly_flagged;
    std::vector<HarmNote> harms;
    std::vector<PracticeNote> practices;
    std::vector<TimelineEntry> timeline;
    std::vector<std::string> objectives;
    std::string ending;  // ending id, empty if the story did not end
    Outcome outcome = Outcome::bad;
    std::string ending_text;
    std::vector<Source> sources;  // every source cited above, in order of first citation
};

Debrief build_debrief(const Scenario& scenario, const Catalog& catalog, const StoryState& state, const Wording& words);

std::string competency_name(Competency competency, const Wording& words);
std::string severity_name(Severity severity, const Wording& words);
std::string dimension_name(Dimension dimension, const Wording& words);

}  // namespace senales
