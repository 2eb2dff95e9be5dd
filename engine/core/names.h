#pragma once
// How a trainee's name is kept and found again. A name is tidied as typed (spaces trimmed, runs of
// spaces made one, composed as Unicode NFC) and compared by its key: without case, accents or
// width differences, so "José López", "jose lopez " and "JOSÉ  LÓPEZ" are the same trainee, on
// this laptop and on any other whose records are merged with it.

#include <cstddef>
#include <string>
#include <string_view>

namespace senales {

// Long enough for two given names and two surnames; short enough to fit the screens and exports.
inline constexpr std::size_t kMaxNameLength = 60;  // characters (code points)

enum class NameProblem { none, empty, too_long, not_text };

// The name as it is kept and shown; invalid UTF-8 and control characters are left for
// name_problem() to refuse.
std::string tidy_name(std::string_view typed);
// Why a tidied name cannot be used, or none.
NameProblem name_problem(std::string_view tidied);
// What finds the trainee again: case-folded, accents and compatibility forms removed.
std::string name_key(std::string_view name);

std::string_view to_string(NameProblem problem);

}  // namespace senales
