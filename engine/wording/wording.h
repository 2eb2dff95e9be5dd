#pragma once
// The one place where texts become words in a language, for the window, the terminal, --json,
// guides and exports alike. Spanish and English come from the files themselves; another language
// comes from its translators' file, and whatever that file does not translate (yet, or since the
// Spanish changed) is shown in Spanish, the source language: never silently in English.

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

#include "core/text.h"
#include "translations.h"

namespace senales {

class Wording {
public:
    // `interface` and `pack` must outlive this; `pack` is the language's translations, or nullptr
    // for Spanish, English, or a language with no file.
    Wording(Lang lang, const TextTable& interface, const LanguagePack* pack = nullptr);

    const Lang& lang() const { return lang_; }

    // A text of a scenario or the catalog, in this language.
    std::string of(const Text& text) const;
    // Whether `of` would show a translation (always for es and en).
    bool translated(const Text& text) const;

    // An interface text by its key in interface.lua; the same string object on every call.
    const std::string& ui(const std::string& key) const;
    // The same with each "{}" replaced by the next argument, in order.
    std::string ui(const std::string& key, std::initializer_list<std::string_view> args) const;

private:
    Lang lang_;
    const TextTable& interface_;
    const LanguagePack* pack_;
    mutable std::map<std::string, std::string> resolved_;  // interface texts, once each
};

// `text` with each "{}" replaced by the next argument.
std::string fill(std::string text, std::initializer_list<std::string_view> args);

}  // namespace senales
