#include "record_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <system_error>

#include "core/names.h"
#include "lease.h"
#include "schema.h"
#include "uuid.h"

namespace senales::records {

namespace {

std::string_view step_kind(Step::Kind kind) {
    switch (kind) {
        case Step::Kind::choose: return "choose";
        case Step::Kind::flag: return "flag";
        case Step::Kind::unflag: return "unflag";
    }
    return "choose";
}

Step::Kind parse_step_kind(const std::string& kind) {
    if (kind == "flag") return Step::Kind::flag;
    if (kind == "unflag") return Step::Kind::unflag;
    return Step::Kind::choose;
}

AttemptStatus parse_status(const std::string& status) {
    if (status == "finished") return AttemptStatus::finished;
    if (status == "abandoned") return AttemptStatus::abandoned;
    return AttemptStatus::in_progress;
}

// Renames the file and its journal files to `<file>.<label>-<stamp>` and says where it went.
std::filesystem::path move_aside(const std::filesystem::path& file, const std::string& label) {
    std::string stamp = iso8601_now();
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    std::filesystem::path backup = file;
    backup += "." + label + "-" + stamp;
    std::error_code error;
    std::filesystem::rename(file, backup, error);
    for (const char* suffix : {"-wal", "-shm"}) {
        std::filesystem::path side = file;
        side += suffix;
        std::filesystem::path side_backup = backup;
        side_backup += suffix;
        if (std::filesystem::exists(side, error)) std::filesystem::rename(side, side_backup, error);
    }
    return backup;
}

std::unique_ptr<Database> open_checked(const std::filesystem::path& file, int* newer_version) {
    auto db = std::make_unique<Database>(file);
    db->exec("PRAGMA foreign_keys = ON");
    {
        // Reading the schema is the first thing that fails on a file that is not a database.
        Statement check(*db, "PRAGMA quick_check");
        if (!check.step() || check.text(0) != "ok") throw RecordsError("the records file is damaged", SQLITE_CORRUPT);
    }  // finished here: an open statement would keep a read transaction open
    int version = schema_version(*db);
    if (version > current_schema_version()) {
        *newer_version = version;
        return nullptr;
    }
    db->exec("PRAGMA journal_mode = WAL");
    db->exec("PRAGMA synchronous = FULL");
    migrate(*db);
    return db;
}

// Whether SQLite's refusal is about the file's content (kept aside, a new file started) rather
// than about this machine at this moment (locked by another game, a full disk, no permission),
// where moving the file would lose nothing but confuse everyone: those are reported as they are.
bool file_is_unusable(int code) {
    switch (code & 0xff) {
        case SQLITE_BUSY: case SQLITE_LOCKED: case SQLITE_NOMEM: case SQLITE_READONLY: case SQLITE_INTERRUPT:
        case SQLITE_IOERR: case SQLITE_FULL: case SQLITE_CANTOPEN: case SQLITE_PROTOCOL: case SQLITE_PERM:
        case SQLITE_AUTH: case SQLITE_NOLFS:
            return false;
        default:  // corrupt, not a database, an unsupported format, a schema it cannot read, ...
            return true;
    }
}

const char* const kItemKinds[] = {"found", "missed", "wrongly_flagged", "harm", "practice"};

template <typename Result>  // AttemptResult, const or not
auto& items_of(Result& result, std::string_view kind) {
    if (kind == "found") return result.found;
    if (kind == "missed") return result.missed;
    if (kind == "wrongly_flagged") return result.wrongly_flagged;
    if (kind == "harm") return result.harms;
    return result.practices;
}

}  // namespace

std::unique_ptr<RecordStore> RecordStore::open(const std::filesystem::path& file, std::vector<std::string>& notices) {
    std::error_code error;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), error);
    int newer = 0;
    std::optional<SetAside> set_aside;
    try {
        if (auto db = open_checked(file, &newer)) return std::unique_ptr<RecordStore>(new RecordStore(file, std::move(db)));
        auto backup = move_aside(file, "newer-v" + std::to_string(newer));
        set_aside = SetAside{SetAside::Why::newer_version, backup, newer};
        notices.push_back("The records file was written by a newer version of Señales (format " + std::to_string(newer) +
                          "; this version reads up to " + std::to_string(current_schema_version()) +
                          "). It was kept as " + backup.string() + " and a new one was started: update Señales to see "
                          "those records again.");
    } catch (const RecordsError& failure) {
        if (!file_is_unusable(failure.code())) throw;
        auto backup = move_aside(file, "damaged");
        set_aside = SetAside{SetAside::Why::damaged, backup, 0};
        notices.push_back("The records file was damaged (" + std::string(failure.what()) + "). It was kept as " +
                          backup.string() + " and a new one was started.");
    }
    std::unique_ptr<RecordStore> store(new RecordStore(file, open_checked(file, &newer)));
    store->set_aside_ = std::move(set_aside);
    return store;
}

RecordStore::RecordStore(std::filesystem::path file, std::unique_ptr<Database> db)
    : file_(std::move(file)), db_(std::move(db)), lease_owner_(new_lease_owner()) {}

RecordStore::~RecordStore() {
    try {
        release_leases();
    } catch (const RecordsError&) {
        // The leases run out by themselves.
    }
}

std::int64_t RecordStore::trainee_id(const TraineeId& trainee, const std::string& at) {
    Statement query(*db_, "SELECT id FROM trainees WHERE guest = ? AND name_key = ? ORDER BY id LIMIT 1");
    query.bind(1, static_cast<std::int64_t>(trainee.guest)).bind(2, trainee.key);
    if (query.step()) return query.integer(0);
    // A guest's row is named by its key: names are unique, and a guest has none to show.
    Statement insert(*db_, "INSERT INTO trainees(name, pseudonym, created, name_key, guest) VALUES(?, ?, ?, ?, ?)");
    insert.bind(1, trainee.guest ? trainee.key : trainee.name)
        .bind(2, random_hex_id())
        .bind(3, at)
        .bind(4, trainee.key)
        .bind(5, static_cast<std::int64_t>(trainee.guest))
        .run();
    return db_->last_insert_id();
}

namespace {
long long lease_end(const std::string& at) { return epoch_seconds(at).value_or(0) + RecordStore::kLeaseSeconds; }
long long epoch_of(const std::string& at) { return epoch_seconds(at).value_or(0); }
}  // namespace

void RecordStore::hold(std::int64_t attempt, const std::string& at) {
    Statement lease(*db_, "SELECT status, lease_owner, lease_until FROM attempts WHERE id = ?");
    lease.bind(1, attempt);
    if (!lease.step()) throw RecordsError("attempt " + std::to_string(attempt) + " is not in the records", SQLITE_NOTFOUND);
    const std::string owner = lease.is_null(1) ? std::string() : lease.text(1);
    const bool free = owner.empty() || owner == lease_owner_ || lease.is_null(2) || lease.integer(2) < epoch_of(at) ||
                      lease_owner_gone(owner);
    if (!free)
        throw RecordsError("this attempt is being played in another window of Señales; only that window saves it",
                           SQLITE_BUSY);
    Statement take(*db_, "UPDATE attempts SET lease_owner = ?, lease_until = ? WHERE id = ?");
    take.bind(1, lease_owner_).bind(2, static_cast<std::int64_t>(lease_end(at))).bind(3, attempt).run();
}

std::int64_t RecordStore::start_attempt(const TraineeId& trainee, const std::string& scenario,
                                        const std::string& content_hash, const std::string& lang,
                                        std::optional<std::uint32_t> seed, const std::string& at, bool rewound,
                                        const std::string& class_name) {
    Transaction transaction(*db_);
    std::int64_t who = trainee_id(trainee, at);
    std::optional<std::int64_t> in_class;
    if (!class_name.empty() && !(in_class = class_id(class_name)))
        throw RecordsError("there is no class named " + class_name + " in these records", SQLITE_NOTFOUND);
    Statement insert(*db_,
                     "INSERT INTO attempts(trainee_id, scenario, content_hash, lang, started, status, seed, lease_owner, "
                     "lease_until, rewound, uuid) VALUES(?, ?, ?, ?, ?, 'in_progress', ?, ?, ?, ?, ?)");
    insert.bind(1, who).bind(2, scenario).bind(3, content_hash).bind(4, lang).bind(5, at);
    if (seed) insert.bind(6, static_cast<std::int64_t>(*seed));
    else insert.bind_null(6);
    insert.bind(7, lease_owner_).bind(8, static_cast<std::int64_t>(lease_end(at))).bind(9, static_cast<std::int64_t>(rewound));
    insert.bind(10, random_uuid()).run();
    std::int64_t id = db_->last_insert_id();
    if (in_class) {
        Statement join(*db_, "UPDATE attempts SET class_id = ? WHERE id = ?");
        join.bind(1, *in_class).bind(2, id).run();
    }
    transaction.commit();
    return id;
}

void RecordStore::add_step(std::int64_t attempt, const Step& step, const std::string& choice_id,
                           const std::string& scene, const std::string& at) {
    Transaction transaction(*db_);
    hold(attempt, at);
    write_step(attempt, {step, choice_id, scene, at});
    transaction.commit();
}

void RecordStore::write_step(std::int64_t attempt, const RecordedStep& recorded) {
    Statement insert(*db_,
                     "INSERT INTO steps(attempt_id, seq, scene, kind, choice, detail, at, choice_id) "
                     "VALUES(?1, (SELECT COUNT(*) FROM steps WHERE attempt_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7)");
    const Step& step = recorded.step;
    insert.bind(1, attempt).bind(2, recorded.scene).bind(3, std::string(step_kind(step.kind)));
    // A choice is kept by its id; only steps from before ids (merged from an older file) by position.
    if (step.kind == Step::Kind::choose && recorded.choice_id.empty() && step.choice >= 0)
        insert.bind(4, static_cast<std::int64_t>(step.choice));
    else insert.bind_null(4);
    if (step.kind == Step::Kind::choose) insert.bind_null(5);
    else insert.bind(5, step.detail);
    if (step.kind == Step::Kind::choose && !recorded.choice_id.empty()) insert.bind(7, recorded.choice_id);
    else insert.bind_null(7);
    insert.bind(6, recorded.at).run();
}

void RecordStore::finish_attempt(std::int64_t attempt, const AttemptResult& result, const std::string& at) {
    Transaction transaction(*db_);
    hold(attempt, at);
    Statement update(*db_, "UPDATE attempts SET status = 'finished', ended = ?, lease_owner = NULL WHERE id = ?");
    update.bind(1, at).bind(2, attempt).run();
    write_result(attempt, result);
    transaction.commit();
}

void RecordStore::write_result(std::int64_t attempt, const AttemptResult& result) {
    Statement insert(*db_,
                     "INSERT OR REPLACE INTO results(attempt_id, ending, outcome, recognition, do_no_harm, protection, "
                     "outcome_score, overall, passed, grave_harm, scoring_rule) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, attempt).bind(2, result.ending).bind(3, result.outcome);
    for (int i = 0; i < 4; ++i) insert.bind(4 + i, static_cast<std::int64_t>(result.competencies[static_cast<std::size_t>(i)]));
    insert.bind(8, static_cast<std::int64_t>(result.overall))
        .bind(9, static_cast<std::int64_t>(result.passed))
        .bind(10, static_cast<std::int64_t>(result.grave_harm))
        .bind(11, static_cast<std::int64_t>(result.scoring_rule))
        .run();
    Statement item(*db_, "INSERT OR REPLACE INTO result_items(attempt_id, kind, seq, item) VALUES(?, ?, ?, ?)");
    for (const char* kind : kItemKinds) {
        const auto& list = items_of(result, kind);
        for (std::size_t i = 0; i < list.size(); ++i)
            item.bind(1, attempt).bind(2, std::string(kind)).bind(3, static_cast<std::int64_t>(i)).bind(4, list[i]).run();
    }
}

void RecordStore::abandon_attempt(std::int64_t attempt, const std::string& at) {
    Transaction transaction(*db_);
    hold(attempt, at);
    Statement update(*db_,
                     "UPDATE attempts SET status = 'abandoned', ended = ?, lease_owner = NULL WHERE id = ? AND "
                     "status = 'in_progress'");
    update.bind(1, at).bind(2, attempt).run();
    transaction.commit();
}

bool RecordStore::take_lease(std::int64_t attempt, const std::string& at) {
    Transaction transaction(*db_);
    try {
        hold(attempt, at);
    } catch (const RecordsError& failure) {
        if ((failure.code() & 0xff) == SQLITE_BUSY) return false;
        throw;
    }
    Statement resumed(*db_,
                      "INSERT INTO resumes(attempt_id, seq, at) VALUES(?1, (SELECT COUNT(*) FROM resumes WHERE "
                      "attempt_id = ?1), ?2)");
    resumed.bind(1, attempt).bind(2, at).run();
    transaction.commit();
    return true;
}

void RecordStore::renew_leases(const std::string& at) {
    Transaction transaction(*db_);
    Statement renew(*db_, "UPDATE attempts SET lease_until = ? WHERE lease_owner = ? AND status = 'in_progress'");
    renew.bind(1, static_cast<std::int64_t>(lease_end(at))).bind(2, lease_owner_).run();
    transaction.commit();
}

void RecordStore::release_leases() {
    Transaction transaction(*db_);
    Statement release(*db_, "UPDATE attempts SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?");
    release.bind(1, lease_owner_).run();
    transaction.commit();
}

void RecordStore::load_details(Attempt& attempt) {
    Statement steps(*db_,
                    "SELECT kind, choice, detail, scene, at, choice_id FROM steps WHERE attempt_id = ? ORDER BY seq");
    steps.bind(1, attempt.id);
    while (steps.step()) {
        Step step{parse_step_kind(steps.text(0)), steps.is_null(1) ? -1 : static_cast<int>(steps.integer(1)),
                  steps.text(2)};
        attempt.steps.push_back({step, steps.is_null(5) ? std::string() : steps.text(5), steps.text(3), steps.text(4)});
    }
    Statement resumes(*db_, "SELECT at FROM resumes WHERE attempt_id = ? ORDER BY seq");
    resumes.bind(1, attempt.id);
    while (resumes.step()) attempt.resumed.push_back(resumes.text(0));
    if (attempt.status != AttemptStatus::finished) return;
    Statement result(*db_,
                     "SELECT ending, outcome, recognition, do_no_harm, protection, outcome_score, overall, passed, "
                     "grave_harm, scoring_rule FROM results WHERE attempt_id = ?");
    result.bind(1, attempt.id);
    if (!result.step()) return;
    AttemptResult r;
    r.ending = result.text(0);
    r.outcome = result.text(1);
    for (int i = 0; i < 4; ++i) r.competencies[static_cast<std::size_t>(i)] = static_cast<int>(result.integer(2 + i));
    r.overall = static_cast<int>(result.integer(6));
    r.passed = result.integer(7) != 0;
    r.grave_harm = result.integer(8) != 0;
    r.scoring_rule = static_cast<int>(result.integer(9));
    Statement items(*db_, "SELECT kind, item FROM result_items WHERE attempt_id = ? ORDER BY kind, seq");
    items.bind(1, attempt.id);
    while (items.step()) items_of(r, items.text(0)).push_back(items.text(1));
    attempt.result = std::move(r);
}

namespace {
const char* const kAttemptColumns =
    "SELECT a.id, t.name, t.pseudonym, a.scenario, a.content_hash, a.lang, a.started, a.ended, a.status, a.seed, "
    "t.guest, a.rewound, a.lease_owner, a.lease_until, a.uuid, (SELECT c.name FROM classes c WHERE c.id = a.class_id) "
    "FROM attempts a JOIN trainees t ON t.id = a.trainee_id ";

Attempt read_attempt(const Statement& row) {
    Attempt attempt;
    attempt.id = row.integer(0);
    attempt.trainee = row.text(1);
    attempt.pseudonym = row.text(2);
    attempt.scenario = row.text(3);
    attempt.content_hash = row.text(4);
    attempt.lang = row.text(5);
    attempt.started = row.text(6);
    if (!row.is_null(7)) attempt.ended = row.text(7);
    attempt.status = parse_status(row.text(8));
    if (!row.is_null(9)) attempt.seed = static_cast<std::uint32_t>(row.integer(9));
    attempt.guest = row.integer(10) != 0;
    attempt.rewound = row.integer(11) != 0;
    attempt.uuid = row.text(14);
    if (!row.is_null(15)) attempt.class_name = row.text(15);
    return attempt;
}
}  // namespace

std::optional<Attempt> RecordStore::unfinished_attempt(const TraineeId& trainee, const std::string& at) {
    Statement query(*db_, std::string(kAttemptColumns) +
                              "WHERE t.guest = ? AND t.name_key = ? AND a.status = 'in_progress' ORDER BY a.id DESC");
    query.bind(1, static_cast<std::int64_t>(trainee.guest)).bind(2, trainee.key);
    while (query.step()) {
        const std::string owner = query.is_null(12) ? std::string() : query.text(12);
        const bool held_elsewhere = !owner.empty() && owner != lease_owner_ && !query.is_null(13) &&
                                    query.integer(13) >= epoch_of(at) && !lease_owner_gone(owner);
        if (held_elsewhere) continue;  // another window is playing it
        Attempt attempt = read_attempt(query);
        query.reset();
        load_details(attempt);
        return attempt;
    }
    return std::nullopt;
}

std::vector<Attempt> RecordStore::attempts(const std::optional<TraineeId>& trainee) {
    Statement query(*db_, std::string(kAttemptColumns) + (trainee ? "WHERE t.guest = ? AND t.name_key = ? " : "") +
                              "ORDER BY a.id");
    if (trainee) query.bind(1, static_cast<std::int64_t>(trainee->guest)).bind(2, trainee->key);
    std::vector<Attempt> out;
    while (query.step()) out.push_back(read_attempt(query));
    for (Attempt& attempt : out) load_details(attempt);
    return out;
}

std::vector<std::string> RecordStore::trainees() {
    // Old spellings of one name are one trainee, shown as first typed.
    Statement query(*db_,
                    "SELECT name FROM trainees t WHERE guest = 0 AND id = (SELECT MIN(id) FROM trainees u WHERE "
                    "u.guest = 0 AND u.name_key = t.name_key) ORDER BY name");
    std::vector<std::string> names;
    while (query.step()) names.push_back(query.text(0));
    return names;
}

std::vector<std::string> RecordStore::recent_trainees(std::size_t count) {
    Statement query(*db_,
                    "SELECT (SELECT u.name FROM trainees u WHERE u.guest = 0 AND u.name_key = t.name_key ORDER BY u.id "
                    "LIMIT 1) FROM attempts a JOIN trainees t ON t.id = a.trainee_id WHERE t.guest = 0 GROUP BY t.name_key "
                    "ORDER BY MAX(a.id) DESC LIMIT ?");
    query.bind(1, static_cast<std::int64_t>(count));
    std::vector<std::string> names;
    while (query.step()) names.push_back(query.text(0));
    return names;
}

int RecordStore::delete_trainee(const TraineeId& trainee) {
    Transaction transaction(*db_);
    Statement count(*db_,
                    "SELECT COUNT(*) FROM attempts a JOIN trainees t ON t.id = a.trainee_id WHERE t.guest = ? AND "
                    "t.name_key = ?");
    count.bind(1, static_cast<std::int64_t>(trainee.guest)).bind(2, trainee.key);
    count.step();
    int attempts = static_cast<int>(count.integer(0));
    Statement remove(*db_, "DELETE FROM trainees WHERE guest = ? AND name_key = ?");
    remove.bind(1, static_cast<std::int64_t>(trainee.guest)).bind(2, trainee.key).run();
    transaction.commit();
    return attempts;
}

std::vector<XapiStatement> RecordStore::keep_statements(std::int64_t attempt,
                                                        const std::vector<XapiStatement>& statements) {
    return keep_statements(std::vector<AttemptStatements>{{attempt, statements}});
}

std::vector<XapiStatement> RecordStore::keep_statements(const std::vector<AttemptStatements>& attempts) {
    Transaction transaction(*db_);
    Statement keep(*db_,
                   "INSERT OR IGNORE INTO xapi_statements(id, attempt_id, seq, statement) VALUES(?, ?, ?, ?)");
    std::vector<XapiStatement> out;
    for (const auto& [attempt, statements] : attempts) {
        for (std::size_t i = 0; i < statements.size(); ++i)
            keep.bind(1, statements[i].id).bind(2, attempt).bind(3, static_cast<std::int64_t>(i)).bind(4, statements[i].json).run();
        for (XapiStatement& kept : as_kept(statements)) out.push_back(std::move(kept));
    }
    transaction.commit();
    return out;
}

std::vector<XapiStatement> RecordStore::as_kept(const std::vector<XapiStatement>& statements) {
    Statement kept(*db_, "SELECT statement FROM xapi_statements WHERE id = ?");
    std::vector<XapiStatement> out;
    for (const XapiStatement& statement : statements) {
        kept.bind(1, statement.id);
        out.push_back({statement.id, kept.step() ? kept.text(0) : statement.json});
        kept.reset();
    }
    return out;
}

std::vector<XapiStatement> RecordStore::statements_to_send() {
    Statement query(*db_, "SELECT id, statement FROM xapi_statements WHERE accepted_at IS NULL ORDER BY attempt_id, seq");
    std::vector<XapiStatement> out;
    while (query.step()) out.push_back({query.text(0), query.text(1)});
    return out;
}

void RecordStore::statements_accepted(const std::vector<std::string>& ids, const std::string& at) {
    Transaction transaction(*db_);
    Statement accept(*db_, "UPDATE xapi_statements SET accepted_at = ?, refused = NULL WHERE id = ?");
    for (const std::string& id : ids) accept.bind(1, at).bind(2, id).run();
    transaction.commit();
}

void RecordStore::statement_refused(const std::string& id, const std::string& message) {
    Transaction transaction(*db_);
    Statement refuse(*db_, "UPDATE xapi_statements SET refused = ? WHERE id = ?");
    refuse.bind(1, message).bind(2, id).run();
    transaction.commit();
}

std::vector<std::string> RecordStore::accepted_statement_ids() {
    Statement query(*db_, "SELECT id FROM xapi_statements WHERE accepted_at IS NOT NULL");
    std::vector<std::string> ids;
    while (query.step()) ids.push_back(query.text(0));
    return ids;
}

std::optional<std::int64_t> RecordStore::class_id(const std::string& name) {
    Statement query(*db_, "SELECT id FROM classes WHERE name_key = ?");
    query.bind(1, name_key(tidy_name(name)));
    if (!query.step()) return std::nullopt;
    return query.integer(0);
}

void RecordStore::add_class(const std::string& name, const std::string& at) {
    const std::string tidied = tidy_name(name);
    if (const NameProblem problem = name_problem(tidied); problem != NameProblem::none)
        throw RecordsError("a class needs a name, of at most " + std::to_string(kMaxNameLength) +
                               " characters (this one: " + std::string(to_string(problem)) + ")",
                           SQLITE_CONSTRAINT);
    Transaction transaction(*db_);
    if (auto existing = find_class(tidied))
        throw RecordsError("there is a class named " + *existing + " already", SQLITE_CONSTRAINT);
    Statement insert(*db_, "INSERT INTO classes(name, name_key, created) VALUES(?, ?, ?)");
    insert.bind(1, tidied).bind(2, name_key(tidied)).bind(3, at).run();
    transaction.commit();
}

std::vector<std::string> RecordStore::classes() {
    Statement query(*db_, "SELECT name FROM classes ORDER BY name");
    std::vector<std::string> names;
    while (query.step()) names.push_back(query.text(0));
    return names;
}

std::optional<std::string> RecordStore::find_class(const std::string& name) {
    Statement query(*db_, "SELECT name FROM classes WHERE name_key = ?");
    query.bind(1, name_key(tidy_name(name)));
    if (!query.step()) return std::nullopt;
    return query.text(0);
}

std::optional<std::string> RecordStore::facilitator_pin_hash() {
    Statement query(*db_, "SELECT pin_hash FROM facilitator WHERE id = 1");
    if (!query.step()) return std::nullopt;
    return query.text(0);
}

void RecordStore::set_facilitator_pin_hash(const std::string& hash, const std::string& at) {
    Transaction transaction(*db_);
    Statement upsert(*db_,
                     "INSERT INTO facilitator(id, pin_hash, set_at) VALUES(1, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                     "pin_hash = excluded.pin_hash, set_at = excluded.set_at");
    upsert.bind(1, hash).bind(2, at).run();
    transaction.commit();
}

}  // namespace senales::records
