#pragma once
// Records a headless playthrough like one played in the game: the records file of --data-dir (or
// the user's data folder) and the trainee's attempts in it.

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/scenario.h"
#include "core/story_state.h"
#include "records/attempt_recorder.h"
#include "records/record_store.h"

namespace senales {

class PlayRecorder {
public:
    // Opens the store for `trainee`; nullptr (with a message on `err`) when it cannot.
    static std::unique_ptr<PlayRecorder> open(const std::string& trainee, const std::string& data_dir, std::ostream& err);

    // This trainee's unfinished attempt at `scenario`: its choice order and the steps to replay
    // before going on; the attempt then goes on being saved. Nothing when there is none to go on with.
    struct Resumed {
        ChoiceOrder order;
        std::vector<Step> steps;
    };
    std::optional<Resumed> resume(const Scenario& scenario);
    records::AttemptRecorder& attempt() { return recorder_; }

private:
    PlayRecorder(std::unique_ptr<records::RecordStore> store, const std::string& trainee, std::ostream& err);

    std::unique_ptr<records::RecordStore> store_;
    std::ostream& err_;
    records::AttemptRecorder recorder_;
};

}  // namespace senales
