// Fuzzes the condition parser (`when = "trust >= 2 and safety > 0"`): whatever the text, parsing
// ends with a condition or a message, and a condition evaluates on any values.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <variant>
#include <vector>

#include "core/condition.h"

using namespace senales;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::vector<std::string> variables = {"trust", "safety", "risk", "x", "_a1"};
    const std::string_view source(reinterpret_cast<const char*>(data), size);
    auto parsed = Condition::parse(source, variables);
    if (const auto* error = std::get_if<Condition::ParseError>(&parsed)) {
        if (error->message.empty()) std::abort();
        return 0;
    }
    const Condition& condition = std::get<Condition>(parsed);
    for (int slot : condition.variables_read())
        if (slot < 0 || static_cast<std::size_t>(slot) >= variables.size()) std::abort();
    for (int value : {-10, -1, 0, 1, 10, 1'000'000'000, -1'000'000'000})
        (void)condition.holds(std::vector<int>(variables.size(), value));
    return 0;
}
