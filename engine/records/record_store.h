#pragma once
// The trainee records of one machine, in one SQLite file. Every write is a transaction: killing the
// game at any moment loses nothing already committed. A file that is damaged, or was written by a
// newer version of the game, is moved aside as a backup and a new one is started, with a notice.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "attempt.h"
#include "sqlite_db.h"

namespace senales::records {

// A records file that could not be used and was kept aside as a backup when the store opened.
struct SetAside {
    enum class Why { damaged, newer_version } why = Why::damaged;
    std::filesystem::path backup;
    int version = 0;  // of a newer file's format
};

class RecordStore {
public:
    // Opens (creating or upgrading) the records file; `notices` receives what a user must be told.
    // Throws RecordsError only when even a fresh file cannot be created (a read-only folder).
    static std::unique_ptr<RecordStore> open(const std::filesystem::path& file, std::vector<std::string>& notices);

    // `seed` orders the attempt's choices; none when they are shown as written.
    std::int64_t start_attempt(const std::string& trainee, const std::string& scenario, const std::string& content_hash,
                               const std::string& lang, std::optional<std::uint32_t> seed, const std::string& at);
    // A choice is saved by its id (`choice_id`), flags and unflags by their detail.
    void add_step(std::int64_t attempt, const Step& step, const std::string& choice_id, const std::string& scene,
                  const std::string& at);
    void finish_attempt(std::int64_t attempt, const AttemptResult& result, const std::string& at);
    void abandon_attempt(std::int64_t attempt, const std::string& at);

    // The trainee's latest attempt still in progress, with its steps, to resume after a crash.
    std::optional<Attempt> unfinished_attempt(const std::string& trainee);
    // Every attempt (of one trainee, when given), oldest first, with results and steps.
    std::vector<Attempt> attempts(const std::optional<std::string>& trainee = std::nullopt);
    std::vector<std::string> trainees();
    // Deletes a trainee and everything recorded of them; returns the number of attempts deleted.
    int delete_trainee(const std::string& trainee);

    const std::filesystem::path& file() const { return file_; }
    // What open() set aside, for a front end that words its own notice (the game, in two languages).
    const std::optional<SetAside>& set_aside() const { return set_aside_; }

private:
    RecordStore(std::filesystem::path file, std::unique_ptr<Database> db) : file_(std::move(file)), db_(std::move(db)) {}
    std::int64_t trainee_id(const std::string& name, const std::string& at);
    void load_details(Attempt& attempt);

    std::filesystem::path file_;
    std::unique_ptr<Database> db_;
    std::optional<SetAside> set_aside_;
};

}  // namespace senales::records
