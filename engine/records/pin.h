#pragma once
// The facilitator's PIN: 4 to 12 digits, kept only as a salted argon2id hash (a slow key
// derivation), so that the records file does not give it away.

#include <string>
#include <string_view>

namespace senales::records {

inline constexpr std::size_t kMinPinDigits = 4;
inline constexpr std::size_t kMaxPinDigits = 12;

bool pin_well_formed(std::string_view pin);
// The encoded hash, with its salt and parameters; throws RecordsError if hashing fails.
std::string hash_pin(std::string_view pin);
bool pin_matches(std::string_view pin, const std::string& encoded_hash);

}  // namespace senales::records
