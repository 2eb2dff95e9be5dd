#include "debrief_wording.h"

namespace senales::wording {

namespace {
std::string n(int value) { return std::to_string(value); }
}  // namespace

std::string competency_name(Competency competency, Lang lang) {
    bool es = lang == Lang::es;
    switch (competency) {
        case Competency::recognition: return es ? "Reconocer señales" : "Recognition";
        case Competency::do_no_harm: return es ? "No hacer daño" : "Do no harm";
        case Competency::protection: return es ? "Protección y derivación" : "Protection and referral";
        case Competency::outcome: return es ? "Desenlace" : "Outcome";
    }
    return {};
}

std::string recognition_sentence(int found, int shown, int wrong_flags, int neutral_shown, Lang lang) {
    std::string out;
    if (lang == Lang::es) {
        out = shown == 0 ? "En su recorrido no apareció ninguna señal de alerta."
                         : "Marcó " + n(found) + " de las " + n(shown) + (shown == 1 ? " señal" : " señales") +
                               " de alerta que tuvo a la vista.";
        if (wrong_flags > 0 && neutral_shown == 1)
            out += " También marcó el único detalle a la vista que por sí solo no es una señal: eso es perfilar, y "
                   "le resta todo.";
        else if (wrong_flags > 0)
            out += " También marcó " + n(wrong_flags) + " de los " + n(neutral_shown) +
                   " detalles a la vista que por sí solos no son señales: eso es perfilar, y le resta esa misma "
                   "proporción.";
    } else {
        out = shown == 0 ? "No warning sign appeared on your path."
                         : "You flagged " + n(found) + " of the " + n(shown) + " warning sign" + (shown == 1 ? "" : "s") +
                               " you were shown.";
        if (wrong_flags > 0 && neutral_shown == 1)
            out += " You also flagged the one detail shown that is not a sign on its own: that is profiling, and "
                   "it takes off everything.";
        else if (wrong_flags > 0)
            out += " You also flagged " + n(wrong_flags) + " of the " + n(neutral_shown) +
                   " details shown that are not signs on their own: that is profiling, and it takes off that "
                   "same share.";
    }
    return out;
}

std::string do_no_harm_sentence(int harms, int grave, Lang lang) {
    if (lang == Lang::es) {
        if (harms == 0) return "Ninguna de sus decisiones dañó a la persona.";
        std::string out = harms == 1 ? "1 decisión dañó a la persona." : n(harms) + " decisiones dañaron a la persona.";
        if (grave > 0) out += " Al menos una fue grave: por sí sola hace que no apruebe.";
        return out;
    }
    if (harms == 0) return "None of your decisions harmed the person.";
    std::string out = harms == 1 ? "1 decision harmed the person." : n(harms) + " decisions harmed the person.";
    if (grave > 0) out += " At least one was grave: on its own it means you do not pass.";
    return out;
}

std::string protection_sentence(int taken, int opportunities, Lang lang) {
    if (lang == Lang::es) {
        if (opportunities == 0) return "Su recorrido no ofreció momentos para aplicar una buena práctica.";
        return "Aplicó una buena práctica en " + n(taken) + " de " + n(opportunities) +
               (opportunities == 1 ? " momento que lo permitía." : " momentos que lo permitían.");
    }
    if (opportunities == 0) return "Your path offered no moment for a good practice.";
    return "You took a good practice at " + n(taken) + " of the " + n(opportunities) +
           (opportunities == 1 ? " moment that allowed one." : " moments that allowed one.");
}

std::string outcome_sentence(bool finished, Outcome outcome, Lang lang) {
    bool es = lang == Lang::es;
    if (!finished) return es ? "La historia no llegó a su final." : "The story did not reach its end.";
    switch (outcome) {
        case Outcome::good: return es ? "La historia terminó bien para ella." : "The story ended well for her.";
        case Outcome::mixed: return es ? "La historia terminó solo en parte bien para ella." : "The story ended only partly well for her.";
        case Outcome::bad: return es ? "La historia terminó mal para ella." : "The story ended badly for her.";
    }
    return {};
}

std::string shortfall_sentence(Shortfall shortfall, const ScoreCard& card, Lang lang) {
    const bool es = lang == Lang::es;
    switch (shortfall) {
        case Shortfall::not_finished:
            return es ? "La historia no llegó a su final." : "The story did not reach its end.";
        case Shortfall::below_pass_mark:
            return es ? "El resultado general, " + n(card.overall) + ", está por debajo de " + n(rules::kPassMark) + "."
                      : "The overall score, " + n(card.overall) + ", is under " + n(rules::kPassMark) + ".";
        case Shortfall::weak_competency: {
            std::string names;
            for (Competency c : kAllCompetencies)
                if (card[c] < rules::kCompetencyFloor)
                    names += (names.empty() ? "" : ", ") + competency_name(c, lang) + " (" + n(card[c]) + ")";
            return es ? "Para aprobar, cada competencia necesita al menos " + n(rules::kCompetencyFloor) +
                            "; no llegó: " + names + "."
                      : "To pass, every competency needs at least " + n(rules::kCompetencyFloor) +
                            "; short of it: " + names + ".";
        }
        case Shortfall::grave_harm:
            return es ? "Una de sus decisiones causó un daño grave a la persona: eso, por sí solo, impide aprobar."
                      : "One of your decisions did grave harm to the person: that alone means you do not pass.";
        case Shortfall::bad_ending:
            return es ? "La historia terminó mal para ella (quedó en peligro, volvió con quienes la explotaban o fue "
                        "castigada): con ese final no se aprueba."
                      : "The story ended badly for her (left in danger, back with the people who exploited her, or "
                        "punished): that ending does not pass.";
    }
    return {};
}

}  // namespace senales::wording
