#include "facilitator.h"

#include "lrs_status.h"

#include "records/attempt.h"
#include "records/pin.h"
#include "records/record_store.h"

namespace senales::play {

template <typename Read>
void Facilitator::reading(Read read) {
    try {
        read();
    } catch (const records::RecordsError& failure) {
        report_(failure.what());
    }
}

bool Facilitator::pin_set() {
    bool set = false;
    reading([&] { set = store_.facilitator_pin_hash().has_value(); });
    return set;
}

bool Facilitator::set_pin(const std::string& pin) {
    if (!records::pin_well_formed(pin) || (pin_set() && !unlocked_)) return false;
    bool stored = false;
    reading([&] {
        store_.set_facilitator_pin_hash(records::hash_pin(pin), records::iso8601_now());
        stored = true;
    });
    unlocked_ = stored;
    return stored;
}

bool Facilitator::unlock(const std::string& pin) {
    std::optional<std::string> hash;
    reading([&] { hash = store_.facilitator_pin_hash(); });
    unlocked_ = hash && records::pin_matches(pin, *hash);
    return unlocked_;
}

std::size_t Facilitator::statements_waiting() {
    std::size_t waiting = 0;
    if (unlocked_) reading([&] { waiting = play::statements_waiting(store_); });
    return waiting;
}

std::vector<ScenarioSummary> Facilitator::class_summary() {
    std::vector<ScenarioSummary> summary;
    if (unlocked_) reading([&] { summary = play::class_summary(store_.attempts()); });
    return summary;
}

std::vector<std::string> Facilitator::trainees() {
    std::vector<std::string> names;
    if (unlocked_) reading([&] { names = store_.trainees(); });
    return names;
}

int Facilitator::delete_trainee(const std::string& name) {
    int deleted = 0;
    if (unlocked_) reading([&] { deleted = store_.delete_trainee(records::TraineeId(name)); });
    return deleted;
}

}  // namespace senales::play
