#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "app/library.h"
#include "cli_run.h"

using namespace senales::test;
namespace fs = std::filesystem;

class RecordsCli : public ::testing::Test {
protected:
    void SetUp() override {
        dir = fs::temp_directory_path() /
              ("senales_cli_records_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir);
    }
    void TearDown() override { fs::remove_all(dir); }

    CliResult play(const std::string& trainee, std::vector<std::string> extra) {
        std::vector<std::string> args = {"play", source_path("scenarios/bar_inspection"), "--trainee", trainee,
                                         "--data-dir", dir.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return run(args);
    }
    CliResult records(std::vector<std::string> args, const std::string& input = {}) {
        args.insert(args.begin(), "records");
        args.push_back("--data-dir");
        args.push_back(dir.string());
        return run(args, input);
    }

    fs::path dir;
};

TEST_F(RecordsCli, HeadlessPlayIsRecordedLikeAPlayedOne) {
    ASSERT_EQ(play("Ana Pérez", {"--best"}).status, 0);
    ASSERT_EQ(play("Beto", {"--worst"}).status, 0);
    CliResult list = records({"list"});
    EXPECT_EQ(list.status, 0) << list.err;
    EXPECT_NE(list.out.find("Ana Pérez"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find("100 passed"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find("not passed"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find("2 attempts"), std::string::npos);
    CliResult summary = records({"summary"});
    EXPECT_NE(summary.out.find("bar_inspection: 2 finished, 50% passed"), std::string::npos) << summary.out;
    EXPECT_NE(summary.out.find("harm 1x:"), std::string::npos) << summary.out;
}

TEST_F(RecordsCli, ExportsCsvAndXapiFiles) {
    ASSERT_EQ(play("Ana", {"--best"}).status, 0);
    CliResult exported = records({"export", "--csv", (dir / "class.csv").string(), "--xapi", (dir / "class.json").string(),
                                  "--xapi-home", "https://academia.example.gt"});
    EXPECT_EQ(exported.status, 0) << exported.err;
    std::ifstream csv(dir / "class.csv");
    std::string header;
    std::getline(csv, header);
    EXPECT_EQ(header.rfind("\xEF\xBB\xBF" "attempt,trainee", 0), 0u);
    std::ifstream xapi(dir / "class.json");
    auto statements = nlohmann::json::parse(xapi);
    ASSERT_FALSE(statements.empty());
    EXPECT_EQ(statements[0]["object"]["definition"]["name"]["en-US"], "Night inspection at El Farolito");
    EXPECT_EQ(statements[0]["actor"]["account"]["homePage"], "https://academia.example.gt");
    EXPECT_EQ(statements[0]["verb"]["id"], "http://adlnet.gov/expapi/verbs/initialized");
    EXPECT_EQ(statements.back()["verb"]["id"], "http://adlnet.gov/expapi/verbs/terminated");
    EXPECT_NE(exported.out.find("Wrote " + std::to_string(statements.size()) + " xAPI statements for 1 attempts"),
              std::string::npos) << exported.out;
    EXPECT_FALSE(fs::exists(dir / "class.csv.partial"));
    // An export only looks: another address gives other statements, nothing was fixed by the first.
    ASSERT_EQ(records({"export", "--xapi", (dir / "other.json").string(), "--xapi-home", "https://otra.example"}).status, 0);
    std::ifstream other(dir / "other.json");
    EXPECT_EQ(nlohmann::json::parse(other)[0]["actor"]["account"]["homePage"], "https://otra.example");
    CliResult nothing = records({"export"});
    EXPECT_EQ(nothing.status, 2);
}

TEST_F(RecordsCli, AWrongXapiHomeIsRefusedAndNothingIsWritten) {
    ASSERT_EQ(play("Ana", {"--best"}).status, 0);
    for (const char* home : {"academia.example.gt", "ftp://academia.example.gt", "https://user@academia.example.gt"}) {
        CliResult exported = records({"export", "--csv", (dir / "class.csv").string(), "--xapi",
                                      (dir / "class.json").string(), "--xapi-home", home});
        EXPECT_EQ(exported.status, 1) << home;
        EXPECT_NE(exported.err.find(std::string("--xapi-home ") + home + ": "), std::string::npos) << exported.err;
        EXPECT_NE(exported.err.find("nothing was written"), std::string::npos) << exported.err;
        EXPECT_FALSE(fs::exists(dir / "class.csv")) << home;
        EXPECT_FALSE(fs::exists(dir / "class.json")) << home;
    }
}

TEST_F(RecordsCli, AnUnfinishedAttemptResumesExactlyWhereItWas) {
    // A seed under which "1" leads from the briefing into the main room, where manager_answers is.
    int seed = 0;
    while (seed < 100 && nlohmann::json::parse(run({"play", source_path("scenarios/bar_inspection"), "--steps", "1", "--json", "--seed",
                                                    std::to_string(seed)}).out)["path"]["scenes"][1] != "main_room")
        ++seed;
    ASSERT_LT(seed, 100);
    ASSERT_EQ(play("Luis", {"--steps", "1,flag:manager_answers", "--seed", std::to_string(seed)}).status, 0);
    // Going on without --seed: the attempt keeps its own order.
    CliResult resumed = play("Luis", {"--resume", "--steps", "1", "--json"});
    ASSERT_EQ(resumed.status, 0) << resumed.err;
    auto result = nlohmann::json::parse(resumed.out);
    EXPECT_EQ(result["choice_order"]["seed"], seed);
    EXPECT_EQ(result["path"]["steps"].size(), 3u) << result["path"];
    EXPECT_EQ(result["path"]["flagged"], nlohmann::json::array({"manager_answers"}));
    CliResult list = records({"list", "--trainee", "Luis"});
    EXPECT_NE(list.out.find("1 attempt\n"), std::string::npos) << list.out;  // the same attempt, not a new one
}

TEST_F(RecordsCli, ATraineeCanBeDeleted) {
    ASSERT_EQ(play("Ana", {"--best"}).status, 0);
    ASSERT_EQ(play("Beto", {"--best"}).status, 0);
    CliResult deleted = records({"delete", "Ana"});
    EXPECT_EQ(deleted.status, 0);
    EXPECT_NE(deleted.out.find("Deleted Ana and 1 attempt"), std::string::npos) << deleted.out;
    CliResult list = records({"list"});
    EXPECT_EQ(list.out.find("Ana"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find("Beto"), std::string::npos);
}

TEST_F(RecordsCli, ADamagedRecordsFileIsKeptAndPlayGoesOn) {
    fs::create_directories(dir);
    std::ofstream(dir / "records.sqlite") << "this is not a database, it is a shopping list";
    CliResult r = play("Ana", {"--best"});
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.err.find("damaged"), std::string::npos) << r.err;
    EXPECT_NE(records({"list"}).out.find("1 attempt"), std::string::npos);
}

TEST_F(RecordsCli, AnUnusableDataFolderIsAClearError) {
    fs::create_directories(dir.parent_path());
    std::ofstream(dir) << "a file where the folder should be";
    CliResult r = play("Ana", {"--best"});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("records"), std::string::npos) << r.err;
    fs::remove(dir);
}

TEST_F(RecordsCli, OnceAFacilitatorPinIsSetEveryRecordsCommandAsksForIt) {
    ASSERT_EQ(play("Ana", {"--best"}).status, 0);
    EXPECT_EQ(records({"pin"}, "12\n12\n").status, 1) << "too short";
    EXPECT_EQ(records({"pin"}, "2468\n1357\n").status, 1) << "two different PINs";
    EXPECT_EQ(records({"summary"}).status, 0) << "no PIN set yet";
    const CliResult set = records({"pin"}, "2468\n2468\n");
    ASSERT_EQ(set.status, 0) << set.err;
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"summary"}, {"list"}, {"export", "--csv", (dir / "out.csv").string()}, {"delete", "Ana"},
          {"roster", "--out", (dir / "roster.csv").string()}, {"merge", (dir / "records.sqlite").string()},
          {"push", "--lrs", "http://127.0.0.1:9/xAPI"}}) {
        const CliResult without = records(command);
        EXPECT_EQ(without.status, 1) << command[0];
        EXPECT_NE(without.err.find("not the facilitator PIN"), std::string::npos) << without.err;
        EXPECT_EQ(records(command, "1111\n").status, 1) << command[0] << " with a wrong PIN";
    }
    EXPECT_FALSE(fs::exists(dir / "out.csv"));
    EXPECT_FALSE(fs::exists(dir / "roster.csv"));
    const CliResult summary = records({"summary"}, "2468\n");
    EXPECT_EQ(summary.status, 0) << summary.err;
    EXPECT_NE(summary.out.find("bar_inspection"), std::string::npos) << summary.out;
    // Changing it needs the old one.
    EXPECT_EQ(records({"pin"}, "0000\n9999\n9999\n").status, 1);
    EXPECT_EQ(records({"pin"}, "2468\n9999\n9999\n").status, 0);
    EXPECT_EQ(records({"delete", "ana"}, "9999\n").status, 0);
    EXPECT_NE(records({"list"}, "9999\n").out.find("0 attempts"), std::string::npos);
}

TEST_F(RecordsCli, AnotherLaptopsRecordsAreMergedAfterABackupAndTheSummaryCoversBoth) {
    ASSERT_EQ(play("Ana Pérez", {"--best"}).status, 0);
    const fs::path other = dir / "laptop2";
    ASSERT_EQ(run({"play", source_path("scenarios/bar_inspection"), "--trainee", "ANA PEREZ", "--worst", "--data-dir",
                   other.string()}).status, 0);
    ASSERT_EQ(run({"play", source_path("scenarios/bar_inspection"), "--trainee", "Luis", "--best", "--data-dir",
                   other.string()}).status, 0);
    const CliResult merged = records({"merge", other.string()});  // the folder stands for its records.sqlite
    ASSERT_EQ(merged.status, 0) << merged.err;
    EXPECT_NE(merged.out.find("2 attempts added, 0 already here; 1 trainees found here by name, 1 new"), std::string::npos)
        << merged.out;
    bool backup = false;
    for (const auto& entry : fs::directory_iterator(dir))
        backup = backup || entry.path().filename().string().rfind("records.sqlite.before-merge-", 0) == 0;
    EXPECT_TRUE(backup) << "a backup first";
    EXPECT_NE(records({"summary"}).out.find("bar_inspection: 3 finished, 67% passed"), std::string::npos);
    EXPECT_NE(records({"list", "--trainee", "ana perez"}).out.find("2 attempts"), std::string::npos);
    const CliResult again = records({"merge", (other / "records.sqlite").string()});
    EXPECT_NE(again.out.find("0 attempts added, 2 already here"), std::string::npos) << again.out;
    EXPECT_NE(records({"list"}).out.find("3 attempts"), std::string::npos) << "never counted twice";

    const CliResult roster = records({"roster", "--out", (dir / "roster.csv").string()});
    ASSERT_EQ(roster.status, 0) << roster.err;
    std::ifstream csv(dir / "roster.csv");
    std::string text((std::istreambuf_iterator<char>(csv)), std::istreambuf_iterator<char>());
    EXPECT_EQ(text.rfind("\xEF\xBB\xBF" "trainee,pseudonym,since,merged_from,attempts\r\n", 0), 0u) << text;
    std::size_t ana_rows = 0;
    for (std::size_t at = 0; (at = text.find("\r\nAna Pérez,", at)) != std::string::npos; ++at) ++ana_rows;
    EXPECT_EQ(ana_rows, 2u) << "her pseudonym here and the one she had on the other laptop" << text;
    EXPECT_NE(text.find("\r\nLuis,"), std::string::npos) << text;
}

TEST_F(RecordsCli, AMergeOfWhatIsNotARecordsFileChangesNothing) {
    ASSERT_EQ(play("Ana", {"--best"}).status, 0);
    fs::create_directories(dir / "usb");
    std::ofstream(dir / "usb" / "records.sqlite") << "not a database";
    const CliResult merged = records({"merge", (dir / "usb").string(), (dir / "missing.sqlite").string()});
    EXPECT_EQ(merged.status, 1);
    EXPECT_NE(merged.err.find("not a records file of Señales, or damaged; nothing merged from it"), std::string::npos)
        << merged.err;
    EXPECT_NE(merged.err.find("missing.sqlite: no such file"), std::string::npos) << merged.err;
    std::ifstream untouched(dir / "usb" / "records.sqlite");
    std::string content;
    std::getline(untouched, content);
    EXPECT_EQ(content, "not a database") << "the other laptop's file is only read";
    EXPECT_NE(records({"list"}).out.find("1 attempt\n"), std::string::npos);
}

TEST_F(RecordsCli, AWrongRecordStoreAddressIsRefused) {
    ASSERT_EQ(play("Ana", {"--best"}).status, 0);
    const CliResult bad = records({"push", "--lrs", "lrs.example/xAPI"});
    EXPECT_EQ(bad.status, 1);
    EXPECT_NE(bad.err.find("--lrs lrs.example/xAPI: it is not an absolute address"), std::string::npos) << bad.err;
}

// Every text a trainee could have chosen, flagged or been told in `scenario`, in both languages.
static std::vector<std::string> answer_texts(const std::string& scenario) {
    senales::Library library(source_path(""));
    senales::Diagnostics ignored;
    library.load_catalog(ignored);
    const senales::LoadedScenario loaded = library.load(source_path("scenarios/" + scenario));
    std::vector<std::string> texts;
    for (const senales::Scene& scene : loaded.scenario->scenes) {
        for (const senales::Choice& choice : scene.choices)
            for (const std::string* text : {&choice.text.es, &choice.text.en, &choice.consequence.es, &choice.consequence.en})
                if (text->size() > 12) texts.push_back(*text);
        for (const senales::Detail& detail : scene.details)
            for (const std::string* text : {&detail.text.es, &detail.text.en})
                if (text->size() > 12) texts.push_back(*text);
    }
    return texts;
}

TEST_F(RecordsCli, ACompletionRecordNamesThePassesInTheTraineesLanguageAndNoAnswer) {
    ASSERT_EQ(play("Ana <b>Pérez</b>", {"--best", "--lang", "en"}).status, 0);
    ASSERT_EQ(run({"play", source_path("scenarios/job_offer"), "--trainee", "Ana <b>Pérez</b>", "--worst", "--lang", "en",
                   "--data-dir", dir.string()}).status, 0);
    const fs::path page = dir / "ana.html";
    const CliResult written = records({"report", "--trainee", "ana <b>perez</b>", "--out", page.string()});
    ASSERT_EQ(written.status, 0) << written.err;
    EXPECT_NE(written.out.find("(1 of 2 scenarios passed)"), std::string::npos) << written.out;
    std::ifstream in(page);
    const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u) << "in the language the trainee played in";
    EXPECT_NE(html.find("Señales training record"), std::string::npos);
    EXPECT_NE(html.find("Ana &lt;b&gt;Pérez&lt;/b&gt;"), std::string::npos) << "a name never becomes markup";
    EXPECT_EQ(html.find("<b>"), std::string::npos);
    EXPECT_NE(html.find("Night inspection at El Farolito"), std::string::npos) << html;
    EXPECT_NE(html.find("Passed 1 of the 2 scenarios attempted."), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("http"), std::string::npos) << "nothing to fetch: it opens offline";
    for (const char* scenario : {"bar_inspection", "job_offer"})
        for (const std::string& answer : answer_texts(scenario)) EXPECT_EQ(html.find(answer), std::string::npos) << answer;
    const CliResult spanish = records({"report", "--trainee", "Ana <b>Pérez</b>", "--out", page.string(), "--lang", "es"});
    ASSERT_EQ(spanish.status, 0) << spanish.err;
    std::ifstream again(page);
    const std::string es((std::istreambuf_iterator<char>(again)), std::istreambuf_iterator<char>());
    EXPECT_NE(es.find("Constancia de capacitación en Señales"), std::string::npos);
    EXPECT_EQ(records({"report", "--trainee", "Nadie", "--out", page.string()}).status, 1);
}

TEST_F(RecordsCli, AClassIsJoinedForAnAttemptAndTheSummaryListAndCsvCanBeReadByClass) {
    ASSERT_EQ(records({"classes", "--add", "Academia PNC, promoción 2027-A"}).status, 0);
    ASSERT_EQ(records({"classes", "--add", "Consulado Tapachula"}).status, 0);
    EXPECT_EQ(records({"classes", "--add", "academia pnc, PROMOCION 2027-a"}).status, 1) << "the same name, typed otherwise";
    EXPECT_EQ(records({"classes", "--add", ""}).status, 1);
    EXPECT_EQ(records({"classes"}).out, "Academia PNC, promoción 2027-A\nConsulado Tapachula\n");
    ASSERT_EQ(play("Ana", {"--best", "--class", "ACADEMIA PNC, promocion 2027-a"}).status, 0);
    ASSERT_EQ(play("Luis", {"--worst", "--class", "Consulado Tapachula"}).status, 0);
    ASSERT_EQ(play("Eva", {"--worst"}).status, 0);
    const CliResult unknown = play("Eva", {"--best", "--class", "Nope"});
    EXPECT_EQ(unknown.status, 2);
    EXPECT_NE(unknown.err.find("there is no class named Nope"), std::string::npos) << unknown.err;
    EXPECT_NE(records({"summary"}).out.find("bar_inspection: 3 finished"), std::string::npos);
    EXPECT_NE(records({"summary", "--class", "academia pnc, promoción 2027-a"}).out.find("bar_inspection: 1 finished, 100% passed"),
              std::string::npos);
    const CliResult list = records({"list", "--class", "Consulado Tapachula"});
    EXPECT_NE(list.out.find("Luis"), std::string::npos);
    EXPECT_EQ(list.out.find("Ana"), std::string::npos);
    EXPECT_NE(list.out.find("1 attempt\n"), std::string::npos) << list.out;
    ASSERT_EQ(records({"export", "--class", "Consulado Tapachula", "--csv", (dir / "c.csv").string()}).status, 0);
    std::ifstream csv(dir / "c.csv");
    const std::string text((std::istreambuf_iterator<char>(csv)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find(",Consulado Tapachula\r\n"), std::string::npos) << text;
    EXPECT_EQ(text.find("Ana"), std::string::npos) << text;
    EXPECT_EQ(records({"summary", "--class", "Nope"}).status, 1);
}
