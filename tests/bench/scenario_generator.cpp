#include "scenario_generator.h"

#include <random>

namespace senales::bench {

namespace {

// Real catalog ids, so a generated scenario loads with the shipped catalog.
const char* const kIndicators[] = {"documents_held", "debt_bondage", "controlled_communication", "isolation",
                                   "not_free_to_leave", "excessive_hours"};
const char* const kPractices[] = {"separate_from_companion", "neutral_interpreter", "informed_consent",
                                  "refer_to_services"};
const char* const kHarms[] = {"interview_in_front_of_companion", "companion_interprets", "promise_you_cannot_keep",
                              "blaming_question"};

const char* const kSpanish =
    "La agente entra al local y observa con calma. Hay música, varias mesas ocupadas y una joven que "
    "evita mirar a los ojos. El encargado se acerca enseguida y responde antes de que ella pueda hablar. ";
const char* const kEnglish =
    "The officer walks in and looks around calmly. There is music, several busy tables and a young woman "
    "who avoids eye contact. The manager comes over at once and answers before she can speak. ";

std::string text(const std::string& es, const std::string& en) {
    return "{ es = \"" + es + "\", en = \"" + en + "\" }";
}

std::string id(int scene) { return "s" + std::to_string(scene); }

}  // namespace

std::string generate_scenario(int scenes, std::uint32_t seed) {
    std::mt19937 random(seed);
    // The last tenth (at least two) are endings; every scene leads only forward, so there are no
    // loops and every ending is a leaf.
    const int endings = std::max(2, scenes / 10);
    const int playable = std::max(1, scenes - endings);
    std::string out = "return scenario {\n";
    out += "  title = " + text("Escenario sintético de " + std::to_string(scenes) + " escenas",
                               "Synthetic scenario of " + std::to_string(scenes) + " scenes") + ",\n";
    out += "  summary = " + text("Generado para medir.", "Generated for measuring.") + ",\n";
    out += "  audience = \"police\", person = { age = \"adult\", gender = \"female\", nationality = \"GT\", exploitation = \"sexual\", trafficking = true }, setting = { country = \"GT\", institution = \"PNC\" }, minutes = 15, difficulty = 2, feedback = \"deferred\",\n";
    out += "  objectives = { " + text("Medir", "Measure") + " },\n";
    out += "  content_note = " + text("Texto de prueba.", "Test text.") + ",\n";
    out += "  start = \"s0\",\n  vars = { trust = 1, safety = 2 },\n\n";
    for (int s = 0; s < playable; ++s) {
        const std::string number = std::to_string(s);
        out += "  scene \"" + id(s) + "\" {\n    text = " +
               text("Escena " + number + ". " + kSpanish + kSpanish, "Scene " + number + ". " + kEnglish + kEnglish) + ",\n";
        int details = 1 + static_cast<int>(random() % 3);
        for (int d = 0; d < details; ++d) {
            std::string detail_id = "d" + std::to_string(s) + "_" + std::to_string(d);
            if (random() % 5 == 0)
                out += "    detail \"" + detail_id + "\" { neutral = true, text = " + text("Lleva huipil.", "She wears a huipil.") +
                       ", why = " + text("La ropa no es una señal.", "Clothing is not a sign.") + " },\n";
            else
                out += "    detail \"" + detail_id + "\" { indicator = \"" + kIndicators[random() % 6] + "\", text = " +
                       text("Algo que se puede observar.", "Something one can notice.") + " },\n";
        }
        auto forward = [&](int span) {
            int target = s + 1 + static_cast<int>(random() % static_cast<unsigned>(span));
            return id(std::min(target, scenes - 1));
        };
        out += "    choice { to = \"" + forward(1) + "\", practice = \"" + kPractices[random() % 4] +
               "\", effects = { trust = 1 }, text = " + text("Hablar con ella a solas.", "Talk with her alone.") + " },\n";
        out += "    choice { to = \"" + forward(20) + "\", harm = \"" + kHarms[random() % 4] +
               "\", effects = { trust = -1, safety = -1 }, text = " +
               text("Preguntarle frente al encargado.", "Question her in front of the manager.") + " },\n";
        out += "    choice { to = \"" + forward(50) + "\", when = \"trust >= 2\", effects = { safety = 1 }, text = " +
               text("Ofrecerle apoyo.", "Offer her support.") + " },\n  },\n";
    }
    for (int e = playable; e < scenes; ++e) {
        const char* outcome = e % 3 == 0 ? "good" : e % 3 == 1 ? "mixed" : "bad";
        out += "  ending \"" + id(e) + "\" { outcome = \"" + outcome + "\", text = " +
               text("Así terminó la historia.", "This is how the story ended.") + " },\n";
    }
    return out + "}\n";
}

}  // namespace senales::bench
