#include "pin.h"

#include <argon2.h>

#include <random>
#include <vector>

#include "sqlite_db.h"

namespace senales::records {

namespace {
// OWASP's minimum for argon2id (2 passes over 19 MiB): about a tenth of a second on a modest laptop.
constexpr std::uint32_t kPasses = 2;
constexpr std::uint32_t kMemoryKiB = 19 * 1024;
constexpr std::uint32_t kLanes = 1;
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
}  // namespace

bool pin_well_formed(std::string_view pin) {
    if (pin.size() < kMinPinDigits || pin.size() > kMaxPinDigits) return false;
    for (char c : pin)
        if (c < '0' || c > '9') return false;
    return true;
}

std::string hash_pin(std::string_view pin) {
    std::random_device random;
    std::vector<unsigned char> salt(kSaltBytes);
    for (unsigned char& byte : salt) byte = static_cast<unsigned char>(random());
    std::vector<char> encoded(argon2_encodedlen(kPasses, kMemoryKiB, kLanes, kSaltBytes, kHashBytes, Argon2_id));
    const int code = argon2id_hash_encoded(kPasses, kMemoryKiB, kLanes, pin.data(), pin.size(), salt.data(), salt.size(),
                                           kHashBytes, encoded.data(), encoded.size());
    if (code != ARGON2_OK) throw RecordsError(std::string("the PIN could not be hashed: ") + argon2_error_message(code), 0);
    return std::string(encoded.data());
}

bool pin_matches(std::string_view pin, const std::string& encoded_hash) {
    return argon2id_verify(encoded_hash.c_str(), pin.data(), pin.size()) == ARGON2_OK;
}

}  // namespace senales::records
