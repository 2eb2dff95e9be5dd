#pragma once
// The project's one UTF-8 decoder. Every text an author writes is checked against it when it is
// loaded, so later code may count and walk texts without re-validating them.

#include <cstddef>
#include <string_view>
#include <vector>

namespace senales {

// Length of the well-formed UTF-8 sequence at the start of `text` (RFC 3629: no overlong forms,
// no surrogates, nothing past U+10FFFF), or 0 when it is not one (or `text` is empty).
std::size_t utf8_sequence(std::string_view text);

// The code points of `text`; a byte that starts no well-formed sequence becomes U+FFFD.
std::vector<char32_t> utf8_code_points(std::string_view text);

// How many characters (code points) `text` holds, as a reader counts them: "señal" is 5.
std::size_t utf8_length(std::string_view text);

}  // namespace senales
