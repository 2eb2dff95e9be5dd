#pragma once
// Clocks a test gives the sandbox (Limits::clock), so that which limit stops a file never depends
// on how busy the machine is: the instruction budget and the deadline are tested apart, each with
// the other out of the way.

#include <chrono>
#include <cstdint>

#include "script/sandbox.h"

namespace senales::test {

// A clock that never moves: only the instruction budget (or memory, or nesting) can stop a file.
inline SandboxClock frozen_clock() {
    return {[](void*) { return std::chrono::steady_clock::time_point{}; }, nullptr};
}

// A clock that moves on by `step` each time the sandbox reads it (once per 1000 Lua instructions,
// and before each piece of text the compiler is given): the deadline falls after a fixed number of
// readings, the same on every machine.
// A test may hold it still while the trusted DSL loads, so that what it counts is the author's file
// alone, whatever the size of dsl.lua.
class TickingClock {
public:
    explicit TickingClock(std::chrono::milliseconds step = std::chrono::milliseconds(1)) : step_(step) {}
    SandboxClock clock() { return {&TickingClock::read, this}; }
    int readings() const { return readings_; }  // while moving
    void hold() { moving_ = false; }
    void release() { moving_ = true; }

private:
    static std::chrono::steady_clock::time_point read(void* context) {
        auto* self = static_cast<TickingClock*>(context);
        if (self->moving_) {
            ++self->readings_;
            self->now_ += self->step_;
        }
        return self->now_;
    }
    std::chrono::steady_clock::time_point now_{};
    std::chrono::steady_clock::duration step_;
    int readings_ = 0;
    bool moving_ = true;
};

// The default limits with the clock out of the way.
inline Limits budget_only(Limits limits = {}) {
    limits.clock = frozen_clock();
    return limits;
}

// No instruction budget to speak of; the deadline, `seconds` on `clock`, stops the file.
inline Limits deadline_only(TickingClock& clock, double seconds = 3.0, Limits limits = {}) {
    limits.instructions = std::int64_t{1} << 60;
    limits.seconds = seconds;
    limits.clock = clock.clock();
    return limits;
}

}  // namespace senales::test
