#include "trainee_records.h"

#include "records/attempt_recorder.h"
#include "records/record_store.h"

namespace senales::play {

TraineeRecords::TraineeRecords(records::RecordStore& store, Report report) : store_(store), report_(std::move(report)) {
    sign_in_as_guest();
}

TraineeRecords::~TraineeRecords() = default;

void TraineeRecords::sign_in(const std::string& name) {
    const records::TraineeId trainee(name);
    if (recorder_ && !recorder_->trainee().guest && recorder_->trainee().key == trainee.key) return;
    sign_in_as(trainee);
}

std::vector<std::string> TraineeRecords::classes() {
    std::vector<std::string> names;
    reading([&] { names = store_.classes(); });
    return names;
}

bool TraineeRecords::join_class(const std::string& name) {
    std::optional<std::string> found;
    reading([&] { found = store_.find_class(name); });
    if (!found || !recorder_) return false;
    recorder_->join_class(*found);
    return true;
}

void TraineeRecords::sign_in_as_guest() { sign_in_as(records::TraineeId::new_guest()); }

void TraineeRecords::sign_in_as(const records::TraineeId& trainee) {
    recorder_ = std::make_unique<records::AttemptRecorder>(store_, trainee, report_);
    unfinished_.reset();
    unfinished_scenario_ = nullptr;
}

bool TraineeRecords::guest() const { return recorder_->trainee().guest; }

std::unique_ptr<AttemptPlay> TraineeRecords::start(const Scenario& scenario, const Catalog& catalog, const Lang& lang,
                                                   ChoiceOrder order) {
    return std::make_unique<AttemptPlay>(scenario, catalog, lang, order, recorder_.get());
}

FoundUnfinished TraineeRecords::offer_if_fits(const Scenario* scenario) {
    FoundUnfinished found;
    if (!unfinished_) return found;
    if (scenario && records::AttemptRecorder::fits(*unfinished_, *scenario)) {
        unfinished_scenario_ = scenario;
        Unfinished offer;
        offer.scenario = scenario;
        offer.started = local_time(unfinished_->started);
        for (const records::RecordedStep& recorded : unfinished_->steps)
            offer.decisions += recorded.step.kind == Step::Kind::choose;
        found.offer = offer;
        return found;
    }
    found.set_aside = unfinished_->scenario;
    recorder_->abandon(*unfinished_);
    unfinished_.reset();
    return found;
}

FoundUnfinished TraineeRecords::find_unfinished(const std::vector<Scenario>& scenarios) {
    unfinished_.reset();
    if (std::optional<records::Attempt> attempt = recorder_->unfinished())
        unfinished_ = std::make_unique<records::Attempt>(std::move(*attempt));
    if (!unfinished_) return {};
    const Scenario* scenario = nullptr;
    for (const Scenario& s : scenarios)
        if (s.id == unfinished_->scenario) scenario = &s;
    return offer_if_fits(scenario);
}

FoundUnfinished TraineeRecords::find_unfinished(const Scenario& scenario) {
    unfinished_.reset();
    std::optional<records::Attempt> attempt = recorder_->unfinished();
    // One at another scenario stays as it is, for the game to offer.
    if (!attempt || attempt->scenario != scenario.id) return {};
    unfinished_ = std::make_unique<records::Attempt>(std::move(*attempt));
    return offer_if_fits(&scenario);
}

std::unique_ptr<AttemptPlay> TraineeRecords::resume(const Catalog& catalog, const Lang& lang) {
    if (!unfinished_ || !unfinished_scenario_) return nullptr;
    const Scenario& scenario = *unfinished_scenario_;
    AttemptPlay::Continuing saved{records::choice_order(*unfinished_), records::replayable_steps(*unfinished_, scenario)};
    const bool taken = recorder_->resume(*unfinished_);
    unfinished_.reset();
    unfinished_scenario_ = nullptr;
    // Taken by another window since it was offered: this one goes on from the same place, unsaved.
    if (!taken) report_("this attempt is being played in another window; what is done here is not saved");
    return std::make_unique<AttemptPlay>(scenario, catalog, lang, std::move(saved), taken ? recorder_.get() : nullptr);
}

void TraineeRecords::discard_unfinished() {
    if (unfinished_) recorder_->abandon(*unfinished_);
    unfinished_.reset();
    unfinished_scenario_ = nullptr;
}

// A records file that fails to read leaves what is shown empty and says why; the game goes on.
template <typename Read>
void TraineeRecords::reading(Read read) {
    try {
        read();
    } catch (const records::RecordsError& failure) {
        report_(failure.what());
    }
}

std::vector<std::string> TraineeRecords::recent_names(std::size_t count) {
    std::vector<std::string> names;
    reading([&] { names = store_.recent_trainees(count); });
    return names;
}

Progress TraineeRecords::progress() {
    Progress progress;
    reading([&] { progress = progress_of(store_.attempts(recorder_->trainee())); });
    return progress;
}

int TraineeRecords::delete_trainee() {
    int deleted = 0;
    reading([&] { deleted = store_.delete_trainee(recorder_->trainee()); });
    return deleted;
}

}  // namespace senales::play
