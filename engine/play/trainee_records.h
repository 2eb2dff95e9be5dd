#pragma once
// The records of this machine as the window and the terminal use them, for the trainee signed in:
// attempts saved as they are played, their progress, and an unfinished attempt to go on with
// (the class summary is the facilitator's: facilitator.h). A records file that fails is reported
// through `report` and never stops the game: the trainee plays on, and what was saved before stays.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "attempt_play.h"
#include "progress.h"

namespace senales::records {
class RecordStore;
class AttemptRecorder;
struct Attempt;
struct TraineeId;
}  // namespace senales::records

namespace senales::play {

// An attempt left in progress (the window closed, the machine crashed) that can go on.
struct Unfinished {
    const Scenario* scenario = nullptr;
    std::string started;  // local time
    std::size_t decisions = 0;
};

// What looking for an unfinished attempt found.
struct FoundUnfinished {
    std::optional<Unfinished> offer;
    // The scenario of one that could not go on: it changed since (its steps might no longer fit)
    // or is no longer installed. That attempt is kept as abandoned.
    std::optional<std::string> set_aside;
};

class TraineeRecords {
public:
    using Report = std::function<void(const std::string& problem)>;
    TraineeRecords(records::RecordStore& store, Report report);
    ~TraineeRecords();
    TraineeRecords(const TraineeRecords&) = delete;
    TraineeRecords& operator=(const TraineeRecords&) = delete;

    // Whose records these are from now on: a named trainee (found however the name is typed), or
    // a new guest session of its own. An AttemptPlay started before must be gone by then.
    void sign_in(const std::string& name);
    void sign_in_as_guest();
    bool guest() const;
    // The classes a facilitator named, to offer at sign-in; joining one (by its name) puts the
    // attempts started from then on in it. False, with nothing changed, for a class not there.
    std::vector<std::string> classes();
    bool join_class(const std::string& name);
    // Who played here lately, latest first, to offer on the name screen.
    std::vector<std::string> recent_names(std::size_t count);

    // A new attempt, saved as it is played.
    std::unique_ptr<AttemptPlay> start(const Scenario& scenario, const Catalog& catalog, const Lang& lang,
                                       ChoiceOrder order);

    // The trainee's latest attempt in progress, at any of `scenarios` (the window) or only at
    // `scenario` (the terminal, which plays one).
    FoundUnfinished find_unfinished(const std::vector<Scenario>& scenarios);
    FoundUnfinished find_unfinished(const Scenario& scenario);
    // Goes on with the attempt found last: its steps replayed, its saving resumed.
    std::unique_ptr<AttemptPlay> resume(const Catalog& catalog, const Lang& lang);
    // Keeps the attempt found last as abandoned.
    void discard_unfinished();

    Progress progress();
    // Deletes every record of this trainee; returns how many attempts went.
    int delete_trainee();

private:
    template <typename Read> void reading(Read read);
    FoundUnfinished offer_if_fits(const Scenario* scenario);

    records::RecordStore& store_;
    Report report_;
    void sign_in_as(const records::TraineeId& trainee);

    std::unique_ptr<records::AttemptRecorder> recorder_;
    std::unique_ptr<records::Attempt> unfinished_;
    const Scenario* unfinished_scenario_ = nullptr;
};

}  // namespace senales::play
