#include "glyphs.h"

#include <array>

#include "wording/drawable.h"

namespace senales::ui {

const ImWchar* glyph_ranges() {
    // The wording layer's list, as ImGui wants it: zero-terminated pairs. No U+FFFD: ImGui sizes
    // each font's lookup table to the highest code point, and 0xFFFD would make five of them
    // 65,536 entries long. Missing glyphs show as '?'.
    static const std::array<ImWchar, kDrawableRanges.size() * 2 + 1> ranges = [] {
        std::array<ImWchar, kDrawableRanges.size() * 2 + 1> out{};
        for (std::size_t i = 0; i < kDrawableRanges.size(); ++i) {
            out[2 * i] = static_cast<ImWchar>(kDrawableRanges[i].first);
            out[2 * i + 1] = static_cast<ImWchar>(kDrawableRanges[i].second);
        }
        return out;
    }();
    return ranges.data();
}

std::vector<char32_t> missing_glyphs(const ImFont& font, std::string_view text) {
    std::vector<char32_t> missing;
    for (char32_t point : utf8_code_points(text)) {
        if (point == '\n' || point == '\r' || point == '\t') continue;
        if (point > 0xFFFF || !font.FindGlyphNoFallback(static_cast<ImWchar>(point))) missing.push_back(point);
    }
    return missing;
}

}  // namespace senales::ui
