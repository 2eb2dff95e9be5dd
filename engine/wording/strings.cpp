#include "strings.h"

#include <algorithm>
#include <map>

#include "core/text_keys.h"

namespace senales {

namespace {

int placeholders(const std::string& text) {
    int count = 0;
    for (std::size_t at = text.find("{}"); at != std::string::npos; at = text.find("{}", at + 2)) ++count;
    return count;
}

PoEntry entry_for(const VisibleString& s) {
    PoEntry e;
    e.context = s.text->key;
    e.source = s.text->es;
    e.notes.push_back("en: " + s.text->en);
    if (placeholders(s.text->es) > 0) e.notes.push_back("Keep every {}: the game puts a number or a name there.");
    if (!s.where.file.empty())
        e.references.push_back(s.where.file + (s.where.line > 0 ? ":" + std::to_string(s.where.line) : ""));
    return e;
}

}  // namespace

std::vector<VisibleString> visible_strings(const TextTable& interface, const Catalog& catalog,
                                           const std::vector<const Scenario*>& scenarios) {
    std::vector<VisibleString> out;
    for (const auto& [key, text] : interface.texts) {
        auto at = interface.written_at.find(key);
        out.push_back({&text, at == interface.written_at.end() ? SourceLocation{} : SourceLocation{at->second.first, at->second.second}});
    }
    // In the order written, as a translator reading along the file would meet them.
    std::stable_sort(out.begin(), out.end(), [](const VisibleString& a, const VisibleString& b) { return a.where.line < b.where.line; });
    auto add = [&](const Text& text, const SourceLocation& where) { out.push_back({&text, where}); };
    for_each_text(catalog, add);
    for (const Scenario* scenario : scenarios) for_each_text(*scenario, add);
    return out;
}

PoFile export_strings(const std::vector<VisibleString>& strings, const Lang* lang, const LanguagePack* existing,
                      const std::string& language_name) {
    PoFile po;
    po.header["Project-Id-Version"] = "Señales";
    po.header["Report-Msgid-Bugs-To"] = "";
    po.header["PO-Revision-Date"] = "YEAR-MO-DA HO:MI+ZONE";
    po.header["Last-Translator"] = "FULL NAME <EMAIL@ADDRESS>";
    po.header["Language-Team"] = language_name.empty() ? "LANGUAGE <LL@li.org>" : language_name;
    po.header["Language"] = lang ? lang->code() : "";
    po.header["X-Senales-Language-Name"] = language_name;
    for (const VisibleString& s : strings) {
        PoEntry e = entry_for(s);
        if (lang && existing)
            if (auto found = existing->by_key.find(e.context); found != existing->by_key.end() && !found->second.text.empty()) {
                e.translation = found->second.text;
                // As msgmerge does: a translation made from other Spanish is kept, marked fuzzy,
                // with the Spanish it was made from, for the translator to look at again.
                if (found->second.fuzzy || found->second.source != e.source) {
                    e.fuzzy = true;
                    if (found->second.source != e.source) e.previous_source = found->second.source;
                }
            }
        po.entries.push_back(std::move(e));
    }
    return po;
}

Coverage coverage(const std::vector<VisibleString>& strings, const LanguagePack& pack) {
    Coverage c;
    for (const VisibleString& s : strings) {
        ++c.total;
        if (pack.find(*s.text)) {
            ++c.translated;
            continue;
        }
        auto found = pack.by_key.find(s.text->key);
        if (found != pack.by_key.end() && !found->second.text.empty()) ++c.fuzzy;
        c.missing.push_back(s.text->key);
    }
    return c;
}

ImportReport import_strings(const PoFile& file, const std::vector<VisibleString>& strings) {
    ImportReport report;
    auto language = file.header.find("Language");
    if (language != file.header.end()) report.lang = parse_lang(language->second);
    auto name = file.header.find("X-Senales-Language-Name");
    report.name = name != file.header.end() && !name->second.empty() ? name->second
                  : report.lang                                       ? report.lang->code()
                                                                      : std::string();
    std::map<std::string, const PoEntry*> given;
    for (const PoEntry& e : file.entries) given[e.context] = &e;
    LanguagePack pack;
    if (report.lang) pack.lang = *report.lang;
    for (const VisibleString& s : strings) {
        PoEntry e = entry_for(s);
        if (auto found = given.find(e.context); found != given.end()) {
            const PoEntry& t = *found->second;
            given.erase(found);
            if (!t.translation.empty() && placeholders(t.translation) != placeholders(s.text->es)) {
                report.placeholder_errors.push_back(e.context);
            } else if (!t.translation.empty()) {
                e.translation = t.translation;
                e.fuzzy = t.fuzzy || t.source != s.text->es;
                if (t.source != s.text->es) e.previous_source = t.source;
                pack.by_key[e.context] = {s.text->es, e.translation, e.fuzzy, {}, 0};
            }
        }
        report.installed.entries.push_back(std::move(e));
    }
    for (const auto& [key, entry] : given) report.unknown_keys.push_back(key);
    report.coverage = coverage(strings, pack);
    report.installed.header = file.header;
    report.installed.header["X-Senales-Language-Name"] = report.name;
    return report;
}

}  // namespace senales
