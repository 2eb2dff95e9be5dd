#pragma once
// What an author's file hands over as text: it must be UTF-8 a player can read, and anything of it
// echoed in a message must be safe to print (no broken bytes, no terminal control codes, not a
// megabyte long).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace senales {

// Why `text` is not fit to show a player, or nullopt when it is: bytes that are not UTF-8, or a
// control character other than tab and line breaks. The reason names the byte position, counted
// from 1, so an author can find it.
std::optional<std::string> text_problem(std::string_view text);

// `text` as it may appear inside a message: broken bytes and control characters become "�", and
// anything past `most_bytes` is cut (at a character boundary) and ends in "…".
std::string printable(std::string_view text, std::size_t most_bytes = 80);

}  // namespace senales
