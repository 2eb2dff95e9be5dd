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

}  // namespace senales
