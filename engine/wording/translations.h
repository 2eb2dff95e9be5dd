#pragma once
// The languages installed besides the two written inline: a folder per language,
// `<lang folder>/<code>/messages.po`, in the game's own `lang/` and in the user's (where
// `senales strings import` writes, so that it works on an installed or Windows game too). A
// translation counts only while its source is the Spanish text as it is now; once the Spanish
// changes it is fuzzy, and the Spanish is shown until a translator looks again.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/text.h"

namespace senales {

struct Translation {
    std::string source;  // the Spanish it was translated from
    std::string text;
    bool fuzzy = false;  // marked so by a translator's tool
    std::string file;
    int line = 0;
};

struct LanguagePack {
    Lang lang;
    std::string name;  // in the language itself: "K'iche'", "Q'eqchi'"
    std::filesystem::path file;
    std::map<std::string, Translation> by_key;

    // The translation of `text`, when there is one for its key made from its Spanish as it is now.
    const std::string* find(const Text& text) const;
};

// What is installed: Spanish and English always, then every language folder found, the user's
// folder first (a language in both is read from the user's).
class Languages {
public:
    // Reads every `<folder>/<code>/messages.po`; a file that cannot be read or has problems is
    // reported in `diagnostics` and what could be read of it is kept.
    static Languages load(const std::vector<std::filesystem::path>& folders, Diagnostics& diagnostics);

    // Spanish, English, then the others by code.
    std::vector<Lang> installed() const;
    bool has(const Lang& lang) const;
    const LanguagePack* pack(const Lang& lang) const;  // nullptr for es, en and what is not installed
    std::string name(const Lang& lang) const;          // its own name, or its code

private:
    std::map<Lang, LanguagePack> packs_;
};

// Where the user's language folders are: $SENALES_LANG_DIR when set, else `lang/` in the user's
// data folder (given by the platform).
std::filesystem::path user_lang_folder(const std::filesystem::path& user_data_folder);

}  // namespace senales
