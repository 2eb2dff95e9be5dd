#pragma once
// The static shape of one scenario, as its author wrote it. Nothing here changes during play: the
// moving parts live in StoryState.

#include <optional>
#include <string>
#include <vector>

#include "condition.h"
#include "diagnostic.h"
#include "text.h"

namespace senales {

enum class Audience { police, consular, community };
enum class Feedback { immediate, deferred };
enum class Outcome { bad, mixed, good };

// Something observable in a scene that the trainee may flag as a warning sign.
struct Detail {
    std::string id;
    Text text;
    std::string indicator;  // empty when neutral
    Text why;               // for neutral details: why flagging it is profiling
    Condition when;
    SourceLocation where;

    bool neutral() const { return indicator.empty(); }
};

// Story variables are small whole numbers (trust, safety, ...). Keeping them in a fixed range keeps
// the number of story states finite, so the checker can explore every path even through loops.
inline constexpr int kVariableMin = -10;
inline constexpr int kVariableMax = 10;

struct VariableChange {
    int variable = 0;
    int amount = 0;
    bool assign = false;  // set to `amount` instead of adding it
};

struct Choice {
    // Stable within its scene: written by the author, or derived from where the choice leads and
    // what it changes (never from its text or position), so records, transcripts and exports still
    // name the same choice after the text is reworded or the choices are reordered.
    std::string id;
    bool id_written = false;  // by the author, rather than derived
    bool pinned_last = false; // `fixed = "last"`: stays at the end when the choices are shuffled
    Text text;
    std::string target;       // scene or ending id
    int target_scene = -1;    // index into Scenario::scenes, resolved at load
    Condition when;
    std::vector<VariableChange> changes;
    std::vector<std::string> practices;
    std::vector<std::string> harms;
    Text note;                // immediate feedback; empty means "use the catalog's"
    Text consequence;         // what this did to the person, for the debrief
    SourceLocation where;
};

struct Scene {
    std::string id;
    Text text;
    std::string image;        // file name in the scenario folder, may be empty
    Text prompt;              // facilitator's discussion question, may be empty
    std::vector<Detail> details;
    std::vector<Choice> choices;
    // Endings are scenes with no choices and an outcome.
    bool is_ending = false;
    Outcome outcome = Outcome::bad;
    SourceLocation where;

    int choice_index(const std::string& choice_id) const;  // -1 when unknown
};

// Who the person at the centre of the story is. Anyone under 18, and anyone whose age is in doubt
// (the presumption of minority), is treated as a child when harms are weighed. The rest says whom
// the library teaches about (check's coverage table), and is never shown before play: it would
// give the answer away.
enum class PersonAge { child, adolescent, adult, possible_minor };
enum class Gender { female, male, other };
enum class Exploitation { sexual, labour, domestic, criminality, begging, marriage, none };
struct Person {
    PersonAge age = PersonAge::adult;
    Gender gender = Gender::female;
    std::string nationality;               // ISO 3166 alpha-2: "GT", "SV", "HN", "MX"…
    Exploitation exploitation = Exploitation::none;
    bool trafficking = true;               // false: a case that turns out not to be trafficking
    bool counts_as_child() const { return age != PersonAge::adult; }
};

// Where the story happens and who acts in it; the advice a debrief gives depends on it.
struct Setting {
    std::string country;      // ISO 3166 alpha-2
    std::string institution;  // "PNC", "MP", "consulate", "community"…
};

struct Scenario {
    std::string id;
    std::string folder;
    std::string content_hash;  // of the scenario file, for records
    Text title;
    Text summary;
    Audience audience = Audience::police;
    int minutes = 0;
    int difficulty = 1;
    Feedback feedback = Feedback::deferred;
    Person person;
    Setting setting;
    std::vector<Text> objectives;
    Text content_note;
    std::vector<std::string> variable_names;
    std::vector<int> initial_values;
    std::vector<Scene> scenes;  // scenes and endings, in the order written
    std::string start_id;       // as written by the author
    int start = 0;              // index into scenes, resolved at load
    SourceLocation where;

    int scene_index(const std::string& id) const;  // -1 when unknown
    const Detail* find_detail(const std::string& id, int* scene = nullptr) const;
};

// The variables at the start of the story, each within its range.
std::vector<int> initial_variables(const Scenario& scenario);
// Applies a choice's changes to story variables, keeping each within its range.
void apply_changes(const std::vector<VariableChange>& changes, std::vector<int>& variables);

std::string_view to_string(Audience audience);
std::optional<Audience> parse_audience(std::string_view name);
std::string_view to_string(Outcome outcome);
std::optional<Outcome> parse_outcome(std::string_view name);
std::string_view to_string(PersonAge age);
std::optional<PersonAge> parse_person_age(std::string_view name);
std::string_view to_string(Gender gender);
std::optional<Gender> parse_gender(std::string_view name);
std::string_view to_string(Exploitation exploitation);
std::optional<Exploitation> parse_exploitation(std::string_view name);
// The institutions a scenario may be set at, by the name check and the catalogs use.
inline constexpr const char* kInstitutions[] = {"PNC", "MP", "PGN", "consulate", "community", "school", "shelter"};

// The id a choice gets when its author wrote none: its target, then each change it makes, as in
// "private_room" or "private_room_trust+1_safety=0".
std::string derived_choice_id(const Choice& choice, const std::vector<std::string>& variable_names);

}  // namespace senales
