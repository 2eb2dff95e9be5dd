#include "schema.h"

#include <string>

namespace senales::records {

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
    };
    return history;
}

int current_schema_version() { return static_cast<int>(migrations().size()); }

int schema_version(Database& db) {
    Statement query(db, "PRAGMA user_version");
    return query.step() ? static_cast<int>(query.integer(0)) : 0;
}

void migrate(Database& db, int up_to) {
    int target = up_to < 0 ? current_schema_version() : up_to;
    for (int version = schema_version(db); version < target; ++version) {
        Transaction transaction(db);
        db.exec(migrations()[static_cast<std::size_t>(version)]);
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        transaction.commit();
    }
}

}  // namespace senales::records
