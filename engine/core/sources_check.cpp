#include "sources_check.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace senales {

namespace {

// Sites that hold copies of other people's documents: never a publisher.
constexpr const char* kSharingSites[] = {"issuu.com",     "docslib.org",  "5y1.org",      "scribd.com",   "yumpu.com",
                                         "studylib.net",  "pdfcoffee.com", "dokumen.pub", "skal.fun",     "documents.pub",
                                         "fdocuments.ec", "fdocuments.in", "readkong.com", "kipdf.com",    "pdfslide.net",
                                         "vdocuments.mx", "vdocuments.net"};

// The own domains of the publishers the library cites most.
const std::map<std::string, std::vector<std::string>>& publisher_domains() {
    static const std::map<std::string, std::vector<std::string>> domains = {
        {"UNODC", {"unodc.org", "un.org"}},
        {"ILO", {"ilo.org"}},
        {"IOM", {"iom.int"}},
        {"WHO", {"who.int"}},
        {"UNICEF", {"unicef.org"}},
        {"OHCHR", {"ohchr.org"}},
        {"OSCE", {"osce.org"}},
        {"US Department of State", {"state.gov"}},
        {"US Department of Homeland Security", {"dhs.gov"}},
        {"Congreso de la República de Guatemala", {"congreso.gob.gt"}},
        {"SVET", {"svet.gob.gt"}},
    };
    return domains;
}

bool on_domain(const std::string& host, const std::string& domain) {
    return host == domain || (host.size() > domain.size() && host.compare(host.size() - domain.size(), domain.size(), domain) == 0 &&
                              host[host.size() - domain.size() - 1] == '.');
}

void cited_by(const std::vector<std::string>& ids, std::set<std::string>& cited) { cited.insert(ids.begin(), ids.end()); }

}  // namespace

std::string url_host(const std::string& url) {
    const std::size_t scheme = url.find("://");
    if (scheme == std::string::npos) return {};
    const std::string protocol = url.substr(0, scheme);
    if (protocol != "http" && protocol != "https") return {};
    std::size_t start = scheme + 3;
    const std::size_t end = url.find_first_of("/?#:", start);
    std::string host = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
    std::transform(host.begin(), host.end(), host.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    while (!host.empty() && host.back() == '.') host.pop_back();
    if (host.rfind("www.", 0) == 0) host.erase(0, 4);
    return host;
}

void check_sources(const Catalog& catalog, Diagnostics& diagnostics) {
    std::set<std::string> cited;
    for (const auto& [id, p] : catalog.principles) cited_by(p.sources, cited);
    for (const auto& [id, i] : catalog.indicators) cited_by(i.sources, cited);
    for (const auto& [id, p] : catalog.practices) cited_by(p.sources, cited);
    for (const auto& [id, h] : catalog.harms) cited_by(h.sources, cited);
    for (const auto& [element, e] : catalog.elements) cited_by(e.sources, cited);
    std::map<std::string, std::string> by_url;
    std::string incomplete;
    int incomplete_count = 0;
    SourceLocation first_incomplete;
    for (const auto& [id, source] : catalog.sources) {
        const std::string what = "source \"" + id + "\"";
        if (!cited.count(id))
            diagnostics.warning(source.where, "unused-source", what + " is cited by no entry of the catalog",
                                "cite it where it supports a text, or remove it");
        if (source.publisher.empty() || source.year == 0 || source.url.empty()) {
            if (incomplete_count++ == 0) first_incomplete = source.where;
            if (incomplete_count <= 12) incomplete += (incomplete.empty() ? "" : ", ") + id;
        }
        if (source.url.empty()) continue;
        const std::string host = url_host(source.url);
        if (auto [first, fresh] = by_url.emplace(source.url, id); !fresh)
            diagnostics.warning(source.where, "duplicate-source", what + " has the same address as source \"" + first->second + "\"",
                                "keep one source and cite it from both places");
        if (std::any_of(std::begin(kSharingSites), std::end(kSharingSites), [&](const char* site) { return on_domain(host, site); }))
            diagnostics.warning(source.where, "source-not-publisher",
                                what + " points at " + host + ", a document-sharing site, not at its publisher",
                                "link the publisher's own page for the document");
        else if (auto known = publisher_domains().find(source.publisher); known != publisher_domains().end() &&
                 std::none_of(known->second.begin(), known->second.end(),
                              [&](const std::string& domain) { return on_domain(host, domain); }))
            diagnostics.warning(source.where, "source-not-publisher",
                                what + " is published by " + source.publisher + " but points at " + host,
                                "link " + source.publisher + "'s own page (" + known->second.front() + ")");
    }
    // One message for all of them: a list of 50 lines would bury the others.
    if (incomplete_count > 0)
        diagnostics.warning(first_incomplete, "incomplete-source",
                            std::to_string(incomplete_count) + " sources lack a publisher, a year or an address (" + incomplete +
                                (incomplete_count > 12 ? ", …" : "") + ")",
                            "give each publisher = \"…\", year = …, url = \"https://…\": a trainer must be able to find it");
}

}  // namespace senales
