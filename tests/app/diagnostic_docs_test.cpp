// Every code the checker can print is explained for authors in docs/scenario-format.md, and the
// table there lists no code the checker no longer has.

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string_view>
#include <vector>

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

bool looks_like_a_code(std::string_view s) {
    static const std::regex code("[a-z]+(?:-[a-z]+)*");
    return std::regex_match(s.begin(), s.end(), code);
}

// The string literals of the call that opens at `at`, up to the `;` that ends its statement.
std::vector<std::string> literals_of_the_call(const std::string& text, std::size_t at) {
    std::vector<std::string> literals;
    for (std::size_t i = at; i < text.size() && text[i] != ';'; ++i) {
        if (text[i] != '"') continue;
        std::string literal;
        for (++i; i < text.size() && text[i] != '"'; ++i) {
            if (text[i] == '\\' && i + 1 < text.size()) ++i;
            literal += text[i];
        }
        literals.push_back(literal);
    }
    return literals;
}

// The code of each `error(…)` / `warning(…)` call (not a definition, `X::error(`): its first string
// literal that looks like a code (so that a file name before it, error("principles.lua", 0, "a-code",
// …), is passed over), or both sides of a `cond ? "a-code" : "b-code"`. Scanned by hand: a regex
// over a whole source file recurses once per character in libstdc++ and overflows the stack.
void codes_in(const std::string& text, std::set<std::string>& codes) {
    for (const std::string_view call : {"error(", "warning("})
        for (std::size_t at = text.find(call); at != std::string::npos; at = text.find(call, at + 1)) {
            const char before = at == 0 ? ' ' : text[at - 1];
            if (before == ':' || before == '_' || std::isalnum(static_cast<unsigned char>(before))) continue;
            for (const std::string& literal : literals_of_the_call(text, at + call.size()))
                if (looks_like_a_code(literal)) {
                    codes.insert(literal);
                    break;
                }
        }
    const std::regex either(R"re(\? "([a-z]+(?:-[a-z]+)+)" : "([a-z]+(?:-[a-z]+)+)")re");
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);)
        for (std::sregex_iterator it(line.begin(), line.end(), either), end; it != end; ++it) {
            codes.insert((*it)[1]);
            codes.insert((*it)[2]);
        }
}

std::set<std::string> codes_in_the_sources() {
    std::set<std::string> codes;
    for (const char* layer : {"engine/core", "engine/script", "engine/wording", "engine/app"})
        for (const auto& entry : fs::recursive_directory_iterator(source_path(layer)))
            if (entry.path().extension() == ".cpp") codes_in(read(entry.path()), codes);
    return codes;
}

std::set<std::string> codes_in_the_docs() {
    const std::string docs = read(source_path("docs/scenario-format.md"));
    const std::regex row(R"re(^\| `([a-z]+(?:-[a-z]+)*)` \| (error|warning) \|)re");
    std::set<std::string> codes;
    std::istringstream lines(docs);
    std::smatch match;
    for (std::string line; std::getline(lines, line);)
        if (std::regex_search(line, match, row)) codes.insert(match[1]);
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
