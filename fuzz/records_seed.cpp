// fuzz_records_seed FILE: writes a records file holding a finished and an unfinished attempt, the
// starting point of the records fuzzer (scripts/fuzz runs it).

#include <cstdio>
#include <optional>
#include <vector>

#include "records/record_store.h"

using namespace senales::records;
using senales::Step;

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_records_seed FILE\n");
        return 2;
    }
    std::vector<std::string> notices;
    auto store = RecordStore::open(argv[1], notices);
    const std::string at = "2026-01-01T10:00:00Z";
    std::int64_t first = store->start_attempt("Ana", "bar_inspection", "0123456789abcdef", "es", 7u, at);
    store->add_step(first, Step{Step::Kind::flag, -1, "manager_answers"}, "", "arrival", at);
    store->add_step(first, Step{Step::Kind::choose, 1, ""}, "ask_chayo_to_stay_at_the_bar", "arrival", at);
    AttemptResult result;
    result.ending = "referred";
    result.outcome = "good";
    result.competencies = {80, 100, 75, 100};
    result.overall = 87;
    result.passed = true;
    result.found = {"documents_held"};
    result.missed = {"debt_bondage"};
    result.practices = {"separate_from_companion"};
    store->finish_attempt(first, result, at);
    std::int64_t second = store->start_attempt("Luis", "bar_inspection", "0123456789abcdef", "en", std::nullopt, at);
    store->add_step(second, Step{Step::Kind::choose, 0, ""}, "go_in_at_once", "arrival", at);
    return 0;
}
