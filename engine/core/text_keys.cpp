#include "text_keys.h"

namespace senales {

namespace {

// One walk over a scenario's texts, for keys and for visits alike. `Model` is Scenario or const
// Scenario; `visit(text, key, where)` gets each text with its key.
template <typename Model, typename Visit>
void walk(Model& s, Visit visit) {
    const std::string& id = s.id;
    visit(s.title, id + "/title", s.where);
    visit(s.summary, id + "/summary", s.where);
    visit(s.content_note, id + "/content_note", s.where);
    for (std::size_t i = 0; i < s.objectives.size(); ++i)
        visit(s.objectives[i], id + "/objective/" + std::to_string(i + 1), s.where);
    for (auto& scene : s.scenes) {
        const std::string at = id + "/" + scene.id;
        visit(scene.text, at + "/text", scene.where);
        if (!scene.prompt.empty()) visit(scene.prompt, at + "/prompt", scene.where);
        for (auto& detail : scene.details) {
            visit(detail.text, at + "/detail/" + detail.id, detail.where);
            if (!detail.why.empty()) visit(detail.why, at + "/detail/" + detail.id + "/why", detail.where);
        }
        for (auto& choice : scene.choices) {
            const std::string c = at + "/choice/" + choice.id;
            visit(choice.text, c, choice.where);
            if (!choice.note.empty()) visit(choice.note, c + "/note", choice.where);
            if (!choice.consequence.empty()) visit(choice.consequence, c + "/consequence", choice.where);
        }
    }
}

template <typename Model, typename Visit>
void walk_catalog(Model& c, Visit visit) {
    for (auto& [element, e] : c.elements) {
        const std::string id(to_string(element));
        visit(e.name, "catalog/element/" + id + "/name", e.where);
        visit(e.explanation, "catalog/element/" + id + "/explanation", e.where);
    }
    for (auto& [id, p] : c.principles) {
        visit(p.name, "catalog/principle/" + id + "/name", p.where);
        visit(p.explanation, "catalog/principle/" + id + "/explanation", p.where);
    }
    for (auto& [id, i] : c.indicators) {
        visit(i.name, "catalog/indicator/" + id + "/name", i.where);
        visit(i.explanation, "catalog/indicator/" + id + "/explanation", i.where);
    }
    // A context's texts are keyed by where they apply: ".../instead@MX", ".../explanation@community".
    auto contexts = [&](auto& list, const std::string& at) {
        for (auto& context : list) {
            std::string where = context.country;
            if (!context.audience.empty()) where += (where.empty() ? "" : "+") + context.audience;
            if (!context.explanation.empty()) visit(context.explanation, at + "/explanation@" + where, context.where);
            if (!context.instead.empty()) visit(context.instead, at + "/instead@" + where, context.where);
        }
    };
    for (auto& [id, p] : c.practices) {
        visit(p.name, "catalog/practice/" + id + "/name", p.where);
        visit(p.explanation, "catalog/practice/" + id + "/explanation", p.where);
        contexts(p.contexts, "catalog/practice/" + id);
    }
    for (auto& [id, h] : c.harms) {
        visit(h.name, "catalog/harm/" + id + "/name", h.where);
        visit(h.instead, "catalog/harm/" + id + "/instead", h.where);
        visit(h.explanation, "catalog/harm/" + id + "/explanation", h.where);
        contexts(h.contexts, "catalog/harm/" + id);
    }
}

}  // namespace

void assign_text_keys(Scenario& scenario) {
    walk(scenario, [](Text& text, std::string key, const SourceLocation&) { text.key = std::move(key); });
}

void assign_text_keys(Catalog& catalog) {
    walk_catalog(catalog, [](Text& text, std::string key, const SourceLocation&) { text.key = std::move(key); });
}

void for_each_text(const Scenario& scenario, const TextVisitor& visit) {
    walk(scenario, [&](const Text& text, const std::string&, const SourceLocation& where) { visit(text, where); });
}

void for_each_text(const Catalog& catalog, const TextVisitor& visit) {
    walk_catalog(catalog, [&](const Text& text, const std::string&, const SourceLocation& where) { visit(text, where); });
}

}  // namespace senales
