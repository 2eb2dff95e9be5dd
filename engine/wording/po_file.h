#pragma once
// gettext PO files: what translators receive and send back. Written so that `msgfmt --check`
// accepts them, and read back with the parts Señales uses: each entry's context (msgctxt, the
// text's stable key), its source (msgid, the Spanish), its translation (msgstr), its comments and
// flags. Plurals are not used: every text is one sentence or more, never counted.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace senales {

struct PoEntry {
    std::string context;                      // msgctxt
    std::string source;                       // msgid
    std::string translation;                  // msgstr; empty: not translated yet
    std::vector<std::string> notes;           // "#." comments for the translator
    std::vector<std::string> references;      // "#:" file:line
    bool fuzzy = false;                       // "#, fuzzy": the source changed since it was translated
    std::optional<std::string> previous_source;  // "#| msgid", the source it was translated from
    int line = 0;                             // where the entry starts in the file read
};

struct PoFile {
    std::map<std::string, std::string> header;  // "Language" -> "quc", in the order written below
    std::vector<PoEntry> entries;
};

// A problem reading a PO file, at a line.
struct PoProblem {
    int line = 0;
    std::string message;
};

// Parses a PO file's text; problems (a malformed line, an unterminated string) are collected and
// the entries read so far kept.
PoFile parse_po(const std::string& text, std::vector<PoProblem>& problems);

// The file's text: a header entry with `header`'s fields (Content-Type UTF-8 is always written),
// then each entry.
std::string write_po(const PoFile& file);

// A string as a PO literal, with \\ \" \n \t escaped.
std::string po_quote(const std::string& text);

}  // namespace senales
