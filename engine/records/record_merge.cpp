// Merging another laptop's records into this file, and copying this file for a backup first.
#include <sqlite3.h>

#include <map>

#include "core/names.h"
#include "record_store.h"

namespace senales::records {

namespace {

std::string status_text(const Attempt& attempt) {
    return std::string(to_string(attempt.status)) + ", " + std::to_string(attempt.steps.size()) + " steps";
}

// The same attempt, as far as the two files tell: same steps in the same order and the same end.
bool same_attempt(const Attempt& here, const Attempt& there) {
    if (here.status != there.status || here.steps.size() != there.steps.size() || here.ended != there.ended) return false;
    for (std::size_t i = 0; i < here.steps.size(); ++i) {
        const RecordedStep& a = here.steps[i];
        const RecordedStep& b = there.steps[i];
        if (a.step.kind != b.step.kind || a.choice_id != b.choice_id || a.step.detail != b.step.detail || a.scene != b.scene)
            return false;
    }
    return true;
}

}  // namespace

void RecordStore::copy_to(const std::filesystem::path& file) {
    Statement copy(*db_, "VACUUM INTO ?");
    copy.bind(1, file.string()).run();
}

std::int64_t RecordStore::merged_trainee(RecordStore& other, std::int64_t other_trainee, const std::string& label,
                                         const std::string& at, MergeReport& report) {
    Statement who(*other.db_, "SELECT name, pseudonym, created, name_key, guest FROM trainees WHERE id = ?");
    who.bind(1, other_trainee);
    if (!who.step()) throw RecordsError("a trainee of " + label + " is missing", SQLITE_CORRUPT);
    const std::string name = who.text(0), pseudonym = who.text(1), created = who.text(2), key = who.text(3);
    const bool guest = who.integer(4) != 0;
    // Guests by their session's key (a guest is only ever the same guest, merged again); named
    // trainees by the key of their name, as sign-in finds them.
    Statement here(*db_, "SELECT id, pseudonym FROM trainees WHERE guest = ? AND name_key = ? ORDER BY id LIMIT 1");
    here.bind(1, static_cast<std::int64_t>(guest)).bind(2, key);
    if (here.step()) {
        const std::int64_t id = here.integer(0);
        const std::string own = here.text(1);
        here.reset();
        if (own != pseudonym) {
            Statement former(*db_,
                             "INSERT OR IGNORE INTO former_pseudonyms(trainee_id, pseudonym, merged_from, merged_at) "
                             "SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS (SELECT 1 FROM trainees WHERE pseudonym = ?2)");
            former.bind(1, id).bind(2, pseudonym).bind(3, label).bind(4, at).run();
        }
        ++(guest ? report.guests : report.trainees_matched);
        return id;
    }
    // New here: the trainee keeps the name and pseudonym they had there.
    Statement taken(*db_, "SELECT 1 FROM trainees WHERE pseudonym = ?1 OR name = ?2");
    taken.bind(1, pseudonym).bind(2, name);
    const bool clash = taken.step();
    taken.reset();
    Statement insert(*db_, "INSERT INTO trainees(name, pseudonym, created, name_key, guest) VALUES(?, ?, ?, ?, ?)");
    insert.bind(1, clash ? name + " (" + label + ")" : name)
        .bind(2, clash ? random_hex_id() : pseudonym)
        .bind(3, created)
        .bind(4, key)
        .bind(5, static_cast<std::int64_t>(guest))
        .run();
    ++(guest ? report.guests : report.trainees_new);
    return db_->last_insert_id();
}

void RecordStore::insert_attempt(const Attempt& attempt, std::int64_t trainee, const std::string& at) {
    Statement insert(*db_,
                     "INSERT INTO attempts(trainee_id, scenario, content_hash, lang, started, ended, status, seed, "
                     "rewound, uuid) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, trainee).bind(2, attempt.scenario).bind(3, attempt.content_hash).bind(4, attempt.lang);
    insert.bind(5, attempt.started).bind(6, attempt.ended).bind(7, std::string(to_string(attempt.status)));
    if (attempt.seed) insert.bind(8, static_cast<std::int64_t>(*attempt.seed));
    else insert.bind_null(8);
    insert.bind(9, static_cast<std::int64_t>(attempt.rewound)).bind(10, attempt.uuid).run();
    const std::int64_t id = db_->last_insert_id();
    if (!attempt.class_name.empty()) {
        // Its class, found here by name, or named here as it was there.
        if (!class_id(attempt.class_name)) {
            Statement named(*db_, "INSERT INTO classes(name, name_key, created) VALUES(?, ?, ?)");
            named.bind(1, attempt.class_name).bind(2, name_key(tidy_name(attempt.class_name))).bind(3, at).run();
        }
        Statement join(*db_, "UPDATE attempts SET class_id = ? WHERE id = ?");
        join.bind(1, *class_id(attempt.class_name)).bind(2, id).run();
    }
    for (const RecordedStep& step : attempt.steps) write_step(id, step);
    Statement resumed(*db_, "INSERT INTO resumes(attempt_id, seq, at) VALUES(?, ?, ?)");
    for (std::size_t i = 0; i < attempt.resumed.size(); ++i)
        resumed.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, attempt.resumed[i]).run();
    if (attempt.result) write_result(id, *attempt.result);
}

RecordStore::MergeReport RecordStore::merge_from(RecordStore& other, const std::string& label, const std::string& at) {
    MergeReport report;
    std::map<std::string, Attempt> here;
    for (Attempt& attempt : attempts()) here.emplace(attempt.uuid, std::move(attempt));
    std::map<std::int64_t, std::int64_t> trainees;  // there -> here
    Transaction transaction(*db_);
    Statement owner(*other.db_, "SELECT trainee_id FROM attempts WHERE id = ?");
    Statement statements(*other.db_,
                         "SELECT id, seq, statement, accepted_at, refused FROM xapi_statements WHERE attempt_id = ?");
    Statement keep(*db_,
                   "INSERT OR IGNORE INTO xapi_statements(id, attempt_id, seq, statement, accepted_at, refused) "
                   "VALUES(?, (SELECT id FROM attempts WHERE uuid = ?), ?, ?, ?, ?)");
    for (const Attempt& attempt : other.attempts()) {
        if (auto found = here.find(attempt.uuid); found != here.end()) {
            ++report.already_here;
            if (!same_attempt(found->second, attempt))
                report.conflicts.push_back("attempt " + attempt.uuid + " at " + attempt.scenario + " is " +
                                           status_text(found->second) + " here and " + status_text(attempt) + " in " +
                                           label + "; this file's is kept");
            continue;
        }
        owner.bind(1, attempt.id);
        if (!owner.step()) continue;
        const std::int64_t there = owner.integer(0);
        owner.reset();
        auto mapped = trainees.find(there);
        if (mapped == trainees.end()) mapped = trainees.emplace(there, merged_trainee(other, there, label, at, report)).first;
        insert_attempt(attempt, mapped->second, at);
        ++report.added;
        // Statements written out there stay as they were, and what a record store accepted stays accepted.
        statements.bind(1, attempt.id);
        while (statements.step()) {
            keep.bind(1, statements.text(0)).bind(2, attempt.uuid).bind(3, statements.integer(1)).bind(4, statements.text(2));
            if (statements.is_null(3)) keep.bind_null(5);
            else keep.bind(5, statements.text(3));
            if (statements.is_null(4)) keep.bind_null(6);
            else keep.bind(6, statements.text(4));
            keep.run();
        }
        statements.reset();
    }
    // The pseudonyms trainees had before, on the other laptop, come along too.
    Statement formers(*other.db_,
                      "SELECT t.id, f.pseudonym, f.merged_from, f.merged_at FROM former_pseudonyms f JOIN trainees t "
                      "ON t.id = f.trainee_id");
    Statement former(*db_,
                     "INSERT OR IGNORE INTO former_pseudonyms(trainee_id, pseudonym, merged_from, merged_at) "
                     "SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS (SELECT 1 FROM trainees WHERE pseudonym = ?2)");
    while (formers.step())
        if (auto mapped = trainees.find(formers.integer(0)); mapped != trainees.end())
            former.bind(1, mapped->second).bind(2, formers.text(1)).bind(3, formers.text(2)).bind(4, formers.text(3)).run();
    transaction.commit();
    return report;
}

std::vector<RosterEntry> RecordStore::roster() {
    Statement query(*db_,
                    "WITH shown AS (SELECT t.id, t.guest, t.pseudonym, t.created, (SELECT u.name FROM trainees u WHERE "
                    "u.guest = t.guest AND u.name_key = t.name_key ORDER BY u.id LIMIT 1) AS name FROM trainees t) "
                    "SELECT s.name, s.guest, s.pseudonym, s.created, '', (SELECT COUNT(*) FROM attempts a WHERE "
                    "a.trainee_id = s.id) FROM shown s "
                    "UNION ALL SELECT s.name, s.guest, f.pseudonym, f.merged_at, f.merged_from, 0 FROM former_pseudonyms f "
                    "JOIN shown s ON s.id = f.trainee_id ORDER BY 2, 1, 4");
    std::vector<RosterEntry> roster;
    while (query.step()) {
        RosterEntry entry;
        entry.guest = query.integer(1) != 0;
        if (!entry.guest) entry.trainee = query.text(0);
        entry.pseudonym = query.text(2);
        entry.since = query.text(3);
        entry.merged_from = query.text(4);
        entry.attempts = static_cast<int>(query.integer(5));
        roster.push_back(std::move(entry));
    }
    return roster;
}

}  // namespace senales::records
