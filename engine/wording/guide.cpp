#include "guide.h"

#include <algorithm>
#include <set>

#include "core/advice.h"
#include "core/scoring.h"

namespace senales {

namespace {

class GuideWriter {
public:
    GuideWriter(const Scenario& scenario, const Catalog& catalog, const Wording& words)
        : s_(scenario), c_(catalog), w_(words) {}

    std::string write() {
        out_ += "# " + w_.of(s_.title) + "\n\n";
        out_ += "*" + w_.ui("guide_for_" + std::string(to_string(s_.audience)), {std::to_string(s_.minutes)}) + "*\n\n";
        out_ += w_.of(s_.summary) + "\n\n";
        section("guide_content_note");
        out_ += "> " + w_.of(s_.content_note) + "\n\n";
        section("guide_objectives");
        for (const Text& objective : s_.objectives) out_ += "- " + w_.of(objective) + "\n";
        out_ += "\n";
        decisions();
        elements();
        prompts();
        sources();
        return out_;
    }

private:
    void section(const char* key) { out_ += "## " + w_.ui(key) + "\n\n"; }

    std::string teaches(const Choice& choice) {
        std::string out;
        for (const std::string& id : choice.practices)
            if (const Practice* p = c_.practice(id)) {
                cite(p->sources);
                out += (out.empty() ? "" : " ") + w_.ui("guide_practice", {w_.of(p->name)});
            }
        for (const std::string& id : choice.harms)
            if (const Harm* h = c_.harm(id)) {
                cite(h->sources);
                out += (out.empty() ? "" : " ") +
                       w_.ui("guide_harm", {w_.of(h->name), severity(*h), w_.of(instead_for(*h, s_))});
            }
        return out.empty() ? w_.ui("guide_neutral") : out;
    }

    std::string severity(const Harm& harm) const {
        return w_.ui("severity_" + std::string(to_string(severity_for(harm, s_.person))));
    }

    void decisions() {
        section("guide_decisions");
        int n = 0;
        for (const Scene& scene : s_.scenes) {
            if (scene.is_ending || scene.choices.empty()) continue;
            out_ += "### " + std::to_string(++n) + ". `" + scene.id + "`\n\n" + w_.of(scene.text) + "\n\n";
            for (const Detail& d : scene.details) {
                const std::string what = d.neutral() ? w_.ui("guide_not_a_sign", {w_.of(d.why)})
                                                     : w_.ui("guide_sign", {indicator_name(d.indicator)});
                out_ += "- *" + w_.of(d.text) + "* " + what + "\n";
            }
            if (!scene.details.empty()) out_ += "\n";
            for (const Choice& choice : scene.choices)
                out_ += "- **" + w_.of(choice.text) + "** " + teaches(choice) + "\n";
            out_ += "\n";
        }
        section("guide_endings");
        for (const Scene& scene : s_.scenes)
            if (scene.is_ending)
                out_ += "- **" + w_.ui("outcome_" + std::string(to_string(scene.outcome))) + "** (`" + scene.id + "`): " +
                        w_.of(scene.text) + "\n";
        out_ += "\n";
    }

    std::string indicator_name(const std::string& id) {
        const Indicator* i = c_.indicator(id);
        if (!i) return id;
        cite(i->sources);
        return w_.of(i->name);
    }

    void elements() {
        section("elements_heading");
        for (Element element : kAllElements) {
            auto found = c_.elements.find(element);
            if (found == c_.elements.end()) continue;
            cite(found->second.sources);
            std::set<std::string> names;
            for (const Scene& scene : s_.scenes)
                for (const Detail& d : scene.details)
                    if (const Indicator* i = d.neutral() ? nullptr : c_.indicator(d.indicator); i && i->element == element)
                        names.insert(w_.of(i->name));
            std::string listed;
            for (const std::string& name : names) listed += (listed.empty() ? "" : ", ") + name;
            out_ += "- **" + w_.of(found->second.name) + ".** " + w_.of(found->second.explanation) + " ";
            out_ += listed.empty() ? w_.ui("guide_element_absent") : w_.ui("guide_element_signs", {listed});
            if (element == Element::means && s_.person.counts_as_child()) out_ += " " + w_.ui("element_not_needed");
            out_ += "\n";
        }
        out_ += "\n";
    }

    void prompts() {
        section("guide_prompts");
        int any = 0;
        for (const Scene& scene : s_.scenes)
            if (!scene.prompt.empty()) {
                ++any;
                out_ += "- " + w_.of(scene.prompt) + " (`" + scene.id + "`)\n";
            }
        if (!any) out_ += "- " + w_.ui("guide_no_prompts") + "\n";
        out_ += "\n";
    }

    void cite(const std::vector<std::string>& ids) {
        for (const std::string& id : ids)
            if (std::find(cited_.begin(), cited_.end(), id) == cited_.end() && c_.source(id)) cited_.push_back(id);
    }

    void sources() {
        section("guide_sources");
        for (const std::string& id : cited_) {
            const Source& source = *c_.source(id);
            out_ += "- [" + id + "] " + source.title + (source.url.empty() ? "" : " <" + source.url + ">") + "\n";
        }
    }

    const Scenario& s_;
    const Catalog& c_;
    const Wording& w_;
    std::string out_;
    std::vector<std::string> cited_;
};

}  // namespace

std::string facilitator_guide(const Scenario& scenario, const Catalog& catalog, const Wording& words) {
    return GuideWriter(scenario, catalog, words).write();
}

}  // namespace senales
