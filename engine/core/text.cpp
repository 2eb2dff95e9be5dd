#include "text.h"

#include <algorithm>
#include <cctype>

namespace senales {

std::optional<Lang> parse_lang(std::string_view code) {
    if (code.empty() || code.size() > 35) return std::nullopt;
    std::string tag(code);
    std::transform(tag.begin(), tag.end(), tag.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::size_t start = 0;
    for (bool primary = true;; primary = false) {
        const std::size_t end = std::min(tag.find('-', start), tag.size());
        const std::string_view part(tag.data() + start, end - start);
        const bool letters = std::all_of(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        const bool alnum = std::all_of(part.begin(), part.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); });
        if (primary ? !letters || part.size() < 2 || part.size() > 8 : !alnum || part.empty() || part.size() > 8)
            return std::nullopt;
        if (end == tag.size()) break;
        start = end + 1;
    }
    return Lang(tag);
}

std::string_view to_string(Inline language) { return language == Inline::es ? "es" : "en"; }

}  // namespace senales
