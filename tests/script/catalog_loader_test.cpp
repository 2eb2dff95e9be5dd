// Reading the catalog files: the fixture catalog, each kind of mistake with its file:line, and the
// real catalog the game ships, when it is there.

#include "script/catalog_loader.h"

#include <gtest/gtest.h>

#include <map>

#include "test_support.h"

namespace senales {
namespace {

using test::find_code;
using test::kFixtureCatalog;
using test::kLuaRoot;
using test::replaced;

class CatalogLoaderTest : public ::testing::Test {
protected:
    // The fixture catalog, copied to a temp folder with one file's text changed by `edit`.
    std::optional<Catalog> load_edited(const char* file, const std::function<std::string(std::string)>& edit) {
        for (const char* name : kCatalogFiles) {
            std::string text = read_whole_file(kFixtureCatalog / name).value_or("");
            if (std::string_view(name) == file) text = edit(text);
            folder_.write(name, text);
        }
        return load_catalog_folder(folder_.path(), kLuaRoot, diagnostics_);
    }

    std::optional<Catalog> load_replacing(const char* file, std::string_view from, std::string_view to) {
        return load_edited(file, [&](std::string text) { return replaced(std::move(text), from, to); });
    }

    Diagnostic expect(std::string_view code) const {
        const Diagnostic* found = find_code(diagnostics_, code);
        EXPECT_NE(found, nullptr) << "no " << code << " in:\n" << diagnostics_.format();
        return found ? *found : Diagnostic{};
    }

    std::string path_of(const char* name) const { return (folder_.path() / name).string(); }

    test::TempFolder folder_;
    Diagnostics diagnostics_;
};

TEST_F(CatalogLoaderTest, FixtureCatalogLoads) {
    const std::optional<Catalog> catalog = load_catalog_folder(kFixtureCatalog, kLuaRoot, diagnostics_);
    ASSERT_TRUE(catalog) << diagnostics_.format();
    EXPECT_TRUE(diagnostics_.items().empty()) << diagnostics_.format();
    EXPECT_EQ(catalog->sources.size(), 2u);
    EXPECT_EQ(catalog->principles.size(), 1u);
    EXPECT_EQ(catalog->indicators.size(), 2u);
    EXPECT_EQ(catalog->practices.size(), 1u);
    EXPECT_EQ(catalog->harms.size(), 1u);

    const Source* source = catalog->source("1");
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(source->title, "A test source");
    EXPECT_EQ(source->url, "https://example.org/1");
    EXPECT_EQ(source->where.line, 3);
    EXPECT_EQ(source->where.file, (kFixtureCatalog / "sources.lua").string());
    EXPECT_EQ(catalog->source("2")->url, "");

    const Indicator* indicator = catalog->indicator("documents_held");
    ASSERT_NE(indicator, nullptr);
    EXPECT_EQ(indicator->dimension, Dimension::coercion_at_destination);
    EXPECT_EQ(indicator->strength, Strength::strong);
    EXPECT_EQ(indicator->name.en, "Documents held");
    EXPECT_EQ(indicator->sources, (std::vector<std::string>{"1", "2"}));
    EXPECT_EQ(indicator->where.line, 2);
    EXPECT_EQ(catalog->indicator("debt_bondage")->where.line, 10);

    const Harm* harm = catalog->harm("interview_in_front_of_companion");
    ASSERT_NE(harm, nullptr);
    EXPECT_EQ(harm->severity, Severity::serious);
    EXPECT_EQ(harm->child_severity, Severity::grave);
    EXPECT_EQ(harm->principle, "do_no_harm");
    EXPECT_EQ(harm->instead.es, "Hablar a solas.");
    EXPECT_EQ(harm->where.line, 8);
    EXPECT_EQ(catalog->practice("separate_from_companion")->where.line, 2);
    EXPECT_EQ(catalog->principle("do_no_harm")->where.line, 2);
}

TEST_F(CatalogLoaderTest, DuplicateIdIsReportedAtTheSecondNamingTheFirst) {
    EXPECT_FALSE(load_replacing("sources.lua", "  source \"2\" {", "  source \"1\" {"));
    const Diagnostic d = expect("duplicate-id");
    EXPECT_EQ(d.file, path_of("sources.lua"));
    EXPECT_EQ(d.line, 4);
    EXPECT_NE(d.message.find(path_of("sources.lua") + ":3"), std::string::npos) << d.message;
}

TEST_F(CatalogLoaderTest, UnknownDimensionSuggestsTheClosest) {
    EXPECT_FALSE(load_replacing("indicators.lua", "\"coercion_at_destination\"", "\"coercion_at_destinaton\""));
    const Diagnostic d = expect("bad-value");
    EXPECT_EQ(d.file, path_of("indicators.lua"));
    EXPECT_EQ(d.line, 2);
    EXPECT_NE(d.message.find("dimension"), std::string::npos);
    EXPECT_NE(d.hint.find("\"coercion_at_destination\""), std::string::npos) << d.hint;
}

TEST_F(CatalogLoaderTest, UnknownStrengthIsReported) {
    EXPECT_FALSE(load_replacing("indicators.lua", "strength = \"medium\"", "strength = \"average\""));
    const Diagnostic d = expect("bad-value");
    EXPECT_EQ(d.line, 10);
    EXPECT_NE(d.message.find("strength"), std::string::npos);
}

TEST_F(CatalogLoaderTest, UnknownSeverityIsReported) {
    EXPECT_FALSE(load_replacing("practices.lua", "\"serious\"", "\"seriuos\""));
    const Diagnostic d = expect("bad-value");
    EXPECT_EQ(d.line, 8);
    EXPECT_NE(d.hint.find("serious"), std::string::npos) << d.hint;
}

TEST_F(CatalogLoaderTest, MissingRequiredFieldIsReported) {
    EXPECT_FALSE(load_replacing("practices.lua", "severity = \"serious\",", ""));
    const Diagnostic d = expect("missing-field");
    EXPECT_EQ(d.line, 8);
    EXPECT_NE(d.message.find("severity"), std::string::npos) << d.message;
}

TEST_F(CatalogLoaderTest, WrongTypedFieldIsReported) {
    EXPECT_FALSE(load_replacing("principles.lua", "sources = { \"1\" }", "sources = 1"));
    const Diagnostic d = expect("wrong-type");
    EXPECT_EQ(d.file, path_of("principles.lua"));
    EXPECT_EQ(d.line, 2);
    EXPECT_NE(d.message.find("`sources` in principle \"do_no_harm\""), std::string::npos) << d.message;
}

TEST_F(CatalogLoaderTest, UnknownFieldIsAWarning) {
    const std::optional<Catalog> catalog = load_replacing("sources.lua", "url = \"https://example.org/1\"",
                                                          "url = \"https://example.org/1\", titel = \"x\"");
    ASSERT_TRUE(catalog) << diagnostics_.format();
    const Diagnostic d = expect("unknown-field");
    EXPECT_EQ(d.level, DiagnosticLevel::warning);
    EXPECT_NE(d.hint.find("`title`"), std::string::npos) << d.hint;
}

TEST_F(CatalogLoaderTest, MissingTranslationComesFromValidation) {
    EXPECT_FALSE(load_replacing("principles.lua", "en = \"Do no harm\"", "en = \"\""));
    const Diagnostic d = expect("missing-translation");
    EXPECT_EQ(d.line, 2);
    EXPECT_NE(d.message.find("English"), std::string::npos) << d.message;
}

TEST_F(CatalogLoaderTest, SyntaxErrorInOneFileHasThatFilesLine) {
    EXPECT_FALSE(load_replacing("indicators.lua", "strength = \"medium\",", "strength = \"medium\""));
    const Diagnostic d = expect("lua-syntax");
    EXPECT_EQ(d.file, path_of("indicators.lua"));
    EXPECT_EQ(d.line, 14);
}

TEST_F(CatalogLoaderTest, MissingFileIsReportedWithoutACascade) {
    for (const char* name : {"sources.lua", "principles.lua", "indicators.lua"})
        folder_.write(name, read_whole_file(kFixtureCatalog / name).value_or(""));
    EXPECT_FALSE(load_catalog_folder(folder_.path(), kLuaRoot, diagnostics_));
    EXPECT_EQ(expect("missing-file").file, path_of("practices.lua"));
    EXPECT_EQ(diagnostics_.items().size(), 1u) << diagnostics_.format();
}

TEST_F(CatalogLoaderTest, FileThatIsNotAListIsReported) {
    EXPECT_FALSE(load_edited("sources.lua", [](std::string) { return "return source \"1\" { title = \"x\" }\n"; }));
    expect("not-a-list");
}

// The catalog the game ships, written alongside this code: checked whenever it is there.
TEST(RealCatalog, LoadsWithoutErrors) {
    if (!std::filesystem::exists(kLuaRoot / "catalog" / "sources.lua")) GTEST_SKIP() << "scripts/lua/catalog not written yet";
    Diagnostics diagnostics;
    const std::optional<Catalog> catalog = load_catalog(kLuaRoot, diagnostics);
    EXPECT_TRUE(catalog) << diagnostics.format();
    EXPECT_FALSE(diagnostics.has_errors()) << diagnostics.format();
}

}  // namespace
}  // namespace senales
