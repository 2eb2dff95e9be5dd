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
#include "exports.h"
#include "sqlite_db.h"
#include "trainee.h"

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

    // An attempt in progress is leased by the store that started or took it (this process) for
    // kLeaseSeconds, renewed by renew_leases(): no other store writes it meanwhile. A write to an
    // attempt another window holds throws RecordsError and changes nothing.
    static constexpr int kLeaseSeconds = 120;

    // `seed` orders the attempt's choices; none when they are shown as written. `rewound`: tried
    // again from a decision of an attempt whose debrief the trainee saw.
    // `class_name`: the class the trainee joined (one of classes()), empty for none.
    std::int64_t start_attempt(const TraineeId& trainee, const std::string& scenario, const std::string& content_hash,
                               const std::string& lang, std::optional<std::uint32_t> seed, const std::string& at,
                               bool rewound = false, const std::string& class_name = {});
    // A choice is saved by its id (`choice_id`), flags and unflags by their detail.
    void add_step(std::int64_t attempt, const Step& step, const std::string& choice_id, const std::string& scene,
                  const std::string& at);
    void finish_attempt(std::int64_t attempt, const AttemptResult& result, const std::string& at);
    void abandon_attempt(std::int64_t attempt, const std::string& at);
    // Takes an attempt in progress to go on with it; false when another window holds it.
    bool take_lease(std::int64_t attempt, const std::string& at);
    void renew_leases(const std::string& at);
    // Lets go of this store's attempts (the game closes): they can be resumed at once.
    void release_leases();

    // The trainee's latest attempt still in progress, with its steps, to resume after a crash;
    // one that another window is playing is not offered.
    std::optional<Attempt> unfinished_attempt(const TraineeId& trainee, const std::string& at = iso8601_now());
    // Every attempt (of one trainee, when given), oldest first, with results and steps.
    std::vector<Attempt> attempts(const std::optional<TraineeId>& trainee = std::nullopt);
    // Named trainees, as first typed (guests are not listed).
    std::vector<std::string> trainees();
    // The named trainees who started an attempt most recently, latest first, at most `count`.
    std::vector<std::string> recent_trainees(std::size_t count);
    // Deletes a trainee and everything recorded of them; returns the number of attempts deleted.
    int delete_trainee(const TraineeId& trainee);

    // xAPI statements as pushed. keep_statements() keeps those of `attempt` not kept yet and
    // returns each as kept: once pushed, a statement never changes (a record store refuses an id
    // it holds with other content), whatever was renamed or re-addressed since.
    std::vector<XapiStatement> keep_statements(std::int64_t attempt, const std::vector<XapiStatement>& statements);
    // The same for many attempts (each with its statements) in one transaction, in their order.
    using AttemptStatements = std::pair<std::int64_t, std::vector<XapiStatement>>;
    std::vector<XapiStatement> keep_statements(const std::vector<AttemptStatements>& attempts);
    // The same statements as kept, for those kept already, and as given for the others; keeps none.
    std::vector<XapiStatement> as_kept(const std::vector<XapiStatement>& statements);
    // Kept statements no record store has accepted yet, in the order they happened.
    std::vector<XapiStatement> statements_to_send();
    void statements_accepted(const std::vector<std::string>& ids, const std::string& at);
    // The record store refused it: kept, with its message, to be sent again.
    void statement_refused(const std::string& id, const std::string& message);
    // Ids of every statement a record store has accepted.
    std::vector<std::string> accepted_statement_ids();

    // Classes, named by a facilitator and found by the key of their name (core/names.h) however
    // typed. add_class throws RecordsError, saying why, for a name that cannot be one or is taken.
    void add_class(const std::string& name, const std::string& at);
    std::vector<std::string> classes();
    // The class of that name as it was named, or nullopt.
    std::optional<std::string> find_class(const std::string& name);

    // Every pseudonym of every trainee (the rows of old spellings, and those merged in), by name.
    std::vector<RosterEntry> roster();

    // Brings another laptop's records (opened as a store of its own) into this one, in one
    // transaction: an attempt already here (by its UUID) is never added twice, a named trainee is
    // the one here of the same name key (keeping the other's pseudonym as a former one), a guest
    // session stays a guest session of its own; statements kept there come along as they were.
    struct MergeReport {
        int added = 0;          // attempts brought in
        int already_here = 0;   // the same attempt, found here
        int trainees_matched = 0, trainees_new = 0, guests = 0;
        std::vector<std::string> conflicts;  // attempts here and there that differ: this file's kept
    };
    MergeReport merge_from(RecordStore& other, const std::string& label, const std::string& at);
    // A consistent copy of this file (the records as they are now), for a backup.
    void copy_to(const std::filesystem::path& file);

    // The facilitator's PIN, as its argon2id hash (records/pin.h), once one was set.
    std::optional<std::string> facilitator_pin_hash();
    void set_facilitator_pin_hash(const std::string& hash, const std::string& at);

    const std::filesystem::path& file() const { return file_; }
    // What open() set aside, for a front end that words its own notice (the game, in two languages).
    const std::optional<SetAside>& set_aside() const { return set_aside_; }

    ~RecordStore();

private:
    RecordStore(std::filesystem::path file, std::unique_ptr<Database> db);
    std::int64_t trainee_id(const TraineeId& trainee, const std::string& at);
    std::int64_t merged_trainee(RecordStore& other, std::int64_t other_trainee, const std::string& label,
                                const std::string& at, MergeReport& report);
    void insert_attempt(const Attempt& attempt, std::int64_t trainee, const std::string& at);
    std::optional<std::int64_t> class_id(const std::string& name);
    void write_step(std::int64_t attempt, const RecordedStep& step);
    void write_result(std::int64_t attempt, const AttemptResult& result);
    void load_details(Attempt& attempt);
    // Renews this store's lease of `attempt` inside the caller's transaction; throws when another holds it.
    void hold(std::int64_t attempt, const std::string& at);

    std::filesystem::path file_;
    std::unique_ptr<Database> db_;
    std::string lease_owner_;
    std::optional<SetAside> set_aside_;
};

}  // namespace senales::records
