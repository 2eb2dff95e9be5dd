#pragma once
// Records leave the game only as files the instructor asks for and statements the instructor
// sends: CSV for a spreadsheet, xAPI 1.0.3 statements for an academy's learning record store.
// Trainees appear in xAPI only by a random pseudonym, never by name or e-mail.

#include <map>
#include <string>
#include <vector>

#include "attempt.h"
#include "core/catalog.h"
#include "core/scenario.h"
#include "xapi_home.h"

namespace senales::records {

// UTF-8 with a byte-order mark and CRLF line ends, so Excel and LibreOffice read accents right;
// one row per attempt.
std::string attempts_csv(const std::vector<Attempt>& attempts);

// One pseudonym a trainee is known by outside this file (xAPI actors), for the facilitator's key
// from pseudonyms back to names: the one made here, or one the trainee had on a laptop merged in.
struct RosterEntry {
    std::string trainee;  // as first typed; empty for a guest session
    bool guest = false;
    std::string pseudonym;
    std::string since;    // when it was made, or merged in
    std::string merged_from;  // the records file it came from; empty when made here
    int attempts = 0;     // recorded under this row (0 for a pseudonym merged in)
};

// The roster as CSV, like attempts_csv: trainee, pseudonym, since, from, attempts.
std::string roster_csv(const std::vector<RosterEntry>& roster);

struct XapiOptions {
    XapiHome home;
    // The installed scenarios by id, and the catalog, for titles, the choices' texts and the
    // harms' severity; an attempt at a scenario not given is exported with ids only.
    std::map<std::string, const Scenario*> scenarios;
    const Catalog* catalog = nullptr;
};

// One statement: its id and its JSON (compact, UTF-8).
struct XapiStatement {
    std::string id;
    std::string json;
};

// One statement per event of the attempt, in order: initialized when it starts, responded for
// each decision, flagged or unflagged for each flag, resumed each time it was taken up again, and
// at its end abandoned, or completed, passed or failed (under today's rule, not tried again) and
// terminated. Each id is a version 5 UUID of the attempt's UUID and the event, so an event has the
// same id on every export and machine, and an attempt's later events never rewrite its earlier ones.
std::vector<XapiStatement> attempt_statements(const Attempt& attempt, const XapiOptions& options);
// The ids attempt_statements gives, without the statements.
std::vector<std::string> attempt_statement_ids(const Attempt& attempt);

// A JSON array of the statements, as a file to import.
std::string statements_file(const std::vector<XapiStatement>& statements);
// Every attempt's statements as such a file.
std::string attempts_xapi(const std::vector<Attempt>& attempts, const XapiOptions& options);

}  // namespace senales::records
