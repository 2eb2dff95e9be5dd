#pragma once
// The project's one non-cryptographic hash (FNV-1a, 64 bits) and one bit mixer (SplitMix64's
// finaliser). File fingerprints, statement ids and the seeds of choice orders all come from here,
// so the same bytes always give the same number on every machine and build.

#include <cstdint>
#include <string>
#include <string_view>

namespace senales {

inline constexpr std::uint64_t kFnvOffsetBasis = 14695981039346656037ull;

// FNV-1a over `bytes`, continuing from `hash` (the offset basis starts a new hash).
std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = kFnvOffsetBasis);
// Spreads every input bit over the whole word: nearby inputs give unrelated outputs.
std::uint64_t mix64(std::uint64_t value);
// 16 lower-case hex digits.
std::string hex64(std::uint64_t value);

// A stream of pseudo-random numbers from one seed (SplitMix64): the same seed gives the same
// numbers everywhere, which is what shuffles and naive players replayed from a seed need.
class RandomStream {
public:
    explicit RandomStream(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() { return mix64(state_ += 0x9E3779B97F4A7C15ull); }
    // A whole number in [0, bound), every value equally likely (bound > 0).
    std::uint64_t below(std::uint64_t bound);

private:
    std::uint64_t state_;
};

}  // namespace senales
