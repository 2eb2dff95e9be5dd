#include "script/plain_text.h"

#include "core/utf8.h"

namespace senales {

namespace {

bool is_control(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F; }

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";     // U+2026

}  // namespace

std::optional<std::string> text_problem(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = utf8_sequence(text.substr(at));
        const std::string position = std::to_string(at + 1);
        if (length == 0) return "it has bytes that are not UTF-8 text (at byte " + position + ")";
        if (length == 1 && is_control(static_cast<unsigned char>(text[at])))
            return "it has an invisible control character (at byte " + position + ")";
        at += length;
    }
    return std::nullopt;
}

std::string printable(std::string_view text, std::size_t most_bytes) {
    std::string out;
    for (std::size_t at = 0; at < text.size();) {
        if (out.size() >= most_bytes) {
            out += kEllipsis;
            break;
        }
        const std::size_t length = utf8_sequence(text.substr(at));
        if (length == 0 || (length == 1 && (is_control(static_cast<unsigned char>(text[at])) || text[at] == '\r'))) {
            out += kReplacement;
            at += length == 0 ? 1 : length;
        } else {
            out.append(text.substr(at, length));
            at += length;
        }
    }
    return out;
}

}  // namespace senales
