#pragma once
// The catalog's advice as it fits a scenario's place and audience. A practice or harm says, with
// `countries`, where its own texts hold (they may name Guatemala's PGN, ERI or Fiscalía), and with
// `contexts`, how it is worded elsewhere or for a community class; the most specific match wins
// (country and audience, then country, then audience). `check` fails a scenario that uses an
// entry with no wording for its country.

#include "catalog.h"
#include "scenario.h"

namespace senales {

const Text& explanation_for(const Practice& practice, const Scenario& scenario);
const Text& explanation_for(const Harm& harm, const Scenario& scenario);
const Text& instead_for(const Harm& harm, const Scenario& scenario);

// Whether the entry has wording that holds in the scenario's country.
bool worded_for(const std::vector<std::string>& countries, const std::vector<ContextWording>& contexts,
                const Scenario& scenario);

}  // namespace senales
