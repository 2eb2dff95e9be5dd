#pragma once
// How many of the records' xAPI statements a learning record store has not accepted yet: every
// event of every attempt whose statement was not sent, or was sent and refused.

#include <cstddef>

namespace senales::records {
class RecordStore;
}

namespace senales::play {

std::size_t statements_waiting(records::RecordStore& store);

}  // namespace senales::play
