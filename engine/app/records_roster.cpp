#include "records_files.h"

namespace senales {

int write_roster(records::RecordStore& store, const RecordsOptions& options, Console& console) {
    const std::vector<records::RosterEntry> roster = store.roster();
    if (!write_file(options.out, records::roster_csv(roster), console.err)) return 1;
    console.out << "Wrote " << roster.size() << (roster.size() == 1 ? " pseudonym" : " pseudonyms") << " to "
                << options.out << ". It turns pseudonyms back into names: keep it with the facilitator; it is "
                   "never sent to a record store.\n";
    return 0;
}

}  // namespace senales
