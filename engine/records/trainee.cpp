#include "trainee.h"

#include "attempt.h"
#include "core/names.h"

namespace senales::records {

TraineeId::TraineeId(const std::string& typed) : name(tidy_name(typed)), key(name_key(typed)) {}

TraineeId TraineeId::new_guest() {
    TraineeId guest;
    guest.key = "guest:" + random_hex_id();
    guest.guest = true;
    return guest;
}

}  // namespace senales::records
