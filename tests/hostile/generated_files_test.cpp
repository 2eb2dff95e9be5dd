// Hostile files too big, too odd or too slow to keep in the repository, made at test time in a
// scratch folder: a 50 MB file, a missing file, a named pipe, a folder or a device where the file
// should be, and texts that Lua's compiler takes the square of their length to read.

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include "disk_trace.h"
#include "run_senales.h"
#include "script/catalog_loader.h"
#include "script/plain_text.h"
#include "script/scenario_loader.h"

namespace senales::test {
namespace {

const std::filesystem::path kSourceDir = SENALES_SOURCE_DIR;
const std::filesystem::path kLuaRoot = kSourceDir / "scripts" / "lua";

const Catalog& real_catalog() {
    static const Catalog catalog = [] {
        Diagnostics diagnostics;
        return load_catalog(kLuaRoot, diagnostics).value_or(Catalog{});
    }();
    return catalog;
}

struct Made {
    const char* name;
    std::function<void(const std::filesystem::path& folder)> make;  // fills the scenario folder
    const char* code;
    int line;  // -1: some line, not known in advance
    const char* says;
};

void write(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

// "local a\nlocal x = a or a or … or a\n": each `or` makes Lua's compiler walk every earlier one.
std::string or_chain(int terms) {
    std::string text = "local a\nlocal x = a";
    text.reserve(text.size() + 5u * static_cast<std::size_t>(terms) + 16);
    for (int i = 0; i < terms; ++i) text += " or a";
    return text + "\nreturn x\n";
}

// Whole numbers that all fall into the same slot of the compiler's table of constants.
std::string colliding_constants(int bits) {
    const long long step = (1LL << bits) - 1;
    std::string text = "local t = {\n";
    for (long long j = 1; j <= (1LL << (bits - 1)) + 1; ++j) text += std::to_string(j * step) + ",\n";
    return text + "}\n";
}

const Made kMade[] = {
    {"fifty_megabytes",
     [](const std::filesystem::path& folder) {
         std::ofstream(folder / "scenario.lua").close();
         std::filesystem::resize_file(folder / "scenario.lua", 50'000'000);  // sparse: no disk used
     },
     "file-too-big", 0, "scenario.lua is 47.7 MiB; a file may be at most 4 MiB"},
    {"no_scenario_file", [](const std::filesystem::path&) {}, "missing-file", 0, "there is no scenario.lua in"},
    {"named_pipe",
     [](const std::filesystem::path& folder) { ASSERT_EQ(::mkfifo((folder / "scenario.lua").c_str(), 0600), 0); },
     "not-a-file", 0, "is not a plain file"},
    {"folder_instead_of_file",
     [](const std::filesystem::path& folder) { std::filesystem::create_directory(folder / "scenario.lua"); },
     "not-a-file", 0, "is not a plain file"},
    {"link_to_a_device",
     [](const std::filesystem::path& folder) { std::filesystem::create_symlink("/dev/zero", folder / "scenario.lua"); },
     "not-a-file", 0, "is not a plain file"},
    {"compiler_or_chain", [](const std::filesystem::path& folder) { write(folder / "scenario.lua", or_chain(400'000)); },
     "limit-time", 2, "could not even read the file"},
    {"compiler_colliding_constants",
     [](const std::filesystem::path& folder) { write(folder / "scenario.lua", colliding_constants(19)); },
     "limit-memory", -1, "more memory to read the file"},
};

class MadeAtTestTime : public ::testing::TestWithParam<Made> {
protected:
    void SetUp() override {
        folder_ = scratch_.path() / GetParam().name;
        std::filesystem::create_directories(folder_);
        GetParam().make(folder_);
    }

    void expect_diagnostic(const Diagnostic* d) const {
        ASSERT_NE(d, nullptr);
        EXPECT_EQ(d->file, (folder_ / "scenario.lua").string());
        if (GetParam().line >= 0)
            EXPECT_EQ(d->line, GetParam().line) << d->format();
        else
            EXPECT_GT(d->line, 0) << d->format();
        EXPECT_FALSE(d->hint.empty()) << d->format();
    }

    ScratchFolder scratch_{"made"};
    std::filesystem::path folder_;
};

void PrintTo(const Made& made, std::ostream* out) { *out << made.name; }

std::string made_name(const ::testing::TestParamInfo<Made>& info) { return info.param.name; }

TEST_P(MadeAtTestTime, TheLoaderRefusesItClearly) {
    ScratchFolder temp("tmp");
    const ScopedEnv tmpdir("TMPDIR", temp.path().string());
    const FolderListing before = list_folder(scratch_.path());
    Diagnostics diagnostics;
    const auto start = std::chrono::steady_clock::now();
    EXPECT_FALSE(load_scenario(folder_, kLuaRoot, real_catalog(), diagnostics));
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 10.0);
    const Diagnostic* found = nullptr;
    for (const Diagnostic& d : diagnostics.items())
        if (d.code == GetParam().code && d.message.find(GetParam().says) != std::string::npos) found = &d;
    expect_diagnostic(found);
    if (!found) ADD_FAILURE() << diagnostics.format();
    EXPECT_FALSE(text_problem(diagnostics.format()));
    EXPECT_EQ(differences(before, list_folder(scratch_.path())), "");
    EXPECT_EQ(differences({}, list_folder(temp.path())), "");
}

TEST_P(MadeAtTestTime, SenalesCheckRefusesItClearly) {
    ScratchFolder cwd("cwd"), temp("tmp"), home("home");
    const FolderListing before = list_folder(scratch_.path());
    const BinaryRun run = run_senales({"check", folder_.string()}, cwd.path(),
                                      {{"TMPDIR", temp.path().string()},
                                       {"HOME", home.path().string()},
                                       {"SENALES_HOME", kSourceDir.string()}},
                                      10);
    ASSERT_TRUE(run.exited) << describe(run) << "\n" << run.output;
    EXPECT_EQ(run.code, 1) << run.output;
    std::string at = (folder_ / "scenario.lua").string();
    if (GetParam().line > 0) (at += ':') += std::to_string(GetParam().line);
    EXPECT_NE(run.output.find(at), std::string::npos) << run.output;
    EXPECT_NE(run.output.find(bracketed(GetParam().code)), std::string::npos) << run.output;
    EXPECT_NE(run.output.find(GetParam().says), std::string::npos) << run.output;
    EXPECT_EQ(differences(before, list_folder(scratch_.path())), "");
    for (const ScratchFolder* scratch : {&cwd, &temp, &home})
        EXPECT_EQ(differences({}, list_folder(scratch->path())), "") << "in " << scratch->path();
}

INSTANTIATE_TEST_SUITE_P(Files, MadeAtTestTime, ::testing::ValuesIn(kMade), made_name);

}  // namespace
}  // namespace senales::test
