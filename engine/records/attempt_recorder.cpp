#include "attempt_recorder.h"

namespace senales::records {

template <typename Write>
void AttemptRecorder::guarded(Write write) {
    if (failed_) return;
    try {
        write();
    } catch (const RecordsError& failure) {
        failed_ = true;
        report_(std::string(failure.what()) + " (from here on, nothing more is recorded)");
    }
}

std::optional<Attempt> AttemptRecorder::unfinished() {
    std::optional<Attempt> found;
    guarded([&] { found = store_.unfinished_attempt(trainee_); });
    return found;
}

bool AttemptRecorder::resume(const Attempt& attempt) {
    bool taken = false;
    guarded([&] { taken = store_.take_lease(attempt.id, iso8601_now()); });
    if (taken) attempt_ = attempt.id;
    return taken;
}

void AttemptRecorder::start(const Scenario& scenario, const Lang& lang, const ChoiceOrder& order, bool rewound) {
    abandon();
    const std::optional<std::uint32_t> seed = order.as_written ? std::nullopt : std::optional(order.seed);
    guarded([&] {
        attempt_ = store_.start_attempt(trainee_, scenario.id, scenario.content_hash, lang.code(), seed,
                                        iso8601_now(), rewound, class_name_);
    });
}

void AttemptRecorder::keep_lease() {
    if (attempt_) guarded([&] { store_.renew_leases(iso8601_now()); });
}

void AttemptRecorder::step(const Step& step, const Scene& scene) {
    if (!attempt_) return;
    const bool choice = step.kind == Step::Kind::choose && step.choice >= 0 &&
                        step.choice < static_cast<int>(scene.choices.size());
    const std::string choice_id = choice ? scene.choices[static_cast<std::size_t>(step.choice)].id : std::string();
    guarded([&] { store_.add_step(*attempt_, step, choice_id, scene.id, iso8601_now()); });
}

void AttemptRecorder::finish(const DebriefFacts& facts, const Scenario& scenario) {
    if (!attempt_ || facts.ending < 0) return;
    guarded([&] { store_.finish_attempt(*attempt_, result_of(facts, scenario), iso8601_now()); });
    attempt_.reset();
}

void AttemptRecorder::abandon() {
    if (!attempt_) return;
    guarded([&] { store_.abandon_attempt(*attempt_, iso8601_now()); });
    attempt_.reset();
}

void AttemptRecorder::abandon(const Attempt& attempt) {
    guarded([&] { store_.abandon_attempt(attempt.id, iso8601_now()); });
    if (attempt_ == attempt.id) attempt_.reset();
}

}  // namespace senales::records
