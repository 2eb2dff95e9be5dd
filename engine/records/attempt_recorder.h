#pragma once
// Saves one trainee's attempts as they are played, in the terminal or in the game window: an
// attempt is opened at the start, every step is committed as it is taken, and the result when the
// story ends. A failure of the records file is reported once, through `report`, and never stops
// the play: the trainee goes on, and what was committed before stays.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "attempt.h"
#include "core/debrief.h"
#include "core/scenario.h"
#include "record_store.h"
#include "trainee.h"

namespace senales::records {

class AttemptRecorder {
public:
    using Report = std::function<void(const std::string& message)>;
    AttemptRecorder(RecordStore& store, TraineeId trainee, Report report)
        : store_(store), trainee_(std::move(trainee)), report_(std::move(report)) {}

    const TraineeId& trainee() const { return trainee_; }
    // The class the trainee joined at sign-in (one of the store's classes()): attempts started
    // from now on belong to it. Empty for none.
    void join_class(std::string name) { class_name_ = std::move(name); }
    bool recording() const { return attempt_.has_value(); }

    // The trainee's latest attempt still in progress, at any scenario.
    std::optional<Attempt> unfinished();
    // Whether `attempt` can go on in `scenario` as it is now: the same one, its file unchanged
    // (steps saved against an older version might no longer fit).
    static bool fits(const Attempt& attempt, const Scenario& scenario) {
        return attempt.scenario == scenario.id && attempt.content_hash == scenario.content_hash;
    }
    // Goes on saving into `attempt` (one of this trainee's, from unfinished()); false when another
    // window took it in the meantime.
    bool resume(const Attempt& attempt);

    // A new attempt whose choices are shown in `order`; one still open is abandoned first.
    // `rewound`: it goes on from a decision of an attempt whose debrief the trainee saw.
    void start(const Scenario& scenario, const Lang& lang, const ChoiceOrder& order, bool rewound = false);
    // Keeps this process's hold on the attempt being played (the game calls it every half minute).
    void keep_lease();
    // A step taken in `scene`: a choice is saved by its stable id.
    void step(const Step& step, const Scene& scene);
    // The story ended: its result, from the debrief's facts.
    void finish(const DebriefFacts& facts, const Scenario& scenario);
    // The trainee left or started over: the attempt stays in the records as abandoned.
    void abandon();
    void abandon(const Attempt& attempt);

private:
    template <typename Write> void guarded(Write write);

    RecordStore& store_;
    TraineeId trainee_;
    std::string class_name_;
    Report report_;
    std::optional<std::int64_t> attempt_;
    bool failed_ = false;
};

}  // namespace senales::records
