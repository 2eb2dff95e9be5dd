#include "scenario.h"

#include <algorithm>

namespace senales {

int Scenario::scene_index(const std::string& id) const {
    for (std::size_t i = 0; i < scenes.size(); ++i)
        if (scenes[i].id == id) return static_cast<int>(i);
    return -1;
}

const Detail* Scenario::find_detail(const std::string& id, int* scene) const {
    for (std::size_t s = 0; s < scenes.size(); ++s)
        for (const Detail& detail : scenes[s].details)
            if (detail.id == id) {
                if (scene) *scene = static_cast<int>(s);
                return &detail;
            }
    return nullptr;
}

int Scene::choice_index(const std::string& choice_id) const {
    for (std::size_t i = 0; i < choices.size(); ++i)
        if (choices[i].id == choice_id) return static_cast<int>(i);
    return -1;
}

std::vector<int> initial_variables(const Scenario& scenario) {
    std::vector<int> values = scenario.initial_values;
    for (int& value : values) value = std::clamp(value, kVariableMin, kVariableMax);
    return values;
}

void apply_changes(const std::vector<VariableChange>& changes, std::vector<int>& variables) {
    for (const VariableChange& change : changes) {
        int& value = variables[static_cast<std::size_t>(change.variable)];
        value = std::clamp(change.assign ? change.amount : value + change.amount, kVariableMin, kVariableMax);
    }
}

std::string_view to_string(Audience audience) {
    switch (audience) {
        case Audience::police: return "police";
        case Audience::consular: return "consular";
        case Audience::community: return "community";
    }
    return "police";
}

std::optional<Audience> parse_audience(std::string_view name) {
    if (name == "police") return Audience::police;
    if (name == "consular") return Audience::consular;
    if (name == "community") return Audience::community;
    return std::nullopt;
}

std::string_view to_string(Outcome outcome) {
    switch (outcome) {
        case Outcome::bad: return "bad";
        case Outcome::mixed: return "mixed";
        case Outcome::good: return "good";
    }
    return "bad";
}

std::optional<Outcome> parse_outcome(std::string_view name) {
    if (name == "bad") return Outcome::bad;
    if (name == "mixed") return Outcome::mixed;
    if (name == "good") return Outcome::good;
    return std::nullopt;
}

std::string_view to_string(PersonAge age) {
    switch (age) {
        case PersonAge::child: return "child";
        case PersonAge::adolescent: return "adolescent";
        case PersonAge::adult: return "adult";
        case PersonAge::possible_minor: return "possible_minor";
    }
    return "adult";
}

std::optional<PersonAge> parse_person_age(std::string_view name) {
    if (name == "child") return PersonAge::child;
    if (name == "adolescent") return PersonAge::adolescent;
    if (name == "adult") return PersonAge::adult;
    if (name == "possible_minor") return PersonAge::possible_minor;
    return std::nullopt;
}

std::string_view to_string(Gender gender) {
    switch (gender) {
        case Gender::female: return "female";
        case Gender::male: return "male";
        case Gender::other: return "other";
    }
    return "other";
}

std::optional<Gender> parse_gender(std::string_view name) {
    for (Gender g : {Gender::female, Gender::male, Gender::other})
        if (name == to_string(g)) return g;
    return std::nullopt;
}

std::string_view to_string(Exploitation exploitation) {
    switch (exploitation) {
        case Exploitation::sexual: return "sexual";
        case Exploitation::labour: return "labour";
        case Exploitation::domestic: return "domestic";
        case Exploitation::criminality: return "criminality";
        case Exploitation::begging: return "begging";
        case Exploitation::marriage: return "marriage";
        case Exploitation::none: return "none";
    }
    return "none";
}

std::optional<Exploitation> parse_exploitation(std::string_view name) {
    for (Exploitation e : {Exploitation::sexual, Exploitation::labour, Exploitation::domestic, Exploitation::criminality,
                           Exploitation::begging, Exploitation::marriage, Exploitation::none})
        if (name == to_string(e)) return e;
    return std::nullopt;
}

std::string derived_choice_id(const Choice& choice, const std::vector<std::string>& variable_names) {
    std::string id = choice.target;
    for (const VariableChange& change : choice.changes) {
        const std::size_t v = static_cast<std::size_t>(change.variable);
        id += "_" + (v < variable_names.size() ? variable_names[v] : std::to_string(v));
        id += change.assign ? "=" : change.amount >= 0 ? "+" : "";
        id += std::to_string(change.amount);
    }
    return id;
}

}  // namespace senales
