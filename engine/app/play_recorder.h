#pragma once
// Records a headless playthrough like one played in the game: the records file of --data-dir (or
// the user's data folder) and the trainee's attempts in it.

#include <memory>
#include <ostream>
#include <string>

#include "play/trainee_records.h"
#include "records/record_store.h"

namespace senales {

class PlayRecorder {
public:
    // Opens the store for `trainee`; nullptr (with a message on `err`) when it cannot.
    static std::unique_ptr<PlayRecorder> open(const std::string& trainee, const std::string& data_dir, std::ostream& err);

    // This trainee's unfinished attempt at `scenario`, its steps replayed, saving on from there.
    // Nothing when there is none to go on with (one whose scenario changed is kept as abandoned).
    std::unique_ptr<play::AttemptPlay> resume(const Scenario& scenario, const Catalog& catalog, const Lang& lang);
    play::TraineeRecords& records() { return records_; }

private:
    PlayRecorder(std::unique_ptr<records::RecordStore> store, const std::string& trainee, std::ostream& err);

    std::unique_ptr<records::RecordStore> store_;
    std::ostream& err_;
    play::TraineeRecords records_;
};

}  // namespace senales
