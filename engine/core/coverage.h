#pragma once
// What the scenario library as a whole teaches: every ILO dimension of indicators shown on some
// path, and every principle of victim-centred identification that some choice on some path puts
// into practice or breaks. The checker prints this table and fails when something is not taught.

#include <string>
#include <vector>

#include "catalog.h"
#include "explorer.h"
#include "scenario.h"

namespace senales {

// The principles the library must teach at least once: the WHO recommendations for interviewing
// trafficked persons, non-punishment, the presumption of minority, and trafficking vs smuggling.
inline constexpr const char* kRequiredPrinciples[] = {
    "who_do_no_harm",     "who_know_risks",        "who_referral_no_promises", "who_interpreters",
    "who_confidentiality", "who_informed_consent", "who_own_assessment",       "who_no_retraumatise",
    "who_emergency",      "who_good_use",          "non_punishment",           "presumption_of_minority",
    "trafficking_vs_smuggling",
};

struct CoverageItem {
    enum class Kind { dimension, principle } kind = Kind::dimension;
    std::string id;
    std::string name;                    // in English, for the checker's table
    std::vector<std::string> scenarios;  // ids of the scenarios that teach it
    bool known = true;                   // false when a required principle is not in the catalog
};

struct ExploredScenario {
    const Scenario* scenario = nullptr;
    const ExplorationReport* report = nullptr;
};

std::vector<CoverageItem> library_coverage(const std::vector<ExploredScenario>& library, const Catalog& catalog);

// Whom the library is about: for each field of `person` and `setting`, which scenarios have each
// value. A library where one value holds most of it teaches one picture of a victim.
struct ProfileValue {
    std::string value;
    std::vector<std::string> scenarios;
};
struct ProfileField {
    std::string field;  // "gender", "nationality", "setting.country"…
    std::vector<ProfileValue> values;  // most scenarios first
    bool balanced_by_design = false;   // trafficking: the library is about it; not warned about
};
inline constexpr double kMostOfTheLibrary = 0.6;
std::vector<ProfileField> library_profile(const std::vector<const Scenario*>& library);

}  // namespace senales
