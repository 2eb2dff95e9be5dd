#include <algorithm>
#include <set>

#include "records_files.h"
#include "wording/completion_record.h"

namespace senales {

// The first pass of each scenario: a pass under today's rule, not tried again from a decision.
int write_report(records::RecordStore& store, Library& library, const RecordsOptions& options, Console& console) {
    const std::vector<records::Attempt> attempts = store.attempts(records::TraineeId(options.trainee));
    if (attempts.empty()) {
        console.err << "senales: records report: no attempts of " << options.trainee << " in these records\n";
        return 1;
    }
    std::vector<Scenario> scenarios;
    installed_scenarios(library, scenarios);
    CompletionRecord record;
    record.trainee = attempts.front().trainee;
    record.written_on = records::local_time_text(records::iso8601_now()).value_or("").substr(0, 10);
    std::set<std::string> attempted;
    for (const records::Attempt& attempt : attempts) {
        attempted.insert(attempt.scenario);
        if (!attempt.result || !attempt.result->counts_as_pass() || attempt.rewound) continue;
        const bool listed = std::any_of(record.passed.begin(), record.passed.end(),
                                        [&](const CompletedScenario& c) { return c.id == attempt.scenario; });
        if (listed) continue;
        CompletedScenario passed;
        passed.id = attempt.scenario;
        passed.title = {attempt.scenario, attempt.scenario, {}};  // a scenario no longer installed, by its id
        for (const Scenario& scenario : scenarios)
            if (scenario.id == attempt.scenario) passed.title = scenario.title;
        passed.passed_on = records::local_time_text(attempt.ended.value_or(attempt.started)).value_or("").substr(0, 10);
        passed.overall = attempt.result->overall;
        passed.competencies = attempt.result->competencies;
        record.passed.push_back(std::move(passed));
    }
    record.scenarios_attempted = static_cast<int>(attempted.size());
    const std::optional<Lang> lang = parse_lang(options.lang.empty() ? attempts.back().lang : options.lang);
    const Wording words = library.wording(lang.value_or(Lang::es));
    if (!write_file(options.out, completion_record_html(record, words), console.err)) return 1;
    console.out << "Wrote the completion record of " << record.trainee << " (" << record.passed.size() << " of "
                << record.scenarios_attempted << " scenarios passed) to " << options.out << "\n";
    return 0;
}

}  // namespace senales
