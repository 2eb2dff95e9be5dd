#pragma once
// A trainer who follows a debrief's source must land on the publisher's own page: warnings for a
// source no entry cites, the same address twice, a document-sharing or mirror site instead of the
// publisher, an address off the known publisher's own domain, and a source without publisher,
// year or address.

#include "catalog.h"
#include "diagnostic.h"

namespace senales {

void check_sources(const Catalog& catalog, Diagnostics& diagnostics);

// The host of an http(s) address, lower case, without "www."; empty when it is not one.
std::string url_host(const std::string& url);

}  // namespace senales
