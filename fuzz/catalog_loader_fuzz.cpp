// Fuzzes the catalog loader. The input holds the catalog files one after another, separated by a
// line "--8<--" (sources.lua, principles.lua, indicators.lua, practices.lua); files the input does
// not give are the shipped ones, so that a change to one file is checked against real others.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "script/catalog_loader.h"

using namespace senales;

namespace {

constexpr std::string_view kSeparator = "\n--8<--\n";

const std::array<std::string, 4>& shipped_files() {
    static const std::array<std::string, 4> files = [] {
        std::array<std::string, 4> read;
        for (std::size_t i = 0; i < read.size(); ++i)
            read[i] = read_whole_file(fuzz::kLuaRoot / "catalog" / kCatalogFiles[i]).value_or("");
        return read;
    }();
    return files;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    std::vector<CatalogSource> files;
    for (std::size_t i = 0; i < 4; ++i) {
        const std::filesystem::path name = std::filesystem::path("/nonexistent/senales-fuzz") / kCatalogFiles[i];
        if (rest.empty() && i > 0) {
            files.push_back({name, shipped_files()[i]});
            continue;
        }
        const std::size_t end = rest.find(kSeparator);
        files.push_back({name, std::string(rest.substr(0, end))});
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + kSeparator.size());
    }
    Diagnostics diagnostics;
    load_catalog_sources(files, fuzz::kLuaRoot, diagnostics, fuzz::fuzz_limits());
    fuzz::check_messages(diagnostics);
    return 0;
}
