#pragma once
// The teaching heart of a playthrough, as facts: what the trainee saw and missed, what harmed the
// person (with how grave it was for this person), each decision beside the ones not taken, the
// ending, and which sources all of it rests on. Ids and indices only: the wording layer
// (engine/wording) turns these into sentences in any language, and the records keep the ids.

#include <optional>
#include <string>
#include <vector>

#include "catalog.h"
#include "path_facts.h"
#include "scenario.h"
#include "scoring.h"
#include "story_state.h"

namespace senales {

enum class ChoiceKind { good_practice, neutral, harm };
enum class Comparison { better, same, worse };

struct SignFact {
    std::string indicator;
    ShownDetail at;  // where it was flagged, or first shown when missed
};

struct HarmFact {
    std::size_t decision = 0;
    std::string harm;
    Severity severity = Severity::serious;  // as weighed for this scenario's person
    int scene = 0;
    int choice = 0;  // authored index of the choice that did it
};

struct PracticeFact {
    std::size_t decision = 0;
    std::string practice;
    int scene = 0;
};

struct AlternativeFact {
    int choice = 0;  // authored index
    ChoiceKind kind = ChoiceKind::neutral;
    Comparison compared_to_chosen = Comparison::same;
};

// One decision on the path; a trainee can restart from here.
struct TimelineFact {
    std::size_t decision = 0;
    int scene = 0;
    int chosen = 0;  // authored index
    ChoiceKind kind = ChoiceKind::neutral;
    std::vector<AlternativeFact> alternatives;  // the others offered, in the order shown
};

// What drove each competency's score, for the sentence that explains it.
struct CompetencyCounts {
    int signs_found = 0, signs_shown = 0;
    int wrong_flags = 0, neutral_shown = 0;
    int harmful_decisions = 0, grave_harms = 0;
    int practices_taken = 0, practice_moments = 0;
    bool finished = false;
    Outcome outcome = Outcome::bad;
};

// One element of the legal definition on this path: whether a sign of it was shown, whether the
// trainee recognised one, and whether the case needs it at all (a child's does not need a means).
struct ElementFact {
    Element element = Element::act;
    bool shown = false;
    bool found = false;
    bool needed = true;
    std::vector<std::string> signs_found;  // indicator ids, in the order first shown
};

// The three things to take from a run, in the order a trainee should read them: the gravest harm
// done (graver first, then earlier), the most telling sign missed (stronger first, then seen
// earlier), and what went well (the first good practice, or else the strongest sign recognised).
// Indices into DebriefFacts' lists; absent when a run has none of that kind.
struct KeyPoints {
    std::optional<std::size_t> harm;      // into harms
    std::optional<std::size_t> missed;    // into missed
    std::optional<std::size_t> practice;  // into practices
    std::optional<std::size_t> found;     // into found, only when no practice was taken
};

struct DebriefFacts {
    ScoreCard score;
    std::vector<ElementFact> elements;  // act, means, purpose
    // Every element the case needs appeared on this path: by the definition, it was trafficking.
    bool elements_established = false;
    CompetencyCounts counts;
    std::vector<SignFact> found;
    std::vector<SignFact> missed;
    std::vector<ShownDetail> wrongly_flagged;
    std::vector<HarmFact> harms;
    std::vector<PracticeFact> practices;
    std::vector<TimelineFact> timeline;
    int ending = -1;  // scene index of the ending, -1 when the story did not end
    Outcome outcome = Outcome::bad;
    std::vector<std::string> sources;  // every source cited above, in order of first citation
    KeyPoints remember;
};

DebriefFacts debrief_facts(const Scenario& scenario, const Catalog& catalog, const StoryState& state);

ChoiceKind choice_kind(const Choice& choice);
std::string_view to_string(ChoiceKind kind);
std::string_view to_string(Comparison comparison);

}  // namespace senales
