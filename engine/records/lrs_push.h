#pragma once
// Store and forward to a learning record store: every statement kept in the records that the
// record store has not accepted yet is sent, in batches, with retries; what it accepted is marked
// so it is never sent again, what it refused is kept with its message for the next push. The
// network is given as a function, so this knows nothing of HTTP libraries (engine/net does).

#include <functional>
#include <string>
#include <vector>

#include "record_store.h"

namespace senales::records {

// What the record store answered to a POST of statements: its HTTP status, or 0 with `error`
// when there was no answer (no network, refused, timed out).
struct LrsAnswer {
    int status = 0;
    std::string body;
    std::string error;
};
// POSTs a JSON array of statements to the record store's statements resource.
using PostStatements = std::function<LrsAnswer(const std::string& body)>;

struct PushOptions {
    std::size_t batch = 100;  // statements per request
    int tries = 4;            // per request, when there is no answer or the store is busy (5xx, 429)
    int first_wait_ms = 500;  // before the second try, doubled before each next
    std::function<void(int ms)> wait;  // sleeps; tests give one that only counts
};

struct PushReport {
    std::size_t sent = 0;      // accepted in this push
    std::size_t refused = 0;   // refused one by one, kept for the next push
    std::size_t waiting = 0;   // not accepted yet after this push
    bool unreachable = false;  // it stopped: no answer after every try, or it refused us (401, 403)
    std::vector<std::string> problems;  // for the person pushing: what was refused and why
};

PushReport push_statements(RecordStore& store, const PostStatements& post, const PushOptions& options);

}  // namespace senales::records
