#pragma once
// A small scenario built in C++, so core tests need no script host. Its shape:
//
//   arrival [answers_for_her, neutral dress]
//     1 separate (practice, trust+1) -> private
//     2 question here (serious harm, trust-1) -> questioned
//   private [documents_held, debt (weak, only when trust >= 2)]
//     1 refer with interpreter (practice) -> referred (good)
//     2 arrest her (grave harm) -> arrested (bad)
//   questioned
//     1 take her aside now (practice) -> private
//     2 leave (minor harm) -> left (mixed)
//     3 go back and start over (trust-1) -> arrival   (a loop)
//   orphan (nothing leads here)

#include "core/catalog.h"
#include "core/scenario.h"
#include "core/validate.h"

namespace senales::fixture {

inline Text t(const std::string& both) { return {both + " (es)", both, both}; }

inline Catalog catalog() {
    Catalog c;
    // Field by field: GCC 12 wrongly warns (maybe-uninitialized) on a nested initializer list here.
    for (const char* id : {"1", "2"}) {
        Source& source = c.sources[id];
        source.id = id;
        source.title = std::string("Source ") + id;
        source.url = std::string("https://example.org/") + id;
        source.publisher = "Example";
        source.year = 2020;
    }
    c.principles["separate"] = {"separate", t("Separate"), t("Why separate"), {"1"}, {}};
    c.principles["non_punishment"] = {"non_punishment", t("Non-punishment"), t("Why"), {"2"}, {}};
    c.indicators["answers_for_her"] = {"answers_for_her", Dimension::coercion_at_destination, Element::means, Strength::medium,
                                       t("Someone answers for her"), t("Control"), {"1"}, {}};
    c.indicators["documents_held"] = {"documents_held", Dimension::coercion_at_destination, Element::means, Strength::strong,
                                      t("Documents held"), t("Control of identity"), {"1", "2"}, {}};
    c.indicators["debt"] = {"debt", Dimension::coercion_at_destination, Element::means, Strength::weak, t("Debt"), t("Bondage"), {"2"}, {}};
    c.practices["separate_from_companion"] = {"separate_from_companion", "separate", t("Separate her"), t("Safe"), {"1"}, {}, {}, {}};
    c.practices["refer"] = {"refer", "separate", t("Refer"), t("Referral"), {"2"}, {}, {}, {}};
    c.harms["interview_in_front"] = {"interview_in_front", "separate", Severity::serious, std::nullopt, t("Interview in front"),
                                     t("Separate first"), t("She cannot speak"), {"1"}, {}, {}, {}};
    c.harms["arrest_victim"] = {"arrest_victim", "non_punishment", Severity::grave, std::nullopt, t("Arrest"), t("Do not arrest"),
                                t("Punishes the victim"), {"2"}, {}, {}, {}};
    c.harms["walk_away"] = {"walk_away", "separate", Severity::minor, std::nullopt, t("Walk away"), t("Stay and refer"), t("Left alone"), {"1"}, {}, {}, {}};
    return c;
}

inline Choice choice(const std::string& to, const std::string& text) {
    Choice c;
    c.id = to;  // unique within each scene below
    c.target = to;
    c.text = t(text);
    return c;
}

inline Scenario scenario(const Catalog& catalog) {
    Scenario s;
    s.id = "fixture";
    s.title = t("Fixture");
    s.summary = t("A test scenario");
    s.content_note = t("Nothing graphic");
    s.objectives = {t("Learn")};
    s.minutes = 5;
    s.difficulty = 1;
    s.variable_names = {"trust"};
    s.initial_values = {1};
    s.start_id = "arrival";

    Scene arrival;
    arrival.id = "arrival";
    arrival.text = t("A bar at night");
    arrival.details.push_back({"manager_answers", t("The manager answers for her"), "answers_for_her", {}, {}, {}});
    arrival.details.push_back({"dress", t("She wears a dress"), "", t("Clothing is not a sign"), {}, {}});
    Choice separate = choice("private", "Separate her");
    separate.practices = {"separate_from_companion"};
    separate.changes = {{0, 1, false}};
    Choice question = choice("questioned", "Question her here");
    question.harms = {"interview_in_front"};
    question.changes = {{0, -1, false}};
    question.consequence = t("She repeats the manager's story");
    arrival.choices = {separate, question};

    Scene private_room;
    private_room.id = "private";
    private_room.text = t("A quiet room");
    private_room.details.push_back({"passport_kept", t("Her passport is with the owner"), "documents_held", {}, {}, {}});
    auto debt_when = std::get<Condition>(Condition::parse("trust >= 2", s.variable_names));
    private_room.details.push_back({"debt_talk", t("She mentions a debt"), "debt", {}, debt_when, {}});
    Choice refer = choice("referred", "Refer her with an interpreter");
    refer.practices = {"refer"};
    Choice arrest = choice("arrested", "Arrest her for the false ID");
    arrest.harms = {"arrest_victim"};
    private_room.choices = {refer, arrest};

    Scene questioned;
    questioned.id = "questioned";
    questioned.text = t("She stays silent");
    Choice aside = choice("private", "Take her aside now");
    aside.practices = {"separate_from_companion"};
    Choice leave = choice("left", "Leave");
    leave.harms = {"walk_away"};
    Choice again = choice("arrival", "Start over");
    again.changes = {{0, -1, false}};
    questioned.choices = {aside, leave, again};

    Scene orphan;
    orphan.id = "orphan";
    orphan.text = t("Nobody comes here");
    orphan.choices = {choice("referred", "Go")};

    auto ending = [](const std::string& id, Outcome outcome) {
        Scene e;
        e.id = id;
        e.text = t("Ending " + id);
        e.is_ending = true;
        e.outcome = outcome;
        return e;
    };
    s.scenes = {arrival, private_room, questioned, orphan, ending("referred", Outcome::good),
                ending("arrested", Outcome::bad), ending("left", Outcome::mixed)};
    Diagnostics diagnostics;
    resolve_and_validate(s, catalog, diagnostics);
    return s;
}

}  // namespace senales::fixture
