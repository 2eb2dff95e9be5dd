#pragma once
// Conditions on story variables ("trust >= 2 and safety > 0"), parsed once at load time so that
// playing and exploring a scenario never needs a script interpreter.

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace senales {

class Condition {
public:
    struct ParseError {
        std::string message;
        std::string hint;
    };

    // `variables` are the declared story variables; a variable's slot is its index there.
    static std::variant<Condition, ParseError> parse(std::string_view source,
                                                     const std::vector<std::string>& variables);

    Condition();  // always true
    bool holds(const std::vector<int>& variables) const;
    const std::string& source() const { return source_; }
    bool always_true() const { return nodes_.empty(); }

    // Every variable slot the condition reads, for the checker.
    std::vector<int> variables_read() const;

    struct Node {
        enum class Kind { number, variable, compare, logical_and, logical_or, logical_not } kind;
        enum class Op { eq, ne, lt, le, gt, ge } op = Op::eq;
        int value = 0;  // number literal or variable slot
        int left = -1;
        int right = -1;
    };

private:
    int evaluate(int node, const std::vector<int>& variables) const;

    std::string source_;
    std::vector<Node> nodes_;
    int root_ = -1;

    friend class ConditionParser;
};

}  // namespace senales
