#pragma once
// Player-visible text, and the languages it can be read in. Every text is written in Spanish (the
// source language) and English, inline in the scenario and catalog files; any other language comes
// from translators' files (engine/wording). The core never picks a language or a wording: it deals
// in ids and facts, and the wording layer turns them into sentences.

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace senales {

// A language, by its BCP 47 code: "es", "en", "quc" (K'iche'), "kek" (Q'eqchi'), "es-GT"…
class Lang {
public:
    Lang() : code_("es") {}
    const std::string& code() const { return code_; }
    bool operator==(const Lang& other) const { return code_ == other.code_; }
    bool operator<(const Lang& other) const { return code_ < other.code_; }

    static const Lang es;  // the source language
    static const Lang en;  // written inline beside it

    friend std::optional<Lang> parse_lang(std::string_view code);

private:
    explicit Lang(std::string code) : code_(std::move(code)) {}
    std::string code_;
};
inline const Lang Lang::es{std::string("es")};
inline const Lang Lang::en{std::string("en")};

// A well-formed BCP 47 tag of letters, digits and hyphens (a primary subtag of 2 to 8 letters),
// normalised to lower case; nullopt otherwise. Whether the language is installed is not asked here.
std::optional<Lang> parse_lang(std::string_view code);
inline std::string_view lang_code(const Lang& lang) { return lang.code(); }

// The two languages every text is written in.
enum class Inline { es, en };
inline constexpr Inline kInlineLanguages[] = {Inline::es, Inline::en};
std::string_view to_string(Inline language);

struct Text {
    std::string es;
    std::string en;
    // Where the text belongs, stable across edits of its words: "bar_inspection/arrival/text",
    // "catalog/harm/arrest_victim/instead", "ui/start". Translations are looked up by it.
    std::string key;

    const std::string& written(Inline language) const { return language == Inline::es ? es : en; }
    bool empty() const { return es.empty() && en.empty(); }
};

// Texts by key: the interface's words (scripts/lua/interface.lua).
struct TextTable {
    std::map<std::string, Text> texts;
    std::map<std::string, std::pair<std::string, int>> written_at;  // key -> file and line
    const Text* find(const std::string& key) const {
        auto found = texts.find(key);
        return found == texts.end() ? nullptr : &found->second;
    }
};

}  // namespace senales
