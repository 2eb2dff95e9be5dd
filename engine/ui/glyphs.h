#pragma once
// Which characters the game's fonts must hold, and a check that they do: Spanish accents and ñ,
// ¿ ¡ ü, typographic quotes, dashes and the ellipsis, and the few symbols the screens draw.

#include <string_view>
#include <vector>

#include <imgui.h>

#include "core/utf8.h"

namespace senales::ui {

// Zero-terminated pairs of first and last code point, as ImFontAtlas::AddFont* expects.
const ImWchar* glyph_ranges();

// Code points of `text` (other than line breaks) that `font` has no glyph for.
std::vector<char32_t> missing_glyphs(const ImFont& font, std::string_view text);

}  // namespace senales::ui
