// Who is playing: a name that cannot be kept is refused with a reason, the audience is always an
// explicit choice, recent names are offered, every guest session is its own trainee, and a name
// the fonts cannot draw stays visible.

#include "records/record_store.h"
#include "ui_harness.h"

namespace senales::test {
namespace {

using ui::Screen;

void to_who(Harness& h) {
    h.tick(3);
    h.press(SDL_SCANCODE_RETURN);
    ASSERT_EQ(h.flow().screen(), Screen::who);
}

TEST(Identity, ANameOfOnlySpacesIsRefusedWithAMessageAndEnterNeverPicksAnAudience) {
    Harness h;
    ASSERT_TRUE(h.ok()) << h.errors();
    to_who(h);
    h.type("   ");
    ASSERT_TRUE(h.click("audience:consular"));
    ASSERT_TRUE(h.click("continue"));
    EXPECT_EQ(h.flow().screen(), Screen::who);
    EXPECT_EQ(h.flow().game().trainee(), "");
    // A real name, and Enter: the audience chosen above stays the one chosen.
    ASSERT_TRUE(h.click("back"));
    to_who(h);
    h.type("Marta");
    h.press(SDL_SCANCODE_RETURN);
    EXPECT_EQ(h.flow().screen(), Screen::who) << "no audience was chosen on this visit";
    EXPECT_FALSE(h.flow().game().audience());
    ASSERT_TRUE(h.click("audience:community"));
    h.press(SDL_SCANCODE_RETURN);  // the focus moved to "Continue"
    ASSERT_EQ(h.flow().screen(), Screen::list);
    EXPECT_EQ(h.flow().game().audience(), Audience::community);
}

TEST(Identity, ATooLongNameIsRefusedAndTheFieldStopsAtTheLimit) {
    Harness h;
    ASSERT_TRUE(h.ok()) << h.errors();
    to_who(h);
    // SDL carries at most 31 bytes of text per event: type it as a person would, a bit at a time.
    for (std::size_t typed = 0; typed < kMaxNameLength + 10; typed += 10) h.type(std::string(10, 'a'));
    ASSERT_TRUE(h.click("audience:police"));
    ASSERT_TRUE(h.click("continue"));
    ASSERT_EQ(h.flow().screen(), Screen::list);
    EXPECT_EQ(h.flow().game().trainee(), std::string(kMaxNameLength, 'a'));
}

TEST(Identity, EveryGuestSessionIsItsOwnTraineeAndDeletesOnlyItsOwnRecords) {
    RecordsFolder folder;
    for (int session = 0; session < 2; ++session) {
        Harness h({}, 1280, 720, folder.file());
        ASSERT_TRUE(h.ok()) << h.errors();
        start_by_keyboard(h, "");
        h.press(digit_key(1));
        h.flow().leave();
    }
    {
        std::vector<std::string> notices;
        auto store = records::RecordStore::open(folder.file(), notices);
        const std::vector<records::Attempt> attempts = store->attempts();
        ASSERT_EQ(attempts.size(), 2u);
        EXPECT_TRUE(attempts[0].guest && attempts[1].guest);
        EXPECT_NE(attempts[0].trainee, attempts[1].trainee);
        EXPECT_NE(attempts[0].pseudonym, attempts[1].pseudonym);
        EXPECT_TRUE(store->trainees().empty()) << "guests are not listed as trainees";
    }
    Harness h({}, 1280, 720, folder.file());
    ASSERT_TRUE(h.ok()) << h.errors();
    start_by_keyboard(h, "");
    h.flow().leave();
    h.tick(2);
    ASSERT_TRUE(h.click("progress"));
    ASSERT_EQ(h.flow().game().progress().attempts.size(), 1u) << "this guest's attempt only";
    ASSERT_TRUE(h.click("delete"));
    ASSERT_TRUE(h.click("delete:yes"));
    std::vector<std::string> notices;
    EXPECT_EQ(records::RecordStore::open(folder.file(), notices)->attempts().size(), 2u)
        << "the other guests' attempts stay";
}

TEST(Identity, RecentNamesAreOfferedAndPickingOneSignsInAsThatTrainee) {
    RecordsFolder folder;
    for (const char* name : {"Ana López", "Beto"}) {
        Harness h({}, 1280, 720, folder.file());
        ASSERT_TRUE(h.ok()) << h.errors();
        start_by_keyboard(h, name);
        h.flow().leave();
    }
    Harness h({}, 1280, 720, folder.file());
    ASSERT_TRUE(h.ok()) << h.errors();
    to_who(h);
    ASSERT_TRUE(h.has_probe("recent:1"));
    ASSERT_TRUE(h.has_probe("recent:2"));
    ASSERT_TRUE(h.click("recent:2"));  // latest first: Beto, then Ana López
    ASSERT_TRUE(h.click("audience:police"));
    h.press(SDL_SCANCODE_RETURN);
    ASSERT_EQ(h.flow().screen(), Screen::list);
    EXPECT_EQ(h.flow().game().trainee(), "Ana López");
}

TEST(Identity, ANameTheFontsCannotDrawStaysVisible) {
    Harness h;
    ASSERT_TRUE(h.ok()) << h.errors();
    to_who(h);
    h.type("Ana 🌽");
    ASSERT_TRUE(h.click("audience:police"));
    h.press(SDL_SCANCODE_RETURN);
    ASSERT_EQ(h.flow().screen(), Screen::list);
    EXPECT_EQ(h.flow().game().trainee(), "Ana □");
    EXPECT_EQ(h.flow().game().trainee_or_guest(), "Ana □");
}

}  // namespace
}  // namespace senales::test
