#include "script/plain_text.h"

namespace senales {

namespace {

// Length of the well-formed UTF-8 sequence at the start of `text` (RFC 3629: no overlong forms,
// no surrogates, nothing past U+10FFFF), or 0 when it is not one.
std::size_t utf8_sequence(std::string_view text) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;   // overlong
        if (lead == 0xED) high = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;   // overlong
        if (lead == 0xF4) high = 0x8F;  // past U+10FFFF
    } else {
        return 0;
    }
    if (text.size() < length || byte(1) < low || byte(1) > high) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
    return length;
}

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
