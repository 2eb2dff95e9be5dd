#include "lrs_push.h"

#include <algorithm>

namespace senales::records {

namespace {

std::string array_of(const std::vector<XapiStatement>& statements, std::size_t from, std::size_t to) {
    std::string body = "[";
    for (std::size_t i = from; i < to; ++i) body += (i > from ? "," : "") + statements[i].json;
    return body + "]";
}

bool worth_trying_again(const LrsAnswer& answer) {
    return answer.status == 0 || answer.status == 429 || answer.status >= 500;
}

// Of us rather than of a statement: no statement would get through.
bool refuses_us(const LrsAnswer& answer) {
    return answer.status == 401 || answer.status == 403 || answer.status == 404 || answer.status == 405;
}

std::string said(const LrsAnswer& answer) {
    if (answer.status == 0) return answer.error.empty() ? "no answer" : answer.error;
    std::string body = answer.body.substr(0, 400);
    for (char& c : body)
        if (c == '\n' || c == '\r') c = ' ';
    return "HTTP " + std::to_string(answer.status) + (body.empty() ? "" : ": " + body);
}

class Pusher {
public:
    Pusher(RecordStore& store, const PostStatements& post, const PushOptions& options)
        : store_(store), post_(post), options_(options) {}

    PushReport run() {
        // Everything waiting is read once: refused statements stay waiting, and must not be met again.
        const std::vector<XapiStatement> waiting = store_.statements_to_send();
        const std::size_t batch = options_.batch ? options_.batch : 1;
        for (std::size_t from = 0; from < waiting.size() && !report_.unreachable; from += batch)
            send_batch(waiting, from, std::min(waiting.size(), from + batch));
        report_.waiting = waiting.size() - report_.sent;
        return report_;
    }

private:
    LrsAnswer post_with_retries(const std::string& body) {
        int wait = options_.first_wait_ms;
        LrsAnswer answer;
        for (int attempt = 1; attempt <= options_.tries; ++attempt) {
            answer = post_(body);
            if (!worth_trying_again(answer)) return answer;
            if (attempt < options_.tries && options_.wait) options_.wait(wait);
            wait *= 2;
        }
        return answer;
    }

    // Stops the push; what was accepted is kept, the rest waits for the next.
    void give_up(const LrsAnswer& answer) {
        report_.unreachable = true;
        report_.problems.push_back("the record store did not take the statements (" + said(answer) +
                                   "); nothing is lost, they wait for the next push");
    }

    void accepted(const std::vector<XapiStatement>& statements, std::size_t from, std::size_t to) {
        std::vector<std::string> ids;
        for (std::size_t i = from; i < to; ++i) ids.push_back(statements[i].id);
        store_.statements_accepted(ids, iso8601_now());
        report_.sent += ids.size();
    }

    void send_batch(const std::vector<XapiStatement>& statements, std::size_t from, std::size_t to) {
        const LrsAnswer answer = post_with_retries(array_of(statements, from, to));
        if (answer.status >= 200 && answer.status < 300) return accepted(statements, from, to);
        if (worth_trying_again(answer) || refuses_us(answer)) return give_up(answer);
        if (to - from == 1) return refused(statements[from], answer);
        // One bad statement refuses its whole batch: each is sent alone, so only it waits.
        for (std::size_t i = from; i < to && !report_.unreachable; ++i) send_batch(statements, i, i + 1);
    }

    void refused(const XapiStatement& statement, const LrsAnswer& answer) {
        store_.statement_refused(statement.id, said(answer));
        ++report_.refused;
        // A conflict is not cured by sending again: the store holds other content under this id.
        const std::string why = answer.status == 409 ? "; the record store holds another statement with this id "
                                                       "(sent from a copy of these records?)" : "";
        report_.problems.push_back("statement " + statement.id + " was refused (" + said(answer) + why +
                                   "); it is kept and sent again next time");
    }

    RecordStore& store_;
    const PostStatements& post_;
    const PushOptions& options_;
    PushReport report_;
};

}  // namespace

PushReport push_statements(RecordStore& store, const PostStatements& post, const PushOptions& options) {
    return Pusher(store, post, options).run();
}

}  // namespace senales::records
