#pragma once
// What only a facilitator may do at this machine: read the class summary, see who has records
// here and delete another trainee's records. Behind a PIN set on first use and kept hashed
// (records/pin.h); unlocked for one sitting, locked again when the game goes back to its start.

#include <functional>
#include <string>
#include <vector>

#include "class_summary.h"

namespace senales::records {
class RecordStore;
}

namespace senales::play {

class Facilitator {
public:
    using Report = std::function<void(const std::string& problem)>;
    Facilitator(records::RecordStore& store, Report report) : store_(store), report_(std::move(report)) {}

    bool pin_set();
    // Sets the first PIN, or changes it once unlocked; false when it is not 4 to 12 digits.
    bool set_pin(const std::string& pin);
    bool unlock(const std::string& pin);  // false for a wrong PIN, or when none is set
    bool unlocked() const { return unlocked_; }
    void lock() { unlocked_ = false; }

    // Each empty while locked.
    std::vector<ScenarioSummary> class_summary();
    // xAPI statements a learning record store has not accepted yet.
    std::size_t statements_waiting();
    std::vector<std::string> trainees();
    // Deletes a named trainee's records; returns how many attempts went (0 while locked).
    int delete_trainee(const std::string& name);

private:
    template <typename Read> void reading(Read read);

    records::RecordStore& store_;
    Report report_;
    bool unlocked_ = false;
};

}  // namespace senales::play
