#include "play_recorder.h"

#include "data_dir.h"

namespace senales {

std::unique_ptr<PlayRecorder> PlayRecorder::open(const std::string& trainee, const std::string& data_dir,
                                                 std::ostream& err) {
    std::string error;
    std::optional<std::filesystem::path> file = records_file(data_dir, &error);
    if (!file) {
        err << "senales: records: " << error << "\n";
        return nullptr;
    }
    try {
        std::vector<std::string> notices;
        auto store = records::RecordStore::open(*file, notices);
        for (const std::string& notice : notices) err << "senales: records: " << notice << "\n";
        return std::unique_ptr<PlayRecorder>(new PlayRecorder(std::move(store), trainee, err));
    } catch (const records::RecordsError& failure) {
        err << "senales: records: " << failure.what() << "\n";
        return nullptr;
    }
}

template <typename Write>
void PlayRecorder::guarded(Write write) {
    if (failed_) return;
    try {
        write();
    } catch (const records::RecordsError& failure) {
        failed_ = true;
        err_ << "senales: records: " << failure.what() << " (the rest of this attempt is not recorded)\n";
    }
}

std::vector<Step> PlayRecorder::unfinished_steps(const Scenario& scenario) {
    std::vector<Step> steps;
    guarded([&] {
        auto attempt = store_->unfinished_attempt(trainee_);
        if (!attempt || attempt->scenario != scenario.id) return;
        if (attempt->content_hash != scenario.content_hash) {
            err_ << "senales: records: the scenario changed since the unfinished attempt; starting over\n";
            store_->abandon_attempt(attempt->id, records::iso8601_now());
            return;
        }
        attempt_ = attempt->id;
        for (const records::RecordedStep& recorded : attempt->steps) steps.push_back(recorded.step);
    });
    return steps;
}

void PlayRecorder::start(const Scenario& scenario, Lang lang) {
    if (attempt_) return;  // resuming
    guarded([&] {
        attempt_ = store_->start_attempt(trainee_, scenario.id, scenario.content_hash, std::string(lang_code(lang)),
                                         records::iso8601_now());
    });
}

void PlayRecorder::step(const Step& step, const std::string& scene) {
    if (!attempt_) return;
    guarded([&] { store_->add_step(*attempt_, step, scene, records::iso8601_now()); });
}

void PlayRecorder::finish(const Debrief& debrief) {
    if (!attempt_ || debrief.ending.empty()) return;
    guarded([&] { store_->finish_attempt(*attempt_, records::result_of(debrief), records::iso8601_now()); });
}

}  // namespace senales
