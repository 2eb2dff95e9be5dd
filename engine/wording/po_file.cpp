#include "po_file.h"

#include <sstream>

namespace senales {

namespace {

// The order gettext tools write header fields in; others follow, as given.
constexpr const char* kHeaderOrder[] = {"Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date",
                                        "PO-Revision-Date",   "Last-Translator",      "Language-Team",
                                        "Language",           "MIME-Version",         "Content-Type",
                                        "Content-Transfer-Encoding"};

// Reads the quoted string starting at text[at] ('"'); false when it is not one.
bool unquote(const std::string& line, std::size_t at, std::string& out) {
    if (at >= line.size() || line[at] != '"') return false;
    for (std::size_t i = at + 1; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"') {
            for (std::size_t rest = i + 1; rest < line.size(); ++rest)
                if (line[rest] != ' ' && line[rest] != '\t' && line[rest] != '\r') return false;
            return true;
        }
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i >= line.size()) return false;
        switch (line[i]) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            default: return false;
        }
    }
    return false;
}

std::string trim(const std::string& s) {
    const std::size_t b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

void parse_header(const std::string& text, std::map<std::string, std::string>& header) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        const std::size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        header[trim(line.substr(0, colon))] = trim(line.substr(colon + 1));
    }
}

void write_string(std::string& out, const char* keyword, const std::string& text) {
    // Long or multi-line strings are split after each \n, as gettext does, so diffs stay readable.
    if (text.find('\n') == std::string::npos || text.find('\n') == text.size() - 1) {
        out += std::string(keyword) + " " + po_quote(text) + "\n";
        return;
    }
    out += std::string(keyword) + " \"\"\n";
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        end = end == std::string::npos ? text.size() : end + 1;
        out += po_quote(text.substr(start, end - start)) + "\n";
        start = end;
    }
}

}  // namespace

std::string po_quote(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '"': out += "\\\""; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default: out += c;
        }
    }
    return out + "\"";
}

PoFile parse_po(const std::string& text, std::vector<PoProblem>& problems) {
    PoFile file;
    PoEntry entry;
    std::string* target = nullptr;  // the string a continuation line adds to
    bool in_entry = false, has_source = false;
    std::string previous;
    bool in_previous = false;
    int number = 0;
    auto finish = [&] {
        if (in_entry && has_source) {
            if (entry.source.empty() && entry.context.empty()) parse_header(entry.translation, file.header);
            else file.entries.push_back(std::move(entry));
        }
        entry = PoEntry{};
        target = nullptr;
        in_entry = has_source = false;
        in_previous = false;
    };
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
        const std::string t = trim(line);
        if (t.empty()) {
            finish();
            continue;
        }
        // A comment or keyword after a complete msgstr starts the next entry.
        if (has_source && target == &entry.translation && t[0] != '"' && t.rfind("msgstr", 0) != 0) finish();
        if (!in_entry) {
            in_entry = true;
            entry.line = number;
        }
        if (t[0] == '#') {
            if (t.rfind("#.", 0) == 0) entry.notes.push_back(trim(t.substr(2)));
            else if (t.rfind("#:", 0) == 0) entry.references.push_back(trim(t.substr(2)));
            else if (t.rfind("#,", 0) == 0) entry.fuzzy |= t.find("fuzzy") != std::string::npos;
            else if (t.rfind("#| msgid ", 0) == 0) {
                previous.clear();
                in_previous = unquote(t, 9, previous);
                if (in_previous) entry.previous_source = previous;
            } else if (t.rfind("#| \"", 0) == 0 && in_previous) {
                std::string more;
                if (unquote(t, 3, more)) entry.previous_source = *entry.previous_source + more;
            }
            continue;
        }
        std::string value;
        std::size_t quote = t.find('"');
        const std::string keyword = trim(t.substr(0, quote == std::string::npos ? t.size() : quote));
        if (keyword.empty()) {  // a continuation line
            if (!target || !unquote(t, 0, value)) problems.push_back({number, "a quoted line that continues nothing"});
            else *target += value;
            continue;
        }
        if (quote == std::string::npos || !unquote(t, quote, value)) {
            problems.push_back({number, "\"" + t.substr(0, 60) + "\" is not `keyword \"text\"`"});
            continue;
        }
        if (keyword == "msgctxt") target = &entry.context;
        else if (keyword == "msgid") {
            target = &entry.source;
            has_source = true;
        } else if (keyword == "msgstr") target = &entry.translation;
        else if (keyword == "msgid_plural" || keyword.rfind("msgstr[", 0) == 0) {
            problems.push_back({number, "plural forms are not used by Señales"});
            target = nullptr;
            continue;
        } else {
            problems.push_back({number, "unknown keyword " + keyword});
            target = nullptr;
            continue;
        }
        *target = value;
    }
    finish();
    return file;
}

std::string write_po(const PoFile& file) {
    std::map<std::string, std::string> header = file.header;
    header["MIME-Version"] = "1.0";
    header["Content-Type"] = "text/plain; charset=UTF-8";
    header["Content-Transfer-Encoding"] = "8bit";
    std::string fields;
    for (const char* name : kHeaderOrder)
        if (auto found = header.find(name); found != header.end()) {
            fields += found->first + ": " + found->second + "\n";
            header.erase(found);
        }
    for (const auto& [name, value] : header) fields += name + ": " + value + "\n";
    std::string out = "msgid \"\"\n";
    write_string(out, "msgstr", fields);
    for (const PoEntry& e : file.entries) {
        out += "\n";
        for (const std::string& note : e.notes) {
            std::istringstream lines(note);
            for (std::string line; std::getline(lines, line);) out += "#. " + line + "\n";
        }
        for (const std::string& reference : e.references) out += "#: " + reference + "\n";
        if (e.fuzzy) out += "#, fuzzy\n";
        if (e.previous_source) out += "#| msgid " + po_quote(*e.previous_source) + "\n";
        write_string(out, "msgctxt", e.context);
        write_string(out, "msgid", e.source);
        write_string(out, "msgstr", e.translation);
    }
    return out;
}

}  // namespace senales
