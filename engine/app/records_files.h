#pragma once
// What the records commands share (records_command.cpp and the commands beyond one laptop:
// push, roster, merge, report): writing a file whole, the installed scenarios, the xAPI
// statements as kept in the records, and each of those commands.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "commands.h"
#include "records/exports.h"
#include "records/record_store.h"

namespace senales {

// Writes beside the target and renames, so a failed export never leaves half a file behind.
bool write_file(const std::string& path, const std::string& content, std::ostream& err);

// The scenarios installed, for their titles and texts (a courtesy: one that does not load just
// goes without); false when even the catalog does not load.
bool installed_scenarios(Library& library, std::vector<Scenario>& scenarios);

// What the xAPI statements are built from: the academy's address and the installed scenarios
// (for titles, choices' texts and harms' severity), kept alive as long as the options.
struct XapiSources {
    std::vector<Scenario> scenarios;
    records::XapiOptions options;
};
// Nullopt, with the reason said, when the address given is not one to build ids on.
std::optional<XapiSources> xapi_sources(Library& library, const std::string& home, std::ostream& err);

// Every statement of the attempts as a record store holds it: kept in the records as first pushed
// (a record store refuses the same id with other content), or as written now. A push keeps those
// it sends (`keep`); an export only reads, so a file written to look at the records (with the
// default --xapi-home, say) never fixes what a record store will be sent.
std::vector<records::XapiStatement> statements_of(records::RecordStore& store,
                                                  const std::vector<records::Attempt>& attempts,
                                                  const records::XapiOptions& options, bool keep);

// records push: exit 1 when something is left waiting.
int push_records(records::RecordStore& store, Library& library, const RecordsOptions& options, Console& console);
// records roster
int write_roster(records::RecordStore& store, const RecordsOptions& options, Console& console);
// records merge: a backup first; exit 1 when some file could not be merged.
int merge_records(records::RecordStore& store, const RecordsOptions& options, Console& console);
// records report
int write_report(records::RecordStore& store, Library& library, const RecordsOptions& options, Console& console);

}  // namespace senales
