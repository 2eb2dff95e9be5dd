// Every code the checker can print is explained for authors in docs/scenario-format.md, and the
// table there lists no code the checker no longer has.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "cli_run.h"

using namespace senales::test;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The code of each `error(…)` / `warning(…)` call (not a definition, `X::error(`): its first string
// literal that looks like a code (so that a file name before it, error("principles.lua", 0, "a-code",
// …), is passed over), or both sides of a `cond ? "a-code" : "b-code"`.
std::set<std::string> codes_in_the_sources() {
    const std::regex call(R"re((?:^|[^:\w])(?:error|warning)\((?:[^;"]|"[^"\\]*")*?"([a-z]+(?:-[a-z]+)*)")re");
    const std::regex either(R"re(\? "([a-z]+(?:-[a-z]+)+)" : "([a-z]+(?:-[a-z]+)+)")re");
    std::set<std::string> codes;
    for (const char* layer : {"engine/core", "engine/script", "engine/wording", "engine/app"})
        for (const auto& entry : fs::recursive_directory_iterator(source_path(layer))) {
            if (entry.path().extension() != ".cpp") continue;
            const std::string text = read(entry.path());
            for (std::sregex_iterator it(text.begin(), text.end(), call), end; it != end; ++it) codes.insert((*it)[1]);
            for (std::sregex_iterator it(text.begin(), text.end(), either), end; it != end; ++it) {
                codes.insert((*it)[1]);
                codes.insert((*it)[2]);
            }
        }
    return codes;
}

std::set<std::string> codes_in_the_docs() {
    const std::string docs = read(source_path("docs/scenario-format.md"));
    const std::regex row(R"re(\n\| `([a-z]+(?:-[a-z]+)*)` \| (error|warning) \|)re");
    std::set<std::string> codes;
    for (std::sregex_iterator it(docs.begin(), docs.end(), row), end; it != end; ++it) codes.insert((*it)[1]);
    return codes;
}

}  // namespace

TEST(DiagnosticDocs, EveryCodeIsExplainedAndEveryExplainedCodeExists) {
    const std::set<std::string> sources = codes_in_the_sources(), docs = codes_in_the_docs();
    ASSERT_GT(sources.size(), 50u);  // the scan found the calls
    for (const std::string& code : sources)
        EXPECT_TRUE(docs.count(code)) << "[" << code << "] is not in docs/scenario-format.md's table";
    for (const std::string& code : docs) EXPECT_TRUE(sources.count(code)) << "[" << code << "] is documented but never given";
}

// Every documented code has a test that triggers it: some test source under tests/ names it as
// "code" (a lookup of the diagnostic) or [code] (as check prints it).
TEST(DiagnosticDocs, EveryExplainedCodeHasATest) {
    std::string tests;
    for (const auto& entry : fs::recursive_directory_iterator(source_path("tests"))) {
        if (!entry.is_regular_file()) continue;
        const fs::path extension = entry.path().extension();
        if (extension != ".cpp" && extension != ".h" && extension != ".py" && extension != ".sh") continue;
        tests += read(entry.path());
        tests += '\n';
    }
    const std::set<std::string> docs = codes_in_the_docs();
    ASSERT_GT(docs.size(), 50u);  // the table was found
    for (const std::string& code : docs)
        EXPECT_TRUE(tests.find("\"" + code + "\"") != std::string::npos || tests.find("[" + code + "]") != std::string::npos)
            << "[" << code << "] is documented but no test under tests/ triggers it";
}
