#include "glyphs.h"

namespace senales::ui {

const ImWchar* glyph_ranges() {
    static const ImWchar ranges[] = {
        0x0020, 0x00FF,  // Basic Latin and Latin-1: á é í ó ú ñ ¿ ¡ ü «»
        0x0100, 0x017F,  // Latin Extended-A, for names
        0x2010, 0x205E,  // General Punctuation: – — ‘ ’ “ ” • …
        0x2190, 0x2193,  // arrows
        0x2212, 0x2212,  // minus sign
        0x25CF, 0x25CF,  // black circle
        0x2713, 0x2714,  // check marks
        0x2717, 0x2717,  // ballot x
        // No U+FFFD: ImGui sizes each font's lookup table to the highest code point, and 0xFFFD
        // would make five of them 65,536 entries long. Missing glyphs show as '?'.
        0,
    };
    return ranges;
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
