#include "coverage.h"

#include <algorithm>
#include <set>

namespace senales {

namespace {

void mark(CoverageItem& item, const std::string& scenario) {
    if (std::find(item.scenarios.begin(), item.scenarios.end(), scenario) == item.scenarios.end())
        item.scenarios.push_back(scenario);
}

CoverageItem* find_item(std::vector<CoverageItem>& items, CoverageItem::Kind kind, std::string_view id) {
    for (CoverageItem& item : items)
        if (item.kind == kind && item.id == id) return &item;
    return nullptr;
}

// Marks what one scenario teaches, counting only details some path shows and choices some path offers.
void add_scenario(const Scenario& scenario, const ExplorationReport& report, const Catalog& catalog,
                  std::vector<CoverageItem>& items) {
    std::set<int> unreachable(report.unreachable.begin(), report.unreachable.end());
    std::set<std::pair<int, int>> never_shown(report.details_never_shown.begin(), report.details_never_shown.end());
    std::set<std::pair<int, int>> never_offered(report.choices_never_offered.begin(), report.choices_never_offered.end());
    for (std::size_t s = 0; s < scenario.scenes.size(); ++s) {
        if (unreachable.count(static_cast<int>(s))) continue;
        const Scene& scene = scenario.scenes[s];
        for (std::size_t d = 0; d < scene.details.size(); ++d) {
            if (never_shown.count({static_cast<int>(s), static_cast<int>(d)})) continue;
            if (const Indicator* indicator = catalog.indicator(scene.details[d].indicator))
                if (CoverageItem* item = find_item(items, CoverageItem::Kind::dimension, to_string(indicator->dimension)))
                    mark(*item, scenario.id);
        }
        for (std::size_t c = 0; c < scene.choices.size(); ++c) {
            if (never_offered.count({static_cast<int>(s), static_cast<int>(c)})) continue;
            const Choice& choice = scene.choices[c];
            std::vector<std::string> principles;
            for (const std::string& id : choice.practices)
                if (const Practice* practice = catalog.practice(id)) principles.push_back(practice->principle);
            for (const std::string& id : choice.harms)
                if (const Harm* harm = catalog.harm(id)) principles.push_back(harm->principle);
            for (const std::string& principle : principles)
                if (CoverageItem* item = find_item(items, CoverageItem::Kind::principle, principle))
                    mark(*item, scenario.id);
        }
    }
}

}  // namespace

std::vector<CoverageItem> library_coverage(const std::vector<ExploredScenario>& library, const Catalog& catalog) {
    std::vector<CoverageItem> items;
    for (Dimension dimension : kAllDimensions)
        items.push_back({CoverageItem::Kind::dimension, std::string(to_string(dimension)),
                         std::string(dimension_label(dimension)), {}, true});
    for (const char* id : kRequiredPrinciples) {
        const Principle* principle = catalog.principle(id);
        items.push_back({CoverageItem::Kind::principle, id, principle ? principle->name.en : id, {}, principle != nullptr});
    }
    for (const ExploredScenario& explored : library) add_scenario(*explored.scenario, *explored.report, catalog, items);
    return items;
}

std::vector<ProfileField> library_profile(const std::vector<const Scenario*>& library) {
    struct Getter {
        const char* field;
        std::string (*get)(const Scenario&);
        bool by_design;
    };
    static const Getter kFields[] = {
        {"audience", [](const Scenario& s) { return std::string(to_string(s.audience)); }, false},
        {"age", [](const Scenario& s) { return std::string(to_string(s.person.age)); }, false},
        {"gender", [](const Scenario& s) { return std::string(to_string(s.person.gender)); }, false},
        {"nationality", [](const Scenario& s) { return s.person.nationality; }, false},
        {"exploitation", [](const Scenario& s) { return std::string(to_string(s.person.exploitation)); }, false},
        {"trafficking", [](const Scenario& s) { return std::string(s.person.trafficking ? "true" : "false"); }, true},
        {"setting.country", [](const Scenario& s) { return s.setting.country; }, false},
        {"setting.institution", [](const Scenario& s) { return s.setting.institution; }, false},
    };
    std::vector<ProfileField> out;
    for (const Getter& g : kFields) {
        ProfileField field{g.field, {}, g.by_design};
        for (const Scenario* s : library) {
            const std::string value = g.get(*s);
            auto it = std::find_if(field.values.begin(), field.values.end(), [&](const ProfileValue& v) { return v.value == value; });
            if (it == field.values.end()) field.values.push_back({value, {s->id}});
            else it->scenarios.push_back(s->id);
        }
        std::stable_sort(field.values.begin(), field.values.end(),
                         [](const ProfileValue& a, const ProfileValue& b) { return a.scenarios.size() > b.scenarios.size(); });
        out.push_back(std::move(field));
    }
    return out;
}

}  // namespace senales
