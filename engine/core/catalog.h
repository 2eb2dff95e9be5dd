#pragma once
// The shared reference material scenarios point to by id: warning signs (indicators), the
// principles of victim-centred identification, the good practices that honour them and the harms
// that break them, and the sources a debrief cites.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "text.h"

namespace senales {

enum class Strength { weak, medium, strong };
enum class Severity { minor, serious, grave };

// The six dimensions of the ILO/EC operational indicators (2009).
enum class Dimension {
    deceptive_recruitment,
    coercive_recruitment,
    abuse_of_vulnerability_at_recruitment,
    exploitative_conditions,
    coercion_at_destination,
    abuse_of_vulnerability_at_destination,
};
inline constexpr Dimension kAllDimensions[] = {
    Dimension::deceptive_recruitment,         Dimension::coercive_recruitment,
    Dimension::abuse_of_vulnerability_at_recruitment, Dimension::exploitative_conditions,
    Dimension::coercion_at_destination,       Dimension::abuse_of_vulnerability_at_destination,
};

struct Source {
    std::string id;
    std::string title;
    std::string url;
    SourceLocation where;
    std::string publisher;  // "UNODC", "ILO", "Congreso de la República de Guatemala"…
    int year = 0;           // 0 when not known
};

struct Principle {
    std::string id;
    Text name;
    Text explanation;
    std::vector<std::string> sources;
    SourceLocation where;
};

// The three elements of the legal definition (Palermo Protocol, art. 3): what was done to the
// person, how they were brought under control, and what for. An adult case needs all three; a
// child's, the act and the purpose.
enum class Element { act, means, purpose };
inline constexpr Element kAllElements[] = {Element::act, Element::means, Element::purpose};

struct LegalElement {
    Element element = Element::act;
    Text name;
    Text explanation;
    std::vector<std::string> sources;
    SourceLocation where;
};

struct Indicator {
    std::string id;
    Dimension dimension = Dimension::exploitative_conditions;
    Element element = Element::means;  // the part of the definition it points to
    Strength strength = Strength::medium;
    Text name;
    Text explanation;
    std::vector<std::string> sources;
    SourceLocation where;
};

// A practice's or harm's advice worded for one place or audience: "in Mexico, the child
// protection authority" rather than Guatemala's PGN. Empty texts fall back to the entry's own.
struct ContextWording {
    std::string country;   // ISO 3166 alpha-2; empty: any
    std::string audience;  // police | consular | community; empty: any
    Text explanation;
    Text instead;          // harms only
    SourceLocation where;
};

struct Practice {
    std::string id;
    std::string principle;
    Text name;
    Text explanation;
    std::vector<std::string> sources;
    SourceLocation where;
    // Where the entry's own texts hold, when they name one country's institutions; empty: anywhere.
    std::vector<std::string> countries;
    std::vector<ContextWording> contexts;
};

struct Harm {
    std::string id;
    std::string principle;
    Severity severity = Severity::serious;
    // How grave it is when the person is a child or may be one, where that is graver than the
    // "serious" every harm to a child counts as at least (handing a child back to her exploiters).
    std::optional<Severity> child_severity;
    Text name;
    Text instead;
    Text explanation;
    std::vector<std::string> sources;
    SourceLocation where;
    std::vector<std::string> countries;      // as for Practice
    std::vector<ContextWording> contexts;
};

struct Catalog {
    std::map<std::string, Source> sources;
    std::map<std::string, Principle> principles;
    std::map<Element, LegalElement> elements;
    std::map<std::string, Indicator> indicators;
    std::map<std::string, Practice> practices;
    std::map<std::string, Harm> harms;

    const Indicator* indicator(const std::string& id) const;
    const Practice* practice(const std::string& id) const;
    const Harm* harm(const std::string& id) const;
    const Principle* principle(const std::string& id) const;
    const Source* source(const std::string& id) const;
};

std::string_view to_string(Strength strength);
std::string_view to_string(Severity severity);
std::string_view to_string(Dimension dimension);
std::string_view to_string(Element element);
// In English, for authors' tools (senales check); players read it through the wording layer.
std::string_view dimension_label(Dimension dimension);

}  // namespace senales
