// Which texts a player may be shown, and how any bytes are made safe to print in a message.

#include "script/plain_text.h"

#include <gtest/gtest.h>

namespace senales {
namespace {

TEST(TextProblem, PlainUtf8IsFine) {
    for (const char* text : {"", "Hola", "Señales: ¿qué ves?", "tab\there", "two\nlines\r\n", "\xF0\x9F\x98\x80",
                             "\xEF\xBF\xBD", "\xF4\x8F\xBF\xBF"})
        EXPECT_FALSE(text_problem(text)) << text;
}

TEST(TextProblem, BrokenUtf8IsNamedWithItsPosition) {
    const struct {
        const char* text;
        const char* says;
    } cases[] = {
        {"caf\xE9", "not UTF-8 text (at byte 4)"},        // Latin-1 é
        {"\x80", "not UTF-8 text (at byte 1)"},           // a lone continuation byte
        {"a\xC0\x80", "not UTF-8 text (at byte 2)"},      // an overlong NUL
        {"\xE0\x80\xAF", "not UTF-8 text (at byte 1)"},   // an overlong '/'
        {"\xED\xA0\x80", "not UTF-8 text (at byte 1)"},   // a surrogate
        {"\xF4\x90\x80\x80", "not UTF-8 text (at byte 1)"},  // past U+10FFFF
        {"\xE2\x82", "not UTF-8 text (at byte 1)"},       // cut short
        {"\xFF", "not UTF-8 text (at byte 1)"},
    };
    for (const auto& c : cases) {
        const std::optional<std::string> problem = text_problem(c.text);
        ASSERT_TRUE(problem) << c.text;
        EXPECT_NE(problem->find(c.says), std::string::npos) << *problem;
    }
}

TEST(TextProblem, ControlCharactersAreRefused) {
    for (const std::string& text : {std::string("a\0b", 3), std::string("\x1b[2J"), std::string("bell\a"),
                                   std::string("del\x7f")}) {
        const std::optional<std::string> problem = text_problem(text);
        ASSERT_TRUE(problem);
        EXPECT_NE(problem->find("control character"), std::string::npos) << *problem;
    }
}

TEST(Printable, ReplacesWhatCannotBePrinted) {
    EXPECT_EQ(printable("ok ñ"), "ok ñ");
    EXPECT_EQ(printable("caf\xE9!"), "caf\xEF\xBF\xBD!");
    EXPECT_EQ(printable("\x1b[2Jx"), "\xEF\xBF\xBD[2Jx");
    EXPECT_EQ(printable("a\r\nb"), "a\xEF\xBF\xBD\nb");
}

TEST(Printable, CutsLongTextAtACharacterBoundary) {
    const std::string long_text(1000, 'x');
    EXPECT_EQ(printable(long_text, 10), std::string(10, 'x') + "\xE2\x80\xA6");
    const std::string accents = "ñññññ";  // two bytes each
    const std::string cut = printable(accents, 3);
    EXPECT_EQ(cut, "ññ\xE2\x80\xA6");
    EXPECT_FALSE(text_problem(cut));
}

}  // namespace
}  // namespace senales
