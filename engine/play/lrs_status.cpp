#include "lrs_status.h"

#include <unordered_set>

#include "records/exports.h"
#include "records/record_store.h"

namespace senales::play {

std::size_t statements_waiting(records::RecordStore& store) {
    const std::vector<std::string> accepted = store.accepted_statement_ids();
    const std::unordered_set<std::string> sent(accepted.begin(), accepted.end());
    std::size_t waiting = 0;
    for (const records::Attempt& attempt : store.attempts())
        for (const std::string& id : records::attempt_statement_ids(attempt)) waiting += sent.count(id) ? 0 : 1;
    return waiting;
}

}  // namespace senales::play
