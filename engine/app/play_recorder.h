#pragma once
// Records a headless playthrough like one played in the game: the attempt is opened at the start,
// every step is committed as it is taken, and the result when the story ends. A failure of the
// records file is reported once and never stops the play.

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/debrief.h"
#include "core/scenario.h"
#include "records/record_store.h"

namespace senales {

class PlayRecorder {
public:
    // Opens the store for `trainee`; nullptr (with a message on `err`) when it cannot.
    static std::unique_ptr<PlayRecorder> open(const std::string& trainee, const std::string& data_dir, std::ostream& err);

    // The steps of this trainee's unfinished attempt at `scenario`, to replay before going on.
    std::vector<Step> unfinished_steps(const Scenario& scenario);
    void start(const Scenario& scenario, Lang lang);
    void step(const Step& step, const std::string& scene);
    void finish(const Debrief& debrief);

private:
    PlayRecorder(std::unique_ptr<records::RecordStore> store, std::string trainee, std::ostream& err)
        : store_(std::move(store)), trainee_(std::move(trainee)), err_(err) {}
    template <typename Write> void guarded(Write write);

    std::unique_ptr<records::RecordStore> store_;
    std::string trainee_;
    std::ostream& err_;
    std::optional<std::int64_t> attempt_;
    bool failed_ = false;
};

}  // namespace senales
