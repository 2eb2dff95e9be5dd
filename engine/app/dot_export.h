#pragma once
// A scenario as a Graphviz DOT graph, for reviewers: scenes as boxes, endings coloured by outcome,
// good-practice choices green and harmful ones red and dashed.

#include <string>

#include "core/catalog.h"
#include "core/scenario.h"
#include "wording/wording.h"

namespace senales {

std::string to_dot(const Scenario& scenario, const Catalog& catalog, const Wording& words);

}  // namespace senales
