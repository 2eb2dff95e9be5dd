#pragma once
// A facilitator's guide to one scenario, in Markdown: what it teaches, the story in one paragraph,
// each decision with what each choice teaches, the three elements of the legal definition as the
// story shows them, the questions to discuss, and the sources. Written from the scenario's own
// data, so the guide never drifts from the game.

#include <string>

#include "core/catalog.h"
#include "core/scenario.h"
#include "wording.h"

namespace senales {

std::string facilitator_guide(const Scenario& scenario, const Catalog& catalog, const Wording& words);

}  // namespace senales
