#include "text.h"

namespace senales {

std::optional<Lang> parse_lang(std::string_view code) {
    if (code == "es") return Lang::es;
    if (code == "en") return Lang::en;
    return std::nullopt;
}

std::string_view lang_code(Lang lang) { return lang == Lang::es ? "es" : "en"; }

}  // namespace senales
