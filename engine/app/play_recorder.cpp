#include "play_recorder.h"

#include "platform/user_folder.h"

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

PlayRecorder::PlayRecorder(std::unique_ptr<records::RecordStore> store, const std::string& trainee, std::ostream& err)
    : store_(std::move(store)), err_(err),
      records_(*store_, [&err](const std::string& message) { err << "senales: records: " << message << "\n"; }) {
    records_.sign_in(trainee);
}

std::unique_ptr<play::AttemptPlay> PlayRecorder::resume(const Scenario& scenario, const Catalog& catalog, const Lang& lang) {
    const play::FoundUnfinished found = records_.find_unfinished(scenario);
    if (found.set_aside) err_ << "senales: records: the scenario changed since the unfinished attempt; starting over\n";
    if (!found.offer) return nullptr;
    return records_.resume(catalog, lang);
}

}  // namespace senales
