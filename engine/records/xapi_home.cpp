#include "xapi_home.h"

#include <cctype>
#include <cstdio>

namespace senales::records {

namespace {

bool unreserved(unsigned char c) { return std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~'; }

bool hex_at(std::string_view text, std::size_t at) {
    return at + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[at + 1])) &&
           std::isxdigit(static_cast<unsigned char>(text[at + 2]));
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool fail(std::string* error, const std::string& why) {
    if (error) *error = why;
    return false;
}

bool valid_authority(std::string_view authority, std::string* error) {
    if (authority.empty()) return fail(error, "it has no host name after the scheme");
    if (authority.find('@') != std::string_view::npos)
        return fail(error, "it holds a user name or password; give only the site's address");
    std::string_view host = authority;
    if (auto colon = authority.rfind(':'); colon != std::string_view::npos) {
        std::string_view port = authority.substr(colon + 1);
        if (port.empty() || port.size() > 5) return fail(error, "its port is not a number");
        for (char c : port)
            if (!std::isdigit(static_cast<unsigned char>(c))) return fail(error, "its port is not a number");
        host = authority.substr(0, colon);
    }
    if (host.empty() || host.front() == '.' || host.front() == '-' || host.back() == '.')
        return fail(error, "its host name is not one a browser could open");
    for (char c : host)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-')
            return fail(error, "its host name holds '" + std::string(1, c) + "'; use the site's plain address");
    return true;
}

}  // namespace

std::string iri_segment(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (unreserved(c) || (c == '%' && hex_at(text, i))) {
            out += static_cast<char>(c);
        } else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", c);
            out += escaped;
        }
    }
    return out;
}

std::optional<XapiHome> parse_xapi_home(std::string_view text, std::string* error) {
    const auto scheme_end = text.find("://");
    if (scheme_end == std::string_view::npos) {
        fail(error, "it is not an absolute address: give it with its scheme, as https://academia.example.gt");
        return std::nullopt;
    }
    const std::string scheme = lower(text.substr(0, scheme_end));
    if (scheme != "https" && scheme != "http") {
        fail(error, "its scheme is '" + scheme + "'; it must be https:// (or http://)");
        return std::nullopt;
    }
    std::string_view rest = text.substr(scheme_end + 3);
    if (rest.find_first_of("?#") != std::string_view::npos) {
        fail(error, "it holds a query or fragment (? or #); give only the site's address and path");
        return std::nullopt;
    }
    for (char c : rest)
        if (static_cast<unsigned char>(c) < ' ' || c == 0x7f) {
            fail(error, "it holds a control character");
            return std::nullopt;
        }
    const auto slash = rest.find('/');
    const std::string_view authority = rest.substr(0, slash);
    if (!valid_authority(authority, error)) return std::nullopt;
    XapiHome home;
    home.home_page = scheme + "://" + lower(authority);
    if (slash != std::string_view::npos) {
        std::string_view path = rest.substr(slash);
        std::size_t at = 0;
        while (at < path.size()) {
            const auto next = path.find('/', at);
            const std::string_view segment = path.substr(at, next == std::string_view::npos ? path.npos : next - at);
            if (segment == "." || segment == "..") {
                fail(error, "its path holds '" + std::string(segment) + "'; give the path as it is");
                return std::nullopt;
            }
            if (!segment.empty()) home.home_page += "/" + iri_segment(segment);
            if (next == std::string_view::npos) break;
            at = next + 1;
        }
    }
    return home;
}

}  // namespace senales::records
