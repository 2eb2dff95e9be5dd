#include "catalog.h"

namespace senales {

namespace {
template <typename T>
const T* find_in(const std::map<std::string, T>& items, const std::string& id) {
    auto it = items.find(id);
    return it == items.end() ? nullptr : &it->second;
}
}  // namespace

const Indicator* Catalog::indicator(const std::string& id) const { return find_in(indicators, id); }
const Practice* Catalog::practice(const std::string& id) const { return find_in(practices, id); }
const Harm* Catalog::harm(const std::string& id) const { return find_in(harms, id); }
const Principle* Catalog::principle(const std::string& id) const { return find_in(principles, id); }
const Source* Catalog::source(const std::string& id) const { return find_in(sources, id); }

std::string_view to_string(Strength strength) {
    switch (strength) {
        case Strength::weak: return "weak";
        case Strength::medium: return "medium";
        case Strength::strong: return "strong";
    }
    return "medium";
}

std::string_view to_string(Severity severity) {
    switch (severity) {
        case Severity::minor: return "minor";
        case Severity::serious: return "serious";
        case Severity::grave: return "grave";
    }
    return "serious";
}

std::string_view to_string(Dimension dimension) {
    switch (dimension) {
        case Dimension::deceptive_recruitment: return "deceptive_recruitment";
        case Dimension::coercive_recruitment: return "coercive_recruitment";
        case Dimension::abuse_of_vulnerability_at_recruitment: return "abuse_of_vulnerability_at_recruitment";
        case Dimension::exploitative_conditions: return "exploitative_conditions";
        case Dimension::coercion_at_destination: return "coercion_at_destination";
        case Dimension::abuse_of_vulnerability_at_destination: return "abuse_of_vulnerability_at_destination";
    }
    return "exploitative_conditions";
}

std::string_view to_string(Element element) {
    switch (element) {
        case Element::act: return "act";
        case Element::means: return "means";
        case Element::purpose: return "purpose";
    }
    return "act";
}

std::string_view dimension_label(Dimension dimension) {
    switch (dimension) {
        case Dimension::deceptive_recruitment: return "Deceptive recruitment";
        case Dimension::coercive_recruitment: return "Coercive recruitment";
        case Dimension::abuse_of_vulnerability_at_recruitment: return "Abuse of vulnerability at recruitment";
        case Dimension::exploitative_conditions: return "Exploitative conditions";
        case Dimension::coercion_at_destination: return "Coercion at destination";
        case Dimension::abuse_of_vulnerability_at_destination: return "Abuse of vulnerability at destination";
    }
    return "Exploitative conditions";
}

}  // namespace senales
