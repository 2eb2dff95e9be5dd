#include "translations.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "po_file.h"

namespace senales {

const std::string* LanguagePack::find(const Text& text) const {
    auto found = by_key.find(text.key);
    if (found == by_key.end()) return nullptr;
    const Translation& t = found->second;
    if (t.fuzzy || t.text.empty() || t.source != text.es) return nullptr;
    return &t.text;
}

Languages Languages::load(const std::vector<std::filesystem::path>& folders, Diagnostics& diagnostics) {
    Languages languages;
    for (const std::filesystem::path& folder : folders) {
        std::error_code error;
        if (!std::filesystem::is_directory(folder, error)) continue;
        for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
            const std::optional<Lang> lang = parse_lang(entry.path().filename().string());
            const std::filesystem::path file = entry.path() / "messages.po";
            if (!lang || *lang == Lang::es || *lang == Lang::en || languages.packs_.count(*lang)) continue;
            if (!std::filesystem::is_regular_file(file, error)) continue;
            std::ifstream in(file, std::ios::binary);
            std::stringstream text;
            text << in.rdbuf();
            std::vector<PoProblem> problems;
            const PoFile po = parse_po(text.str(), problems);
            for (const PoProblem& problem : problems)
                diagnostics.warning(file.string(), problem.line, "bad-translation-file", problem.message,
                                    "open the file in Poedit or run msgfmt --check on it");
            LanguagePack pack;
            pack.lang = *lang;
            pack.file = file;
            auto name = po.header.find("X-Senales-Language-Name");
            pack.name = name != po.header.end() && !name->second.empty() ? name->second : lang->code();
            for (const PoEntry& e : po.entries)
                pack.by_key[e.context] = {e.source, e.translation, e.fuzzy, file.string(), e.line};
            languages.packs_.emplace(*lang, std::move(pack));
        }
    }
    return languages;
}

std::vector<Lang> Languages::installed() const {
    std::vector<Lang> out = {Lang::es, Lang::en};
    for (const auto& [lang, pack] : packs_) out.push_back(lang);
    return out;
}

bool Languages::has(const Lang& lang) const { return lang == Lang::es || lang == Lang::en || packs_.count(lang); }

const LanguagePack* Languages::pack(const Lang& lang) const {
    auto found = packs_.find(lang);
    return found == packs_.end() ? nullptr : &found->second;
}

std::string Languages::name(const Lang& lang) const {
    if (lang == Lang::es) return "Español";
    if (lang == Lang::en) return "English";
    const LanguagePack* p = pack(lang);
    return p ? p->name : lang.code();
}

std::filesystem::path user_lang_folder(const std::filesystem::path& user_data_folder) {
    if (const char* dir = std::getenv("SENALES_LANG_DIR"); dir && *dir) return dir;
    return user_data_folder / "lang";
}

}  // namespace senales
