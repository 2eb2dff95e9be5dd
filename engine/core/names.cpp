#include "names.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "utf8.h"

namespace senales {

namespace {

// utf8proc's mapping of `text` under `options`; empty when the text is not valid UTF-8.
std::string mapped(std::string_view text, utf8proc_option_t options, bool* valid = nullptr) {
    utf8proc_uint8_t* out = nullptr;
    const utf8proc_ssize_t length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                                 static_cast<utf8proc_ssize_t>(text.size()), &out, options);
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
    if (valid) *valid = length >= 0;
    if (length < 0) return {};
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(length));
}

bool is_space(char32_t c) {
    const utf8proc_category_t category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return c == U' ' || c == U'\t' || category == UTF8PROC_CATEGORY_ZS;
}

// Runs of spaces as one, none at either end; everything else as it is.
std::string collapse_spaces(std::string_view text) {
    std::string out;
    bool pending_space = false;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t length = std::max<std::size_t>(1, utf8_sequence(text.substr(at)));
        const std::string_view piece = text.substr(at, length);
        const std::vector<char32_t> points = utf8_code_points(piece);
        if (!points.empty() && is_space(points.front())) {
            pending_space = !out.empty();
        } else {
            if (pending_space) out += ' ';
            pending_space = false;
            out += piece;
        }
        at += length;
    }
    return out;
}

}  // namespace

std::string tidy_name(std::string_view typed) {
    bool valid = false;
    const std::string composed = mapped(typed, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE), &valid);
    return collapse_spaces(valid ? std::string_view(composed) : typed);
}

NameProblem name_problem(std::string_view tidied) {
    for (std::size_t at = 0; at < tidied.size();) {
        const std::size_t length = utf8_sequence(tidied.substr(at));
        if (length == 0) return NameProblem::not_text;
        at += length;
    }
    if (tidied.empty()) return NameProblem::empty;
    for (char32_t c : utf8_code_points(tidied)) {
        const utf8proc_category_t category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
        if (category == UTF8PROC_CATEGORY_CC || category == UTF8PROC_CATEGORY_CS || category == UTF8PROC_CATEGORY_CN)
            return NameProblem::not_text;
    }
    if (utf8_length(tidied) > kMaxNameLength) return NameProblem::too_long;
    return NameProblem::none;
}

std::string name_key(std::string_view name) {
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                                        UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE |
                                                        UTF8PROC_LUMP);
    bool valid = false;
    const std::string folded = mapped(tidy_name(name), options, &valid);
    return collapse_spaces(valid ? std::string_view(folded) : name);
}

std::string_view to_string(NameProblem problem) {
    switch (problem) {
        case NameProblem::none: return "none";
        case NameProblem::empty: return "empty";
        case NameProblem::too_long: return "too_long";
        case NameProblem::not_text: return "not_text";
    }
    return "?";
}

}  // namespace senales
