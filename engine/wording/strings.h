#pragma once
// Every text a trainee can see, as translators get it: the interface's words, the catalog and the
// scenarios, each under its stable key with its Spanish source, its English and where it was
// written. `senales strings export` writes them as a PO file (or a POT template), `strings import`
// installs a translator's file, and `check` says how much of each language is done.

#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/scenario.h"
#include "po_file.h"
#include "translations.h"

namespace senales {

struct VisibleString {
    const Text* text = nullptr;  // its key, Spanish and English
    SourceLocation where;
};

// Interface first, then the catalog, then each scenario, in the order written.
std::vector<VisibleString> visible_strings(const TextTable& interface, const Catalog& catalog,
                                           const std::vector<const Scenario*>& scenarios);

// A PO file of `strings` for `lang` (its translations from `existing`, marked fuzzy where the Spanish
// changed since), or a POT template when `lang` is nullptr.
PoFile export_strings(const std::vector<VisibleString>& strings, const Lang* lang, const LanguagePack* existing,
                      const std::string& language_name);

struct Coverage {
    int total = 0;
    int translated = 0;  // current translations
    int fuzzy = 0;       // translated once, but the Spanish changed since (or marked so by a tool)
    std::vector<std::string> missing;  // keys with no current translation, fuzzy ones included
    double share() const { return total ? static_cast<double>(translated) / total : 1.0; }
};
Coverage coverage(const std::vector<VisibleString>& strings, const LanguagePack& pack);

// What importing a translator's file found.
struct ImportReport {
    std::optional<Lang> lang;
    std::string name;
    Coverage coverage;
    std::vector<std::string> unknown_keys;       // entries for texts that no longer exist: dropped
    std::vector<std::string> placeholder_errors; // keys whose {} do not match the source: refused
    PoFile installed;                            // what goes into lang/<code>/messages.po
};
// Checks `file` against today's strings; the file to install keeps every current string, with the
// translator's text where it is usable.
ImportReport import_strings(const PoFile& file, const std::vector<VisibleString>& strings);

}  // namespace senales
