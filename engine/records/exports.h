#pragma once
// Records leave the game only as files the instructor asks for: CSV for a spreadsheet, xAPI 1.0.3
// statements for an academy's learning record store. Trainees appear in xAPI only by a random
// pseudonym, never by name or e-mail.

#include <map>
#include <string>
#include <vector>

#include "attempt.h"
#include "core/text.h"

namespace senales::records {

// UTF-8 with a byte-order mark and CRLF line ends, so Excel and LibreOffice read accents right;
// one row per attempt.
std::string attempts_csv(const std::vector<Attempt>& attempts);

struct XapiOptions {
    std::string home_page = "https://senales.invalid";  // the academy's own site, for account.homePage
    std::string activity_base = "https://senales.invalid/xapi";  // stable prefix of activity ids
    std::map<std::string, Text> scenario_titles;  // by scenario id, for activity definitions
};

// A JSON array of statements: one per attempt (passed / failed when finished, attempted otherwise,
// with score, success, completion and duration) and one per decision taken.
std::string attempts_xapi(const std::vector<Attempt>& attempts, const XapiOptions& options);

}  // namespace senales::records
