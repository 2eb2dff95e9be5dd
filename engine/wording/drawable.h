#pragma once
// Which characters the game's fonts are built with: Spanish and English, names in Latin letters
// (Latin Extended-A covers most Mayan-language orthographies' letters; the apostrophe of K'iche'
// and Q'eqchi' is plain ASCII), typographic punctuation and the few symbols the screens draw. A
// character outside these ranges shows as '?', so `check` warns about translations that use one.

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace senales {

inline constexpr std::array<std::pair<char32_t, char32_t>, 9> kDrawableRanges = {{
    {0x0020, 0x00FF},  // Basic Latin and Latin-1: á é í ó ú ñ ¿ ¡ ü «»
    {0x0100, 0x017F},  // Latin Extended-A, for names
    {0x2010, 0x205E},  // General Punctuation: – — ‘ ’ “ ” • …
    {0x2190, 0x2193},  // arrows
    {0x2212, 0x2212},  // minus sign
    {0x25A1, 0x25A1},  // white square: what stands for a character the fonts cannot draw
    {0x25CF, 0x25CF},  // black circle
    {0x2713, 0x2714},  // check marks
    {0x2717, 0x2717},  // ballot x
}};

bool drawable(char32_t point);
// The characters of `text` the fonts cannot draw (line breaks and tabs are fine), each once.
std::vector<char32_t> undrawable_characters(std::string_view text);
// `text` with each character the fonts cannot draw (an emoji in a name, a letter of another
// script) shown as a white square, so that it stays visible and counted, never a '?' or a box
// that looks like a broken font.
inline constexpr char32_t kSubstitute = 0x25A1;
std::string drawable_text(std::string_view text);

}  // namespace senales
