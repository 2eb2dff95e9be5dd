// Fuzzes the scenario loader: the input is a scenario.lua. It runs in the sandbox, is read,
// validated and, when it loads, explored a little (runner, conditions, scoring, debrief facts).

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/explorer.h"
#include "fuzz_support.h"
#include "script/catalog_loader.h"
#include "script/scenario_loader.h"

using namespace senales;

namespace {

const Catalog& real_catalog() {
    static const Catalog catalog = [] {
        Diagnostics diagnostics;
        std::optional<Catalog> loaded = load_catalog(fuzz::kLuaRoot, diagnostics);
        if (!loaded) {
            std::fprintf(stderr, "the shipped catalog does not load:\n%s", diagnostics.format().c_str());
            std::abort();
        }
        return *loaded;
    }();
    return catalog;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Catalog& catalog = real_catalog();
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    Diagnostics diagnostics;
    // A folder that does not exist: the input has no images, and nothing on disk is read for it.
    const std::optional<Scenario> scenario = load_scenario_source("/nonexistent/senales-fuzz/fuzzed", bytes, fuzz::kLuaRoot,
                                                                  catalog, diagnostics, fuzz::fuzz_limits());
    fuzz::check_messages(diagnostics);
    // Small limits: the explorer has no budget of its own yet for paths that never repeat
    // (tests/fixtures/hostile/explorer_endless_paths), and every input must take milliseconds.
    if (scenario) explore(*scenario, catalog, ExploreLimits{2000, 200, 20000});
    return 0;
}
