#include "exports.h"

namespace senales::records {

namespace {

// Quotes when needed, and defuses cells a spreadsheet would run as a formula (a trainee's name
// is typed by anyone at the keyboard).
std::string cell(const std::string& value) {
    std::string text = value;
    if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')) text.insert(0, "'");
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : "; ") + item;
    return out;
}

}  // namespace

std::string attempts_csv(const std::vector<Attempt>& attempts) {
    std::string out = "\xEF\xBB\xBF";
    const std::vector<std::string> header = {
        "attempt", "trainee", "scenario", "scenario_version", "language", "started", "ended", "status", "minutes",
        "seed", "overall", "passed", "scoring_rule", "recognition", "do_no_harm", "protection", "outcome_score",
        "ending", "outcome", "found", "missed", "wrongly_flagged", "harms", "practices", "tried_again", "class"};
    for (std::size_t i = 0; i < header.size(); ++i) out += (i ? "," : "") + header[i];
    out += "\r\n";
    for (const Attempt& a : attempts) {
        std::vector<std::string> row = {std::to_string(a.id), a.guest ? std::string("(guest)") : a.trainee, a.scenario, a.content_hash, a.lang, a.started,
                                        a.ended.value_or(""), std::string(to_string(a.status))};
        auto seconds = a.ended ? seconds_between(a.started, *a.ended) : std::nullopt;
        row.push_back(seconds ? std::to_string((*seconds + 30) / 60) : "");
        row.push_back(a.seed ? std::to_string(*a.seed) : "");
        if (a.result) {
            const AttemptResult& r = *a.result;
            // A pass under an older, weaker rule, or after trying a decision again with the answers
            // seen, is not reported as a pass.
            const std::string passed = !r.current_rule() ? "old rule" : a.rewound ? "tried again" : r.passed ? "yes" : "no";
            row.insert(row.end(), {std::to_string(r.overall), passed, std::to_string(r.scoring_rule),
                                   std::to_string(r.competencies[0]),
                                   std::to_string(r.competencies[1]), std::to_string(r.competencies[2]),
                                   std::to_string(r.competencies[3]), r.ending, r.outcome, joined(r.found),
                                   joined(r.missed), joined(r.wrongly_flagged), joined(r.harms), joined(r.practices)});
        }
        row.resize(header.size() - 2);
        row.push_back(a.rewound ? "yes" : "no");
        row.push_back(a.class_name);
        for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + cell(row[i]);
        out += "\r\n";
    }
    return out;
}

std::string roster_csv(const std::vector<RosterEntry>& roster) {
    std::string out = "\xEF\xBB\xBF" "trainee,pseudonym,since,merged_from,attempts\r\n";
    for (const RosterEntry& entry : roster)
        out += cell(entry.guest ? std::string("(guest)") : entry.trainee) + "," + cell(entry.pseudonym) + "," +
               cell(entry.since) + "," + cell(entry.merged_from) + "," + std::to_string(entry.attempts) + "\r\n";
    return out;
}

}  // namespace senales::records
