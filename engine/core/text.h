#pragma once
// Player-visible text in both languages the game ships. The runtime never picks a language on its
// own: every screen, transcript and debrief asks for one explicitly.

#include <optional>
#include <string>
#include <string_view>

namespace senales {

enum class Lang { es, en };

std::optional<Lang> parse_lang(std::string_view code);
std::string_view lang_code(Lang lang);

struct Text {
    std::string es;
    std::string en;

    const std::string& in(Lang lang) const { return lang == Lang::es ? es : en; }
    bool empty() const { return es.empty() && en.empty(); }
};

}  // namespace senales
