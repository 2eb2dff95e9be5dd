// Sources a trainer can follow: the checker's warnings about the catalog's references.

#include <gtest/gtest.h>

#include "core/sources_check.h"

using namespace senales;

namespace {

// Field by field: GCC 12 wrongly warns (maybe-uninitialized) on the nested initializer list.
Source source(const std::string& id, const std::string& url, const std::string& publisher, int year) {
    Source s;
    s.id = id;
    s.title = "Title " + id;
    s.url = url;
    s.where.file = "sources.lua";
    s.where.line = 1;
    s.publisher = publisher;
    s.year = year;
    return s;
}

int count(const Diagnostics& d, const std::string& code) {
    int n = 0;
    for (const Diagnostic& item : d.items()) n += item.code == code;
    return n;
}

}  // namespace

TEST(SourcesCheck, WarnsAboutWhatATrainerCouldNotFollow) {
    Catalog catalog;
    catalog.sources["good"] = source("good", "https://www.unodc.org/unodc/en/human-trafficking/", "UNODC", 2009);
    catalog.sources["mirror"] = source("mirror", "https://issuu.com/someone/docs/manual", "WHO", 2003);
    catalog.sources["off"] = source("off", "https://example.org/ilo-copy.pdf", "ILO", 2009);
    catalog.sources["twin"] = source("twin", "https://www.unodc.org/unodc/en/human-trafficking/", "UNODC", 2009);
    catalog.sources["bare"] = source("bare", "", "", 0);
    catalog.sources["unused"] = source("unused", "https://www.ilo.org/x", "ILO", 2012);
    Principle p;
    p.id = "p";
    p.sources = {"good", "mirror", "off", "twin", "bare"};
    catalog.principles["p"] = p;

    Diagnostics d;
    check_sources(catalog, d);
    EXPECT_EQ(count(d, "source-not-publisher"), 2) << d.format();  // the mirror, and ILO off ilo.org
    EXPECT_EQ(count(d, "duplicate-source"), 1) << d.format();
    EXPECT_EQ(count(d, "unused-source"), 1) << d.format();
    EXPECT_EQ(count(d, "incomplete-source"), 1) << d.format();  // one message for all of them
    for (const Diagnostic& item : d.items()) {
        EXPECT_EQ(item.level, DiagnosticLevel::warning);
        EXPECT_FALSE(item.hint.empty()) << item.code;
        EXPECT_EQ(item.file, "sources.lua");
    }
    EXPECT_NE(d.format().find("points at issuu.com, a document-sharing site"), std::string::npos) << d.format();
    EXPECT_NE(d.format().find("published by ILO but points at example.org"), std::string::npos) << d.format();
}

TEST(SourcesCheck, HostsAreReadAsAPersonReadsThem) {
    EXPECT_EQ(url_host("https://www.UNODC.org/unodc/en/"), "unodc.org");
    EXPECT_EQ(url_host("https://issuu.com./oimntca/docs/x"), "issuu.com");
    EXPECT_EQ(url_host("http://sherloc.unodc.org:8080/cld"), "sherloc.unodc.org");
    EXPECT_EQ(url_host("ftp://unodc.org/x"), "");
    EXPECT_EQ(url_host("not a url"), "");
}
