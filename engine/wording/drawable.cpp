#include "drawable.h"

#include <algorithm>

#include "core/utf8.h"

namespace senales {

bool drawable(char32_t point) {
    if (point == '\n' || point == '\r' || point == '\t') return true;
    return std::any_of(kDrawableRanges.begin(), kDrawableRanges.end(),
                       [&](const auto& range) { return point >= range.first && point <= range.second; });
}

std::vector<char32_t> undrawable_characters(std::string_view text) {
    std::vector<char32_t> out;
    for (char32_t point : utf8_code_points(text))
        if (!drawable(point) && std::find(out.begin(), out.end(), point) == out.end()) out.push_back(point);
    return out;
}

std::string drawable_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = utf8_sequence(text.substr(at));
        const std::string_view piece = text.substr(at, std::max<std::size_t>(length, 1));
        const std::vector<char32_t> point = utf8_code_points(piece);
        if (length > 0 && drawable(point.front())) out += piece;
        else out += "\u25A1";
        at += piece.size();
    }
    return out;
}

}  // namespace senales
