#pragma once
// A learning record store's xAPI endpoint over HTTP(S), as records/lrs_push.h uses it: every
// request carries X-Experience-API-Version 1.0.3 and, when given, Basic authentication.

#include <optional>
#include <string>

#include "records/lrs_push.h"

namespace senales::net {

struct LrsEndpoint {
    std::string url;  // the xAPI endpoint, as "https://lrs.example/xAPI"; no slash at its end
    std::string user;
    std::string password;
    long timeout_seconds = 60;  // per request, so a network that drops never hangs a push
};

// The endpoint, or nullopt with `error` saying why the address is not one (an absolute http(s)
// address, without a user, query or fragment: give those as --user and --password).
std::optional<LrsEndpoint> parse_lrs_endpoint(const std::string& url, std::string* error);

// POSTs to <url>/statements.
records::PostStatements statement_poster(const LrsEndpoint& endpoint);
// GETs <url>/<resource> (as "statements?limit=100"): for checking what the store holds.
records::LrsAnswer lrs_get(const LrsEndpoint& endpoint, const std::string& resource);

}  // namespace senales::net
