#include "condition.h"

#include <cctype>
#include <optional>

#include "diagnostic.h"

namespace senales {

namespace {

struct Token {
    enum class Kind { end, number, name, op, open, close, bad } kind = Kind::end;
    std::string text;
    int value = 0;
};

class Tokenizer {
public:
    explicit Tokenizer(std::string_view source) : source_(source) {}

    Token next() {
        while (pos_ < source_.size() && std::isspace(static_cast<unsigned char>(source_[pos_]))) ++pos_;
        if (pos_ >= source_.size()) return {};
        char c = source_[pos_];
        if (std::isdigit(static_cast<unsigned char>(c))) return number();
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') return name();
        if (c == '(') return single(Token::Kind::open);
        if (c == ')') return single(Token::Kind::close);
        static constexpr std::string_view two_char_ops[] = {"==", "~=", "!=", "<=", ">=", "&&", "||"};
        for (std::string_view op : two_char_ops)
            if (source_.substr(pos_, 2) == op) {
                pos_ += 2;
                return {Token::Kind::op, std::string(op)};
            }
        if (c == '<' || c == '>' || c == '=' || c == '-' || c == '!') return single(Token::Kind::op);
        return single(Token::Kind::bad);
    }

private:
    Token single(Token::Kind kind) { return {kind, std::string(1, source_[pos_++])}; }

    Token number() {
        std::size_t start = pos_;
        long long value = 0;
        while (pos_ < source_.size() && std::isdigit(static_cast<unsigned char>(source_[pos_]))) {
            value = value * 10 + (source_[pos_] - '0');
            if (value > 1'000'000'000) value = 1'000'000'001;  // reported as too large below
            ++pos_;
        }
        return {Token::Kind::number, std::string(source_.substr(start, pos_ - start)), static_cast<int>(value)};
    }

    Token name() {
        std::size_t start = pos_;
        while (pos_ < source_.size() &&
               (std::isalnum(static_cast<unsigned char>(source_[pos_])) || source_[pos_] == '_'))
            ++pos_;
        return {Token::Kind::name, std::string(source_.substr(start, pos_ - start))};
    }

    std::string_view source_;
    std::size_t pos_ = 0;
};

}  // namespace

// Recursive descent over: or := and {"or" and}; and := not {"and" not};
// not := "not" not | compare; compare := operand [op operand]; operand := number | name | "(" or ")".
class ConditionParser {
public:
    ConditionParser(std::string_view source, const std::vector<std::string>& variables)
        : tokens_(source), variables_(variables) {
        advance();
    }

    std::variant<Condition, Condition::ParseError> run(std::string_view source) {
        Condition condition;
        condition.source_ = std::string(source);
        out_ = &condition;
        int root = parse_or();
        if (!error_ && current_.kind != Token::Kind::end) fail_unexpected("after a complete condition");
        if (error_) return *error_;
        condition.root_ = root;
        return condition;
    }

private:
    using Node = Condition::Node;

    void advance() { current_ = tokens_.next(); }
    bool at_word(std::string_view word) const { return current_.kind == Token::Kind::name && current_.text == word; }

    // Scenario files are untrusted: a condition stays small enough that parsing and evaluating it
    // (both recursive) can never exhaust the stack.
    static constexpr std::size_t kMaxNodes = 256;
    static constexpr int kMaxDepth = 32;

    int add(Node node) {
        if (out_->nodes_.size() >= kMaxNodes)
            return fail("the condition is too long", "split it: use a story variable for a part of it");
        out_->nodes_.push_back(node);
        return static_cast<int>(out_->nodes_.size()) - 1;
    }

    int fail(std::string message, std::string hint) {
        if (!error_) error_ = Condition::ParseError{std::move(message), std::move(hint)};
        return -1;
    }

    int fail_unexpected(std::string_view where) {
        if (current_.kind == Token::Kind::end)
            return fail("the condition ends too early", "finish the comparison, for example \"trust >= 2\"");
        if (current_.text == "&&" || current_.text == "||")
            return fail("'" + current_.text + "' is not understood", "write the words and / or instead");
        if (current_.text == "=")
            return fail("a single '=' cannot compare", "write == (two equal signs) to compare, for example \"trust == 2\"");
        return fail("unexpected '" + current_.text + "' " + std::string(where),
                    "conditions compare story variables with whole numbers, for example \"trust >= 2 and safety > 0\"");
    }

    int parse_or() {
        int left = parse_and();
        while (!error_ && at_word("or")) {
            advance();
            int right = parse_and();
            left = add({Node::Kind::logical_or, Node::Op::eq, 0, left, right});
        }
        return left;
    }

    int parse_and() {
        int left = parse_not();
        while (!error_ && at_word("and")) {
            advance();
            int right = parse_not();
            left = add({Node::Kind::logical_and, Node::Op::eq, 0, left, right});
        }
        return left;
    }

    int parse_not() {
        if (at_word("not")) {
            advance();
            if (++depth_ > kMaxDepth) return fail_too_deep();
            int operand = parse_not();
            --depth_;
            return add({Node::Kind::logical_not, Node::Op::eq, 0, operand, -1});
        }
        return parse_compare();
    }

    int fail_too_deep() { return fail("the condition is nested too deeply", "use fewer parentheses and 'not's"); }

    int parse_compare() {
        int left = parse_operand();
        if (error_ || current_.kind != Token::Kind::op || current_.text == "-") return left;
        Node::Op op;
        const std::string& t = current_.text;
        if (t == "==") op = Node::Op::eq;
        else if (t == "~=" || t == "!=") op = Node::Op::ne;
        else if (t == "<") op = Node::Op::lt;
        else if (t == "<=") op = Node::Op::le;
        else if (t == ">") op = Node::Op::gt;
        else if (t == ">=") op = Node::Op::ge;
        else return fail_unexpected("between two values");
        advance();
        int right = parse_operand();
        return add({Node::Kind::compare, op, 0, left, right});
    }

    int parse_operand() {
        if (error_) return -1;
        if (current_.kind == Token::Kind::open) {
            advance();
            if (++depth_ > kMaxDepth) return fail_too_deep();
            int inner = parse_or();
            --depth_;
            if (error_) return -1;
            if (current_.kind != Token::Kind::close)
                return fail("a '(' is never closed", "add the matching ')'");
            advance();
            return inner;
        }
        bool negative = false;
        if (current_.kind == Token::Kind::op && current_.text == "-") {
            negative = true;
            advance();
            if (current_.kind != Token::Kind::number) return fail_unexpected("after '-'");
        }
        if (current_.kind == Token::Kind::number) {
            if (current_.value > 1'000'000'000)
                return fail("the number " + current_.text + " is too large", "story variables are small whole numbers");
            int value = negative ? -current_.value : current_.value;
            advance();
            return add({Node::Kind::number, Node::Op::eq, value, -1, -1});
        }
        if (current_.kind == Token::Kind::name) {
            static constexpr std::string_view keywords[] = {"and", "or", "not"};
            for (std::string_view keyword : keywords)
                if (current_.text == keyword) return fail_unexpected("where a value was expected");
            for (std::size_t i = 0; i < variables_.size(); ++i)
                if (variables_[i] == current_.text) {
                    advance();
                    return add({Node::Kind::variable, Node::Op::eq, static_cast<int>(i), -1, -1});
                }
            std::string guess = closest_match(current_.text, variables_);
            std::string hint = guess.empty()
                                   ? "declare it in the scenario's vars, for example vars = { " + current_.text + " = 0 }"
                                   : "did you mean '" + guess + "'? Story variables are declared in the scenario's vars";
            return fail("unknown story variable '" + current_.text + "'", hint);
        }
        return fail_unexpected("where a value was expected");
    }

    Tokenizer tokens_;
    const std::vector<std::string>& variables_;
    Token current_;
    Condition* out_ = nullptr;
    int depth_ = 0;
    std::optional<Condition::ParseError> error_;
};

Condition::Condition() = default;

std::variant<Condition, Condition::ParseError> Condition::parse(std::string_view source,
                                                                const std::vector<std::string>& variables) {
    bool blank = true;
    for (char c : source)
        if (!std::isspace(static_cast<unsigned char>(c))) blank = false;
    if (blank) return ParseError{"the condition is empty", "write a comparison such as \"trust >= 2\", or leave `when` out"};
    return ConditionParser(source, variables).run(source);
}

bool Condition::holds(const std::vector<int>& variables) const {
    return root_ < 0 || evaluate(root_, variables) != 0;
}

int Condition::evaluate(int index, const std::vector<int>& variables) const {
    const Node& node = nodes_[static_cast<std::size_t>(index)];
    switch (node.kind) {
        case Node::Kind::number: return node.value;
        case Node::Kind::variable: return variables[static_cast<std::size_t>(node.value)];
        case Node::Kind::logical_not: return evaluate(node.left, variables) == 0;
        case Node::Kind::logical_and: return evaluate(node.left, variables) != 0 && evaluate(node.right, variables) != 0;
        case Node::Kind::logical_or: return evaluate(node.left, variables) != 0 || evaluate(node.right, variables) != 0;
        case Node::Kind::compare: {
            int a = evaluate(node.left, variables);
            int b = evaluate(node.right, variables);
            switch (node.op) {
                case Node::Op::eq: return a == b;
                case Node::Op::ne: return a != b;
                case Node::Op::lt: return a < b;
                case Node::Op::le: return a <= b;
                case Node::Op::gt: return a > b;
                case Node::Op::ge: return a >= b;
            }
        }
    }
    return 0;
}

std::vector<int> Condition::variables_read() const {
    std::vector<int> slots;
    for (const Node& node : nodes_)
        if (node.kind == Node::Kind::variable) slots.push_back(node.value);
    return slots;
}

}  // namespace senales
