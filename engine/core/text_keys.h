#pragma once
// Where each player-visible text belongs, as a stable key: "bar_inspection/arrival/text",
// "bar_inspection/arrival/choice/talk_alone", "catalog/harm/arrest_victim/instead". A key is made of
// ids, never of words or positions (objectives, which have no id, by their number), so rewording
// a text keeps its key and its translations, which then become fuzzy.

#include <functional>
#include <string>

#include "catalog.h"
#include "scenario.h"

namespace senales {

// Sets the key of every text of the scenario (after choice ids are known) or of the catalog.
void assign_text_keys(Scenario& scenario);
void assign_text_keys(Catalog& catalog);

// Every text a trainee can see, with the element it was written in, in the order written.
using TextVisitor = std::function<void(const Text& text, const SourceLocation& where)>;
void for_each_text(const Scenario& scenario, const TextVisitor& visit);
void for_each_text(const Catalog& catalog, const TextVisitor& visit);

}  // namespace senales
