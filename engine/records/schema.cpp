#include "schema.h"

#include <sqlite3.h>

#include <string>

#include "core/names.h"
#include "uuid.h"

namespace senales::records {

namespace {

// senales_name_key(name) for SQL: the schema's migration to trainees found by name key uses it.
void sql_name_key(sqlite3_context* context, int, sqlite3_value** values) {
    const unsigned char* text = sqlite3_value_text(values[0]);
    const std::string key = name_key(text ? reinterpret_cast<const char*>(text) : "");
    sqlite3_result_text(context, key.c_str(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

// senales_name_uuid(name) for SQL: schema 5 gives the attempts recorded before it their UUID.
void sql_name_uuid(sqlite3_context* context, int, sqlite3_value** values) {
    const unsigned char* text = sqlite3_value_text(values[0]);
    const std::string uuid = name_uuid(text ? reinterpret_cast<const char*>(text) : "");
    sqlite3_result_text(context, uuid.c_str(), static_cast<int>(uuid.size()), SQLITE_TRANSIENT);
}

}  // namespace

const std::vector<std::string>& migrations() {
    static const std::vector<std::string> history = {
        // 1: who played what, and every step, so an attempt can be resumed exactly.
        R"sql(
        CREATE TABLE trainees (
            id      INTEGER PRIMARY KEY,
            name    TEXT NOT NULL UNIQUE,
            pseudonym TEXT NOT NULL UNIQUE,  -- random; what leaves this machine instead of the name
            created TEXT NOT NULL
        );
        CREATE TABLE attempts (
            id           INTEGER PRIMARY KEY,
            trainee_id   INTEGER NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
            scenario     TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            lang         TEXT NOT NULL,
            started      TEXT NOT NULL,
            ended        TEXT,
            status       TEXT NOT NULL CHECK (status IN ('in_progress', 'finished', 'abandoned'))
        );
        CREATE TABLE steps (
            attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
            seq        INTEGER NOT NULL,
            scene      TEXT NOT NULL,  -- where it happened, readable without the scenario
            kind       TEXT NOT NULL CHECK (kind IN ('choose', 'flag', 'unflag')),
            choice     INTEGER,
            detail     TEXT,
            at         TEXT NOT NULL,
            PRIMARY KEY (attempt_id, seq)
        );
        )sql",
        // 2: the debrief's conclusions, so summaries need no replay of old scenario versions.
        R"sql(
        CREATE TABLE results (
            attempt_id  INTEGER PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE,
            ending      TEXT NOT NULL,
            outcome     TEXT NOT NULL,
            recognition INTEGER NOT NULL,
            do_no_harm  INTEGER NOT NULL,
            protection  INTEGER NOT NULL,
            outcome_score INTEGER NOT NULL,
            overall     INTEGER NOT NULL,
            passed      INTEGER NOT NULL,
            grave_harm  INTEGER NOT NULL
        );
        CREATE TABLE result_items (
            attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
            kind       TEXT NOT NULL CHECK (kind IN ('found', 'missed', 'wrongly_flagged', 'harm', 'practice')),
            seq        INTEGER NOT NULL,
            item       TEXT NOT NULL,
            PRIMARY KEY (attempt_id, kind, seq)
        );
        CREATE INDEX attempts_by_trainee ON attempts(trainee_id);
        CREATE INDEX attempts_by_scenario ON attempts(scenario);
        )sql",
        // 3: a fair order of choices and a pass that needs every competency. Attempts recorded
        // before keep a NULL seed (their choices were shown as written, and resume shows them so),
        // steps before keep only the choice's position in the file, and results keep the rule
        // they were scored under, so that no old pass is reported as a pass under the new rule.
        R"sql(
        ALTER TABLE attempts ADD COLUMN seed INTEGER;
        ALTER TABLE steps ADD COLUMN choice_id TEXT;
        ALTER TABLE results ADD COLUMN scoring_rule INTEGER NOT NULL DEFAULT 1;
        )sql",
        // 4: a classroom. Trainees are found by the key of their name (case, accents and spaces
        // aside; senales_name_key is core/names.h's name_key, registered by the store), and each
        // guest session is its own trainee; old spellings of one name keep their rows (and
        // pseudonyms) and are found together. An attempt in progress is leased by the window
        // playing it, so no other window writes it. An attempt tried again from a decision after
        // its debrief is marked, and never counts as a best score or in a pass rate. The
        // facilitator's PIN is kept as a salted, slow hash.
        R"sql(
        ALTER TABLE trainees ADD COLUMN name_key TEXT;
        ALTER TABLE trainees ADD COLUMN guest INTEGER NOT NULL DEFAULT 0;
        UPDATE trainees SET guest = 1 WHERE name = 'guest';
        UPDATE trainees SET name_key = CASE WHEN guest = 1 THEN 'guest:shared' ELSE senales_name_key(name) END;
        CREATE INDEX trainees_by_key ON trainees(guest, name_key);
        ALTER TABLE attempts ADD COLUMN lease_owner TEXT;
        ALTER TABLE attempts ADD COLUMN lease_until INTEGER;
        ALTER TABLE attempts ADD COLUMN rewound INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE facilitator (
            id       INTEGER PRIMARY KEY CHECK (id = 1),
            pin_hash TEXT NOT NULL,  -- argon2id, encoded with its salt and parameters
            set_at   TEXT NOT NULL
        );
        )sql",
        // 5: records beyond one laptop. Each attempt has a UUID, made when it starts, from which
        // every xAPI statement id is derived, so laptops merged and statements sent never collide
        // or change; attempts recorded before get one derived from what identified them here,
        // the same on every upgrade. Each time an attempt is taken up again is kept (xAPI
        // `resumed`). A statement, once pushed to a record store, is kept as it was, since a record
        // store refuses the same id with other content; and so is whether the record store
        // accepted it (sent once) or refused it (with its message, sent again).
        // A trainee merged from another laptop keeps the pseudonyms they had there.
        R"sql(
        ALTER TABLE attempts ADD COLUMN uuid TEXT;
        UPDATE attempts SET uuid = senales_name_uuid('attempt/' ||
            (SELECT pseudonym FROM trainees WHERE trainees.id = attempts.trainee_id) || '/' || id || '/' || started);
        CREATE UNIQUE INDEX attempts_by_uuid ON attempts(uuid);
        CREATE TABLE resumes (
            attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
            seq        INTEGER NOT NULL,
            at         TEXT NOT NULL,
            PRIMARY KEY (attempt_id, seq)
        );
        CREATE TABLE xapi_statements (
            id          TEXT PRIMARY KEY,  -- the statement's UUID
            attempt_id  INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
            seq         INTEGER NOT NULL,  -- its place among the attempt's statements
            statement   TEXT NOT NULL,     -- JSON, as first pushed
            accepted_at TEXT,              -- when a record store accepted it
            refused     TEXT               -- the record store's message when it last refused it
        );
        CREATE INDEX xapi_statements_by_attempt ON xapi_statements(attempt_id);
        CREATE TABLE former_pseudonyms (
            trainee_id  INTEGER NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
            pseudonym   TEXT NOT NULL UNIQUE,
            merged_from TEXT NOT NULL,  -- the records file it came from
            merged_at   TEXT NOT NULL
        );
        )sql",
        // 6: classes (cohorts, "Academia PNC, promoción 2027-A"), named by a facilitator and found
        // by the key of their name like trainees; an attempt belongs to the class its trainee
        // joined when it started, so summaries, exports and merged files can be read by class.
        R"sql(
        CREATE TABLE classes (
            id       INTEGER PRIMARY KEY,
            name     TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            created  TEXT NOT NULL
        );
        ALTER TABLE attempts ADD COLUMN class_id INTEGER REFERENCES classes(id) ON DELETE SET NULL;
        )sql",
    };
    return history;
}

int current_schema_version() { return static_cast<int>(migrations().size()); }

int schema_version(Database& db) {
    Statement query(db, "PRAGMA user_version");
    return query.step() ? static_cast<int>(query.integer(0)) : 0;
}

void migrate(Database& db, int up_to) {
    sqlite3_create_function(db.handle(), "senales_name_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                            &sql_name_key, nullptr, nullptr);
    sqlite3_create_function(db.handle(), "senales_name_uuid", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                            &sql_name_uuid, nullptr, nullptr);
    int target = up_to < 0 ? current_schema_version() : up_to;
    // The version is read inside each write transaction: two games opening a file at once (two
    // windows on one laptop) must not both run the same step, the second would fail on it.
    for (;;) {
        Transaction transaction(db);
        const int version = schema_version(db);
        if (version >= target) break;
        db.exec(migrations()[static_cast<std::size_t>(version)]);
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        transaction.commit();
    }
}

}  // namespace senales::records
