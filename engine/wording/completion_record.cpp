#include "completion_record.h"

#include "core/scoring.h"

namespace senales {

namespace {

// A name is typed by anyone: it must never become markup.
std::string escaped(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

const char* const kStyle =
    "body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#111}"
    "h1{font-size:1.6rem;margin-bottom:.2rem}p.who{font-size:1.3rem;margin:.2rem 0 1.5rem}"
    "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.35rem .5rem;text-align:left}"
    "th{background:#eee}td.n{text-align:right}td.d{white-space:nowrap}footer{margin-top:2rem;font-size:.85rem;color:#444}"
    "@media print{body{margin:0}}";

}  // namespace

std::string completion_record_html(const CompletionRecord& record, const Wording& words) {
    const auto ui = [&words](const char* key) { return escaped(words.ui(key)); };
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + escaped(words.lang().code()) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<title>" + ui("record_title") + " — " + escaped(record.trainee) + "</title>\n";
    out += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    out += "<h1>" + ui("record_title") + "</h1>\n";
    out += "<p class=\"who\">" + escaped(record.trainee) + "</p>\n";
    out += "<p>" + escaped(words.ui("record_passed_count", {std::to_string(record.passed.size()),
                                                             std::to_string(record.scenarios_attempted)})) + "</p>\n";
    if (record.passed.empty()) {
        out += "<p>" + ui("record_none_passed") + "</p>\n";
    } else {
        out += "<table>\n<thead><tr><th>" + ui("record_scenario") + "</th><th>" + ui("record_passed_on") + "</th><th>" +
               ui("record_overall") + "</th><th>" + ui("competency_recognition") + "</th><th>" +
               ui("competency_do_no_harm") + "</th><th>" + ui("competency_protection") + "</th><th>" +
               ui("competency_outcome") + "</th></tr></thead>\n<tbody>\n";
        for (const CompletedScenario& scenario : record.passed) {
            out += "<tr><td>" + escaped(words.of(scenario.title)) + "</td><td class=\"d\">" + escaped(scenario.passed_on) +
                   "</td><td class=\"n\">" + std::to_string(scenario.overall) + "</td>";
            for (int score : scenario.competencies) out += "<td class=\"n\">" + std::to_string(score) + "</td>";
            out += "</tr>\n";
        }
        out += "</tbody>\n</table>\n";
    }
    out += "<footer><p>" +
           escaped(words.ui("record_what_it_is", {std::to_string(rules::kPassMark), std::to_string(rules::kCompetencyFloor)})) +
           "</p><p>" +
           escaped(words.ui("record_written_on", {record.written_on})) + "</p></footer>\n</body>\n</html>\n";
    return out;
}

}  // namespace senales
