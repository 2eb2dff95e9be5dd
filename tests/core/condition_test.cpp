#include <gtest/gtest.h>

#include "core/condition.h"

using senales::Condition;

namespace {

const std::vector<std::string> kVariables = {"trust", "safety"};

Condition parsed(const std::string& text) {
    auto result = Condition::parse(text, kVariables);
    EXPECT_TRUE(std::holds_alternative<Condition>(result)) << text;
    return std::get<Condition>(result);
}

Condition::ParseError error_of(const std::string& text) {
    auto result = Condition::parse(text, kVariables);
    EXPECT_TRUE(std::holds_alternative<Condition::ParseError>(result)) << text;
    return std::holds_alternative<Condition::ParseError>(result) ? std::get<Condition::ParseError>(result)
                                                                  : Condition::ParseError{};
}

}  // namespace

TEST(Condition, ComparesVariablesWithNumbers) {
    EXPECT_TRUE(parsed("trust >= 2").holds({2, 0}));
    EXPECT_FALSE(parsed("trust >= 2").holds({1, 0}));
    EXPECT_TRUE(parsed("trust == 1").holds({1, 0}));
    EXPECT_TRUE(parsed("trust ~= 1").holds({2, 0}));
    EXPECT_TRUE(parsed("trust != 1").holds({2, 0}));
    EXPECT_TRUE(parsed("safety < -1").holds({0, -2}));
    EXPECT_TRUE(parsed("trust > safety").holds({3, 2}));
}

TEST(Condition, CombinesWithAndOrNotAndParentheses) {
    Condition c = parsed("trust >= 2 and not (safety < 1 or trust > 5)");
    EXPECT_TRUE(c.holds({2, 1}));
    EXPECT_FALSE(c.holds({2, 0}));
    EXPECT_FALSE(c.holds({6, 3}));
    EXPECT_FALSE(c.holds({1, 3}));
}

TEST(Condition, DefaultIsAlwaysTrue) {
    Condition c;
    EXPECT_TRUE(c.always_true());
    EXPECT_TRUE(c.holds({}));
}

TEST(Condition, ReportsUnknownVariableWithSuggestion) {
    auto error = error_of("turst >= 2");
    EXPECT_NE(error.message.find("unknown story variable 'turst'"), std::string::npos);
    EXPECT_NE(error.hint.find("did you mean 'trust'"), std::string::npos);
}

TEST(Condition, ExplainsCommonMistakes) {
    EXPECT_NE(error_of("trust = 2").hint.find("=="), std::string::npos);
    EXPECT_NE(error_of("trust > 1 && safety > 1").hint.find("and / or"), std::string::npos);
    EXPECT_NE(error_of("trust >=").message.find("ends too early"), std::string::npos);
    EXPECT_NE(error_of("(trust > 1").message.find("never closed"), std::string::npos);
    EXPECT_NE(error_of("   ").message.find("empty"), std::string::npos);
    EXPECT_NE(error_of("trust > 1 safety").message.find("unexpected"), std::string::npos);
}

TEST(Condition, RefusesHostileNestingAndLength) {
    std::string deep = std::string(10000, '(') + "trust" + std::string(10000, ')');
    EXPECT_NE(error_of(deep).message.find("nested too deeply"), std::string::npos);
    std::string nots;
    for (int i = 0; i < 10000; ++i) nots += "not ";
    EXPECT_NE(error_of(nots + "trust").message.find("nested too deeply"), std::string::npos);
    std::string chain = "trust > 0";
    for (int i = 0; i < 1000; ++i) chain += " and trust > 0";
    EXPECT_NE(error_of(chain).message.find("too long"), std::string::npos);
    EXPECT_NE(error_of("trust > 99999999999").message.find("too large"), std::string::npos);
}

TEST(Condition, ListsVariablesRead) {
    auto slots = parsed("safety > 1 or trust > 1").variables_read();
    ASSERT_EQ(slots.size(), 2u);
    EXPECT_EQ(slots[0], 1);
    EXPECT_EQ(slots[1], 0);
}
