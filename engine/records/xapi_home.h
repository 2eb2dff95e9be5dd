#pragma once
// The academy's web address, as every xAPI id is built on it: an absolute http(s) IRI, checked
// and normalised once (lower-case scheme and host, no trailing or doubled slash, each path segment
// percent-encoded), so the ids are IRIs and the same address always gives the same ids.

#include <optional>
#include <string>
#include <string_view>

namespace senales::records {

struct XapiHome {
    std::string home_page = "https://senales.invalid";  // for account.homePage
    std::string base() const { return home_page + "/xapi"; }  // prefix of activity, verb and extension ids
};

// The normalised address, or nullopt with `error` saying what is wrong with it.
std::optional<XapiHome> parse_xapi_home(std::string_view text, std::string* error);

// One path segment of an IRI: everything but unreserved characters percent-encoded (UTF-8 bytes
// included, so an id is also a plain URI), and "%XX" already there kept as it is.
std::string iri_segment(std::string_view text);

}  // namespace senales::records
