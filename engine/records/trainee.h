#pragma once
// Whom an attempt belongs to: a named trainee, found again by the key of their name however it is
// typed (core/names.h), or one guest session, which is never mixed with another guest or merged
// into a named trainee.

#include <string>
#include <string_view>

namespace senales::records {

struct TraineeId {
    std::string name;  // as shown: as typed (tidied); empty for a guest
    std::string key;   // name_key(name), or a random key of one guest session
    bool guest = false;

    TraineeId() = default;
    // A named trainee (the command line and tests name trainees by a string).
    TraineeId(const std::string& typed);  // NOLINT(google-explicit-constructor)
    TraineeId(const char* typed) : TraineeId(std::string(typed)) {}  // NOLINT(google-explicit-constructor)
    static TraineeId new_guest();
};

}  // namespace senales::records
