#include <gtest/gtest.h>

#include "core/coverage.h"
#include "fixture.h"

using namespace senales;

namespace {

const CoverageItem& item(const std::vector<CoverageItem>& items, const std::string& id) {
    for (const CoverageItem& i : items)
        if (i.id == id) return i;
    throw std::runtime_error("no coverage item " + id);
}

}  // namespace

class CoverageTest : public ::testing::Test {
protected:
    Catalog catalog = fixture::catalog();
    Scenario scenario = fixture::scenario(catalog);
};

TEST_F(CoverageTest, CountsOnlyWhatSomePathShowsOrOffers) {
    catalog.indicators["recruited"] = {"recruited", Dimension::deceptive_recruitment, Element::means, Strength::strong,
                                       fixture::t("Deceived"), fixture::t("x"), {"1"}, {}};
    catalog.principles["who_do_no_harm"] = {"who_do_no_harm", fixture::t("Do no harm"), fixture::t("x"), {"1"}, {}};
    catalog.harms["walk_away"].principle = "who_do_no_harm";
    // A sign in the scene nobody reaches teaches nothing.
    scenario.scenes[3].details.push_back({"offer", fixture::t("An offer"), "recruited", {}, {}, {}});
    ExplorationReport report = explore(scenario, catalog);
    auto items = library_coverage({{&scenario, &report}}, catalog);

    EXPECT_EQ(item(items, "coercion_at_destination").scenarios, std::vector<std::string>{"fixture"});
    EXPECT_TRUE(item(items, "deceptive_recruitment").scenarios.empty());
    EXPECT_EQ(item(items, "who_do_no_harm").scenarios, std::vector<std::string>{"fixture"});
    EXPECT_TRUE(item(items, "who_do_no_harm").known);
    EXPECT_FALSE(item(items, "trafficking_vs_smuggling").known);  // not in this catalog
    EXPECT_EQ(items.size(), 6u + std::size(kRequiredPrinciples));
}
