#include "wording.h"

namespace senales {

Wording::Wording(Lang lang, const TextTable& interface, const LanguagePack* pack)
    : lang_(std::move(lang)), interface_(interface), pack_(pack) {}

std::string Wording::of(const Text& text) const {
    if (lang_ == Lang::en && !text.en.empty()) return text.en;
    if (lang_ == Lang::es || lang_ == Lang::en) return text.es;
    if (pack_)
        if (const std::string* translation = pack_->find(text)) return *translation;
    return text.es;
}

bool Wording::translated(const Text& text) const {
    if (lang_ == Lang::es || lang_ == Lang::en) return true;
    return pack_ && pack_->find(text);
}

const std::string& Wording::ui(const std::string& key) const {
    auto done = resolved_.find(key);
    if (done != resolved_.end()) return done->second;
    const Text* text = interface_.find(key);
    // A key the interface file lacks is a programming error that tests catch; show it, do not crash.
    return resolved_.emplace(key, text ? of(*text) : "[" + key + "]").first->second;
}

std::string Wording::ui(const std::string& key, std::initializer_list<std::string_view> args) const {
    return fill(ui(key), args);
}

std::string fill(std::string text, std::initializer_list<std::string_view> args) {
    std::size_t at = 0;
    for (std::string_view arg : args) {
        at = text.find("{}", at);
        if (at == std::string::npos) break;
        text.replace(at, 2, arg);
        at += arg.size();
    }
    return text;
}

}  // namespace senales
