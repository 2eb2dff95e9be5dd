#pragma once
// One kind of message for scenario authors, whichever layer finds the problem: where it is, what
// is wrong, and how to fix it. Authors are trainers, so the hint matters as much as the message.

#include <string>
#include <vector>

namespace senales {

// Where in an author's file something was written, so every message can point at it.
struct SourceLocation {
    std::string file;
    int line = 0;
};

enum class DiagnosticLevel { warning, error };

struct Diagnostic {
    DiagnosticLevel level = DiagnosticLevel::error;
    std::string file;
    int line = 0;      // 0 when not known
    std::string code;  // stable id, e.g. "unknown-target"
    std::string message;
    std::string hint;

    // "file:line: error: message [code]\n  hint: ..."
    std::string format() const;
};

class Diagnostics {
public:
    void error(std::string file, int line, std::string code, std::string message, std::string hint = {});
    void warning(std::string file, int line, std::string code, std::string message, std::string hint = {});
    void error(const SourceLocation& at, std::string code, std::string message, std::string hint = {});
    void warning(const SourceLocation& at, std::string code, std::string message, std::string hint = {});
    void add(Diagnostic diagnostic);

    bool has_errors() const;
    const std::vector<Diagnostic>& items() const { return items_; }
    std::string format() const;  // every item, one per block

private:
    std::vector<Diagnostic> items_;
};

// The closest name among candidates, for "did you mean" hints; empty when nothing is close.
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace senales
