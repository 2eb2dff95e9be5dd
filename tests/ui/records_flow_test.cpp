// The game window and the records file: every step saved as it is taken, going on after the
// window was closed, My progress, the class summary, and deleting a trainee's records.

#include <fstream>
#include <random>

#include "core/explorer.h"
#include "records/pin.h"
#include "records/record_store.h"
#include "records/exports.h"
#include "ui_harness.h"

namespace senales::test {
namespace {

using ui::Screen;

std::vector<records::Attempt> attempts_in(const std::filesystem::path& file) {
    std::vector<std::string> notices;
    return records::RecordStore::open(file, notices)->attempts();
}

// From the title, gives `name` on "who is playing" and goes on with the unfinished attempt offered.
void go_on_as(Harness& h, const std::string& name) {
    h.tick(3);
    h.press(SDL_SCANCODE_RETURN);
    h.type(name);
    h.press(SDL_SCANCODE_RETURN);  // to the audience
    h.press(SDL_SCANCODE_RETURN);  // police, then to "Continue"
    h.press(SDL_SCANCODE_RETURN);
    ASSERT_EQ(h.flow().screen(), Screen::resume);
    h.press(SDL_SCANCODE_RETURN);  // "Go on where I left off" has the focus
    // First a recap of the decisions so far ("Until now you…"), then the scene.
    ASSERT_EQ(h.flow().screen(), Screen::history);
    h.press(SDL_SCANCODE_RETURN);  // "Back" has the focus
    ASSERT_EQ(h.flow().screen(), Screen::scene);
}

// Plays the explored path `steps` by flow actions, passing cards, up to the debrief.
void play_to_debrief(Harness& h, const std::vector<Step>& steps) {
    for (const Step& step : steps) {
        if (step.kind != Step::Kind::choose) {
            h.flow().toggle_flag(step.detail);
            continue;
        }
        ASSERT_EQ(h.flow().choose(offered_number(*h.flow().game().runner(), step.choice)), std::nullopt);
        while (h.flow().screen() == Screen::feedback || h.flow().screen() == Screen::discussion) h.flow().continue_story();
    }
    ASSERT_EQ(h.flow().screen(), Screen::ending);
    h.flow().show_debrief();
    h.tick(2);
}

TEST(GameRecords, ClosingTheWindowMidScenarioOffersToGoOnExactlyWhereItWas) {
    RecordsFolder folder;
    StoryState before;
    std::string scenario_id;
    {
        Harness h({}, 1280, 720, folder.file());
        ASSERT_TRUE(h.ok()) << h.errors();
        start_by_keyboard(h, "Ana");
        h.press(digit_key(1));
        ASSERT_EQ(h.flow().screen(), Screen::scene);
        const Runner& runner = *h.flow().game().runner();
        ASSERT_FALSE(runner.visible_details().empty());
        ASSERT_TRUE(h.click("flag:" + runner.scene().details[static_cast<std::size_t>(runner.visible_details()[0])].id));
        before = h.flow().game().runner()->state();
        scenario_id = h.flow().game().scenario()->id;
        ASSERT_EQ(before.flagged.size(), 1u);
        ASSERT_EQ(before.decisions.size(), 1u);
    }  // the window closes with the scenario open

    const std::vector<records::Attempt> saved = attempts_in(folder.file());
    ASSERT_EQ(saved.size(), 1u);
    EXPECT_EQ(saved[0].status, records::AttemptStatus::in_progress);
    ASSERT_EQ(saved[0].steps.size(), before.steps.size());
    EXPECT_EQ(saved[0].steps[0].step.kind, Step::Kind::choose);
    EXPECT_EQ(saved[0].steps[1].step.kind, Step::Kind::flag);

    Harness h({}, 1280, 720, folder.file());
    ASSERT_TRUE(h.ok()) << h.errors();
    go_on_as(h, "Ana");
    EXPECT_EQ(h.flow().game().scenario()->id, scenario_id);
    EXPECT_EQ(h.flow().game().runner()->state().scene, before.scene);
    EXPECT_EQ(h.flow().game().runner()->state().flagged, before.flagged);
    EXPECT_EQ(h.flow().game().runner()->state().variables, before.variables);

    // It goes on saving into the same attempt.
    h.press(digit_key(1));
    const std::vector<records::Attempt> after = attempts_in(folder.file());
    ASSERT_EQ(after.size(), 1u);
    EXPECT_EQ(after[0].steps.size(), before.steps.size() + 1);
}

// The order a trainee saw is part of the attempt: going on after closing the window shows the
// same order, even though this session would draw another for a new attempt.
TEST(GameRecords, GoingOnShowsTheChoicesInTheOrderTheAttemptHad) {
    RecordsFolder folder;
    std::vector<int> shown_before;
    std::uint32_t seed = 0;
    {
        Harness h({}, 1280, 720, folder.file(), 11);
        ASSERT_TRUE(h.ok()) << h.errors();
        start_by_keyboard(h, "Rosa");
        h.press(digit_key(1));
        shown_before = h.flow().game().runner()->available_choices();
        seed = h.flow().game().runner()->state().order.seed;
    }
    EXPECT_EQ(seed, 11u);
    EXPECT_EQ(attempts_in(folder.file())[0].seed, 11u);
    Harness h({}, 1280, 720, folder.file(), 12);
    ASSERT_TRUE(h.ok()) << h.errors();
    go_on_as(h, "Rosa");
    EXPECT_EQ(h.flow().game().runner()->state().order.seed, 11u);
    EXPECT_EQ(h.flow().game().runner()->available_choices(), shown_before);
}

TEST(GameRecords, StartingOverKeepsTheUnfinishedAttemptAsAbandoned) {
    RecordsFolder folder;
    {
        Harness h({}, 1280, 720, folder.file());
        ASSERT_TRUE(h.ok()) << h.errors();
        start_by_keyboard(h, "Luis");
        h.press(digit_key(1));
    }
    Harness h({}, 1280, 720, folder.file());
    h.tick(3);
    h.flow().go(Screen::who);
    h.tick(2);
    h.type("  LUIS ");  // the same trainee however the name is typed
    h.press(SDL_SCANCODE_RETURN);
    h.press(SDL_SCANCODE_RETURN);
    h.press(SDL_SCANCODE_RETURN);
    ASSERT_EQ(h.flow().screen(), Screen::resume);
    EXPECT_EQ(h.flow().game().trainee(), "LUIS");
    ASSERT_TRUE(h.click("resume:start_over"));
    EXPECT_EQ(h.flow().screen(), Screen::list);
    const std::vector<records::Attempt> saved = attempts_in(folder.file());
    ASSERT_EQ(saved.size(), 1u);
    EXPECT_EQ(saved[0].status, records::AttemptStatus::abandoned);
}

TEST(GameRecords, LeavingFromThePauseMenuIsAnAbandonedAttemptAndNothingIsOfferedNextTime) {
    RecordsFolder folder;
    Harness h({}, 1280, 720, folder.file());
    ASSERT_TRUE(h.ok()) << h.errors();
    start_by_keyboard(h, "Eva");
    h.press(digit_key(1));
    h.press(SDL_SCANCODE_ESCAPE);
    ASSERT_EQ(h.flow().screen(), Screen::pause);
    ASSERT_TRUE(h.click("leave"));
    ASSERT_EQ(h.flow().screen(), Screen::leave) << "leaving asks what becomes of the attempt";
    ASSERT_TRUE(h.click("leave:abandon"));
    ASSERT_EQ(h.flow().screen(), Screen::list);
    EXPECT_EQ(attempts_in(folder.file()).at(0).status, records::AttemptStatus::abandoned);
    EXPECT_FALSE(h.has_probe("resume:go_on"));
    h.flow().go(Screen::who);
    h.tick(2);
    h.press(SDL_SCANCODE_RETURN);  // the name field still says Eva
    EXPECT_EQ(h.flow().screen(), Screen::list);
}

TEST(GameRecords, LeavingKeepsTheAttemptToFinishLaterByDefaultAndTheListGoesOnWithIt) {
    RecordsFolder folder;
    Harness h({}, 1280, 720, folder.file());
    ASSERT_TRUE(h.ok()) << h.errors();
    start_by_keyboard(h, "Eva");
    h.press(digit_key(1));
    const StoryState before = h.flow().game().runner()->state();
    h.press(SDL_SCANCODE_ESCAPE);
    ASSERT_TRUE(h.click("leave"));
    ASSERT_EQ(h.flow().screen(), Screen::leave);
    h.press(SDL_SCANCODE_RETURN);  // "Keep it to finish later" has the focus
    ASSERT_EQ(h.flow().screen(), Screen::list);
    EXPECT_EQ(attempts_in(folder.file()).at(0).status, records::AttemptStatus::in_progress);
    ASSERT_TRUE(h.has_probe("resume:go_on"));
    h.press(SDL_SCANCODE_RETURN);  // and it has the focus on the list
    ASSERT_EQ(h.flow().screen(), Screen::history);  // the recap
    h.press(SDL_SCANCODE_ESCAPE);
    ASSERT_EQ(h.flow().screen(), Screen::scene);
    EXPECT_EQ(h.flow().game().runner()->state().steps.size(), before.steps.size());
    EXPECT_EQ(h.flow().game().runner()->scene().id, h.flow().game().scenario()->scenes[static_cast<std::size_t>(before.scene)].id);
    EXPECT_EQ(attempts_in(folder.file()).size(), 1u) << "the same attempt, going on";
}

TEST(GameRecords, AFinishedAttemptShowsInTheListMyProgressAndTheClassSummary) {
    RecordsFolder folder;
    Harness h({}, 1280, 720, folder.file());
    ASSERT_TRUE(h.ok()) << h.errors();
    start_by_keyboard(h, "Ana");
    const Scenario& scenario = *h.flow().game().scenario();
    const ExplorationReport report = explore(scenario, *h.flow().game().data().catalog);
    play_to_debrief(h, report.worst.steps);
    h.flow().restart();  // a second attempt, this time on the best path
    play_to_debrief(h, report.best.steps);
    ASSERT_TRUE(h.click("list"));
    ASSERT_EQ(h.flow().screen(), Screen::list);
    EXPECT_EQ(h.flow().game().best_score(scenario), report.best.score.overall);

    ASSERT_TRUE(h.click("progress"));
    ASSERT_EQ(h.flow().screen(), Screen::progress);
    ASSERT_EQ(h.flow().game().progress().attempts.size(), 2u);
    EXPECT_EQ(h.flow().game().progress().attempts[0].verdict, play::Verdict::not_passed);
    EXPECT_EQ(h.flow().game().progress().attempts[1].verdict, play::Verdict::passed);
    h.press(SDL_SCANCODE_ESCAPE);
    ASSERT_EQ(h.flow().screen(), Screen::list);

    ASSERT_TRUE(h.click("class_summary"));
    ASSERT_EQ(h.flow().screen(), Screen::facilitator_pin) << "the class summary is behind the facilitator's PIN";
    h.type("2468");
    h.press(SDL_SCANCODE_TAB);
    h.type("2468");
    h.press(SDL_SCANCODE_RETURN);
    ASSERT_EQ(h.flow().screen(), Screen::class_summary);
    ASSERT_EQ(h.flow().game().class_summary().size(), 1u);
    const play::ScenarioSummary& summary = h.flow().game().class_summary()[0];
    EXPECT_EQ(summary.scenario, scenario.id);
    EXPECT_EQ(summary.attempts, 2);
    EXPECT_EQ(summary.passed, 1);
    EXPECT_FALSE(summary.most_harms.empty()) << "the worst path commits harms";
    // Nothing was sent to a learning record store yet: the facilitator sees how much waits.
    std::size_t statements = 0;
    for (const records::Attempt& attempt : attempts_in(folder.file())) statements += records::attempt_statement_ids(attempt).size();
    EXPECT_GT(statements, 0u);
    EXPECT_EQ(h.flow().game().statements_waiting(), statements);
}

TEST(GameRecords, TryingAgainFromADecisionIsANewAttemptWithTheStepsUpToIt) {
    RecordsFolder folder;
    Harness h({}, 1280, 720, folder.file());
    ASSERT_TRUE(h.ok()) << h.errors();
    start_by_keyboard(h, "Ana");
    play_to_debrief(h, explore(*h.flow().game().scenario(), *h.flow().game().data().catalog).best.steps);
    h.flow().try_again_from(1);
    const std::vector<records::Attempt> saved = attempts_in(folder.file());
    ASSERT_EQ(saved.size(), 2u);
    EXPECT_EQ(saved[0].status, records::AttemptStatus::finished);
    EXPECT_EQ(saved[1].status, records::AttemptStatus::in_progress);
    EXPECT_FALSE(saved[0].rewound);
    EXPECT_TRUE(saved[1].rewound) << "played with the answers seen: never a best score";
    const StoryState& now = h.flow().game().runner()->state();
    ASSERT_EQ(saved[1].steps.size(), now.steps.size());
    // Each step is saved with the scene it was taken in: the first decision's scene for it.
    const std::size_t first_choice = now.decisions.at(0).step_index;
    EXPECT_EQ(saved[1].steps[first_choice].scene,
              h.flow().game().scenario()->scenes[static_cast<std::size_t>(now.decisions[0].scene)].id);
    // The same order as the attempt it came from: the trainee tries the same decision again.
    EXPECT_EQ(saved[1].seed, saved[0].seed);
    const Scene& first_scene = h.flow().game().scenario()->scenes[static_cast<std::size_t>(now.decisions[0].scene)];
    EXPECT_EQ(saved[1].steps[first_choice].choice_id,
              first_scene.choices[static_cast<std::size_t>(now.decisions[0].chosen)].id);
}

TEST(GameRecords, DeletingMyRecordsFromTheGameRemovesThemAfterAConfirmation) {
    RecordsFolder folder;
    Harness h({}, 1280, 720, folder.file());
    ASSERT_TRUE(h.ok()) << h.errors();
    start_by_keyboard(h, "Ana");
    play_to_debrief(h, explore(*h.flow().game().scenario(), *h.flow().game().data().catalog).best.steps);
    h.flow().leave();
    h.tick(2);
    ASSERT_TRUE(h.click("progress"));
    ASSERT_EQ(h.flow().game().progress().attempts.size(), 1u);
    ASSERT_TRUE(h.click("delete"));
    EXPECT_EQ(attempts_in(folder.file()).size(), 1u) << "nothing goes before the confirmation";
    ASSERT_TRUE(h.click("delete:yes"));
    EXPECT_TRUE(h.flow().game().progress().attempts.empty());
    EXPECT_TRUE(attempts_in(folder.file()).empty());
}

TEST(GameRecords, ARecordsFileThatCannotBeOpenedStillLetsTheTraineePlayAndSaysWhy) {
    RecordsFolder folder;
    std::filesystem::create_directories(folder.file());  // a folder where the file should be
    Harness h({}, 1280, 720, folder.file());
    ASSERT_TRUE(h.ok()) << h.errors();
    ASSERT_FALSE(h.flow().game().notices().empty());
    EXPECT_NE(h.flow().game().notices().back().find("no se conservarán"), std::string::npos) << h.flow().game().notices().back();
    start_by_keyboard(h, "Ana");
    h.press(digit_key(1));
    EXPECT_EQ(h.flow().game().runner()->state().decisions.size(), 1u);
}

TEST(GameRecords, ADamagedRecordsFileIsKeptAsideAndTheTraineeIsToldInTheirLanguage) {
    RecordsFolder folder;
    {
        std::ofstream garbage(folder.file(), std::ios::binary);
        garbage << "SQLite format 3" << std::string(16, '\0') << std::string(4000, 'x');
    }
    Harness h({}, 1280, 720, folder.file());
    ASSERT_TRUE(h.ok()) << h.errors();
    ASSERT_FALSE(h.flow().game().notices().empty());
    EXPECT_NE(h.flow().game().notices().back().find("estaba dañado"), std::string::npos) << h.flow().game().notices().back();
    int backups = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder.path()))
        backups += entry.path().filename().string().starts_with("records.sqlite.damaged-");
    EXPECT_EQ(backups, 1);
    start_by_keyboard(h, "Ana");
    h.press(digit_key(1));
    EXPECT_EQ(attempts_in(folder.file()).size(), 1u) << "the new file records";
}

}  // namespace
}  // namespace senales::test

namespace senales::test {
namespace {

TEST(GameRecords, TheClassSummaryAndOtherTraineesRecordsAreBehindTheFacilitatorPin) {
    RecordsFolder folder;
    for (const char* name : {"Beto", "Carla"}) {
        Harness h({}, 1280, 720, folder.file());
        ASSERT_TRUE(h.ok()) << h.errors();
        start_by_keyboard(h, name);
        h.flow().leave();
    }
    {
        std::vector<std::string> notices;
        auto store = records::RecordStore::open(folder.file(), notices);
        store->set_facilitator_pin_hash(records::hash_pin("2468"), "2026-12-01T00:00:00Z");
    }
    Harness h({}, 1280, 720, folder.file());
    ASSERT_TRUE(h.ok()) << h.errors();
    sign_in_by_keyboard(h, "Ana");
    ASSERT_TRUE(h.click("class_summary"));
    ASSERT_EQ(h.flow().screen(), Screen::facilitator_pin);
    EXPECT_FALSE(h.has_probe("##pin_again")) << "a PIN is set: it is asked for, not set again";
    h.type("1111");
    h.press(SDL_SCANCODE_RETURN);
    EXPECT_EQ(h.flow().screen(), Screen::facilitator_pin) << "a wrong PIN opens nothing";
    EXPECT_TRUE(h.flow().game().class_summary().empty());
    h.type("2468");
    h.press(SDL_SCANCODE_RETURN);
    ASSERT_EQ(h.flow().screen(), Screen::class_summary);
    ASSERT_EQ(h.flow().game().roster(), (std::vector<std::string>{"Beto", "Carla"}));
    ASSERT_TRUE(h.click("roster:1:delete"));
    ASSERT_TRUE(h.click("roster:1:yes"));
    EXPECT_EQ(h.flow().game().roster(), std::vector<std::string>{"Carla"});
    std::vector<std::string> notices;
    EXPECT_TRUE(records::RecordStore::open(folder.file(), notices)->attempts(records::TraineeId("Beto")).empty());
    // Back at the title, the facilitator view locks again.
    h.flow().go(Screen::title);
    h.tick(2);
    EXPECT_FALSE(h.flow().game().facilitator().unlocked());
}

}  // namespace
}  // namespace senales::test
