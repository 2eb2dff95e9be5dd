#include "diagnostic.h"

#include <algorithm>

namespace senales {

std::string Diagnostic::format() const {
    std::string out = file.empty() ? std::string("senales") : file;
    if (line > 0) {
        out += ':';
        out += std::to_string(line);
    }
    out += level == DiagnosticLevel::error ? ": error: " : ": warning: ";
    out += message;
    if (!code.empty()) out += " [" + code + "]";
    if (!hint.empty()) out += "\n  hint: " + hint;
    return out;
}

void Diagnostics::add(Diagnostic diagnostic) {
    // Two layers may notice the same problem (the loader and the validator); say it once.
    for (const Diagnostic& d : items_)
        if (d.file == diagnostic.file && d.line == diagnostic.line && d.message == diagnostic.message) return;
    items_.push_back(std::move(diagnostic));
}

void Diagnostics::error(std::string file, int line, std::string code, std::string message, std::string hint) {
    add({DiagnosticLevel::error, std::move(file), line, std::move(code), std::move(message), std::move(hint)});
}

void Diagnostics::warning(std::string file, int line, std::string code, std::string message, std::string hint) {
    add({DiagnosticLevel::warning, std::move(file), line, std::move(code), std::move(message), std::move(hint)});
}

void Diagnostics::error(const SourceLocation& at, std::string code, std::string message, std::string hint) {
    error(at.file, at.line, std::move(code), std::move(message), std::move(hint));
}

void Diagnostics::warning(const SourceLocation& at, std::string code, std::string message, std::string hint) {
    warning(at.file, at.line, std::move(code), std::move(message), std::move(hint));
}

bool Diagnostics::has_errors() const {
    return std::any_of(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.level == DiagnosticLevel::error; });
}

std::string Diagnostics::format() const {
    std::string out;
    for (const Diagnostic& d : items_) out += d.format() + "\n";
    return out;
}

namespace {
std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}
}  // namespace

std::string closest_match(const std::string& word, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (const std::string& candidate : candidates) {
        std::size_t distance = edit_distance(word, candidate);
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
        }
    }
    return best;
}

}  // namespace senales
