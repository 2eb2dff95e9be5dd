#pragma once
// `senales play --protocol`: a scenario played by a program, turn by turn. Each message is one
// JSON object on one line, flushed at once, so a bot can read a line and answer a line. The
// messages are documented in the README ("Playing from a program").

#include <ostream>
#include <string>

#include "wording/debrief.h"
#include "core/runner.h"

namespace senales {

class Protocol {
public:
    Protocol(std::ostream& out, const Wording& words) : out_(out), w_(words) {}

    // {"type":"decision", scene, text, details [{id, text, flagged}], choices [{n, text}] in the order shown}
    void decision(const Runner& runner);
    // {"type":"feedback", kind, practices, harms, text}: after a choice, when feedback is immediate
    void feedback(const ChoiceFeedback& feedback);
    // {"type":"result", passed, overall, competencies, shortfalls, ending, seed}
    void result(const Debrief& debrief, const ChoiceOrder& order);
    // {"type":"error", message}; returns the exit status (1)
    int error(const std::string& message);

private:
    std::ostream& out_;
    const Wording& w_;
};

}  // namespace senales
