// Texts in words: Spanish and English as written, any other language from its translators' file,
// and Spanish (the source) wherever that file has nothing current.

#include <gtest/gtest.h>

#include "wording/wording.h"

using namespace senales;

namespace {

Text text(const std::string& key, const std::string& es, const std::string& en) { return {es, en, key}; }

LanguagePack pseudo() {
    LanguagePack pack;
    pack.lang = *parse_lang("xx");
    pack.name = "Pseudo";
    pack.by_key["s/a"] = {"Uno", "[xx] Uno", false, "xx.po", 10};
    pack.by_key["s/b"] = {"Dos", "[xx] Dos", true, "xx.po", 20};          // marked fuzzy by a tool
    pack.by_key["s/c"] = {"Tres antes", "[xx] Tres", false, "xx.po", 30};  // the Spanish changed since
    pack.by_key["ui/hello"] = {"Hola, {}", "[xx] Hola, {}", false, "xx.po", 40};
    return pack;
}

}  // namespace

TEST(Wording, SpanishAndEnglishAreAsWritten) {
    TextTable none;
    const Text t = text("s/a", "Uno", "One");
    EXPECT_EQ(Wording(Lang::es, none).of(t), "Uno");
    EXPECT_EQ(Wording(Lang::en, none).of(t), "One");
    EXPECT_TRUE(Wording(Lang::en, none).translated(t));
}

TEST(Wording, AnotherLanguageFallsBackToSpanishWhereItsFileHasNothingCurrent) {
    TextTable none;
    const LanguagePack pack = pseudo();
    const Wording words(pack.lang, none, &pack);
    EXPECT_EQ(words.of(text("s/a", "Uno", "One")), "[xx] Uno");
    EXPECT_TRUE(words.translated(text("s/a", "Uno", "One")));
    EXPECT_EQ(words.of(text("s/b", "Dos", "Two")), "Dos");           // fuzzy
    EXPECT_EQ(words.of(text("s/c", "Tres", "Three")), "Tres");       // its source changed
    EXPECT_EQ(words.of(text("s/d", "Cuatro", "Four")), "Cuatro");    // not in the file
    EXPECT_FALSE(words.translated(text("s/c", "Tres", "Three")));
    const Wording no_file(pack.lang, none);
    EXPECT_EQ(no_file.of(text("s/a", "Uno", "One")), "Uno");         // never English
}

TEST(Wording, InterfaceTextsAreFilledInOrderAndStable) {
    TextTable table;
    table.texts["hello"] = text("ui/hello", "Hola, {}", "Hello, {}");
    const LanguagePack pack = pseudo();
    const Wording words(pack.lang, table, &pack);
    EXPECT_EQ(words.ui("hello", {"Ana"}), "[xx] Hola, Ana");
    EXPECT_EQ(&words.ui("hello"), &words.ui("hello"));
    EXPECT_EQ(Wording(Lang::en, table).ui("hello", {"Ana"}), "Hello, Ana");
    EXPECT_EQ(words.ui("no_such_key"), "[no_such_key]");
    EXPECT_EQ(fill("{} de {}", {"1", "2", "3"}), "1 de 2");
}

TEST(Lang, CodesAreBcp47TagsInLowerCase) {
    EXPECT_EQ(parse_lang("quc")->code(), "quc");
    EXPECT_EQ(parse_lang("es-GT")->code(), "es-gt");
    EXPECT_TRUE(parse_lang("kek"));
    EXPECT_FALSE(parse_lang(""));
    EXPECT_FALSE(parse_lang("k"));
    EXPECT_FALSE(parse_lang("es_GT"));
    EXPECT_FALSE(parse_lang("../etc"));
    EXPECT_FALSE(parse_lang("es--gt"));
    EXPECT_TRUE(Lang::es == *parse_lang("ES"));
}
