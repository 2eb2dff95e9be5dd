// A trainee is found again however the name is typed: case, accents, spaces and composed or
// decomposed letters make no difference; names that cannot be kept are refused with a reason.

#include <gtest/gtest.h>

#include "core/names.h"

namespace senales {
namespace {

TEST(Names, OneTraineeHoweverTheNameIsTyped) {
    const std::string key = name_key("José López");
    EXPECT_EQ(name_key("jose lopez"), key);
    EXPECT_EQ(name_key("  JOSÉ   LÓPEZ "), key);
    EXPECT_EQ(name_key("Jose\u0301 Lo\u0301pez"), key) << "decomposed accents";
    EXPECT_EQ(name_key("Ｊｏｓé López"), key) << "full-width letters";
    EXPECT_NE(name_key("José Lópes"), key);
    EXPECT_EQ(name_key("Ñusta"), name_key("ñusta"));
    EXPECT_EQ(name_key("Ixchel Tzoc"), "ixchel tzoc");
}

TEST(Names, ANameIsKeptTidyAsTyped) {
    EXPECT_EQ(tidy_name("  María   de los  Ángeles "), "María de los Ángeles");
    EXPECT_EQ(tidy_name("Jose\u0301"), "José") << "composed, so it shows and counts as one letter";
    EXPECT_EQ(tidy_name("Ana\u00a0Pérez"), "Ana Pérez") << "a no-break space is a space";
    EXPECT_EQ(tidy_name("Aj'pop"), "Aj'pop");
}

TEST(Names, EmptyTooLongOrNotTextIsRefused) {
    EXPECT_EQ(name_problem(tidy_name("")), NameProblem::empty);
    EXPECT_EQ(name_problem(tidy_name("   \t ")), NameProblem::empty);
    EXPECT_EQ(name_problem(tidy_name(std::string(kMaxNameLength, 'a'))), NameProblem::none);
    EXPECT_EQ(name_problem(tidy_name(std::string(kMaxNameLength + 1, 'a'))), NameProblem::too_long);
    std::string long_accented;
    for (std::size_t i = 0; i < kMaxNameLength; ++i) long_accented += "é";
    EXPECT_EQ(name_problem(tidy_name(long_accented)), NameProblem::none) << "characters, not bytes";
    EXPECT_EQ(name_problem(tidy_name("Ana\x01")), NameProblem::not_text);
    EXPECT_EQ(name_problem(tidy_name("Ana \xff")), NameProblem::not_text);
    EXPECT_EQ(name_problem(tidy_name("Ana 🌽")), NameProblem::none) << "an emoji is text; the font layer draws a substitute";
}

}  // namespace
}  // namespace senales
