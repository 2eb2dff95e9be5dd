// One key map for the whole game: no key does two things, every key the platform is asked to
// name is used, and the README's table of keys is this map.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "app/library.h"
#include "ui/key_map.h"
#include "wording/wording.h"

namespace senales::test {
namespace {

TEST(KeyMap, NoKeyDoesTwoThings) {
    std::map<std::pair<ui::Key, bool>, ui::Action> owner;
    for (const ui::Binding& b : ui::key_map()) {
        EXPECT_FALSE(b.chords.empty());
        for (const ui::Chord& chord : b.chords) {
            const auto [at, fresh] = owner.emplace(std::make_pair(chord.key, chord.shift), b.action);
            EXPECT_TRUE(fresh || at->second == b.action)
                << (chord.shift ? "Shift+" : "") << ui::key_name(chord.key) << " is bound to two actions";
            EXPECT_TRUE(fresh) << ui::key_name(chord.key) << " is listed twice";
        }
    }
    // Every key the game asks the platform for does something.
    for (std::size_t k = 0; k < ui::kKeyCount; ++k)
        EXPECT_TRUE(owner.count({static_cast<ui::Key>(k), false}) || owner.count({static_cast<ui::Key>(k), true}))
            << ui::key_name(static_cast<ui::Key>(k)) << " is in no binding";
}

TEST(KeyMap, EveryActionHasItsKeys) {
    std::set<ui::Action> actions;
    for (const ui::Binding& b : ui::key_map()) EXPECT_TRUE(actions.insert(b.action).second) << "an action bound twice";
    EXPECT_EQ(ui::chords_text(ui::binding(ui::Action::previous_widget)), "Shift+Tab");
    EXPECT_EQ(ui::chords_text(ui::binding(ui::Action::press_focused)), "Enter, Space");
}

TEST(KeyMap, TheReadmeListsExactlyTheseKeys) {
    Library library(SENALES_SOURCE_DIR);
    Diagnostics diagnostics;
    ASSERT_TRUE(library.load_catalog(diagnostics)) << diagnostics.format();
    const std::string table = ui::key_map_markdown(library.wording(Lang::en));
    std::ifstream in(std::filesystem::path(SENALES_SOURCE_DIR) / "README.md");
    std::stringstream readme;
    readme << in.rdbuf();
    EXPECT_NE(readme.str().find(table), std::string::npos) << "README.md should hold this table of keys:\n" << table;
}

}  // namespace
}  // namespace senales::test
