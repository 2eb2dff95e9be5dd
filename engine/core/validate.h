#pragma once
// Checks that need the whole scenario and the catalog at once: ids that must exist, texts that
// must be translated, scenes that must have a way out. The script host reports what it can see
// while reading a single element; everything that crosses elements is checked here, so that any
// future front end (an editor, an importer) gets the same checks.

#include "catalog.h"
#include "diagnostic.h"
#include "scenario.h"

namespace senales {

// Resolves choice targets (Choice::target_scene, Scenario::start from start_id) and reports every
// problem. Translations are checked here, so a loader only has to copy the texts it finds.
void resolve_and_validate(Scenario& scenario, const Catalog& catalog, Diagnostics& diagnostics);

// Checks a catalog's internal references (principles, sources) and translations.
void validate_catalog(const Catalog& catalog, Diagnostics& diagnostics);

}  // namespace senales
