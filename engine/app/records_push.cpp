#include <chrono>
#include <cstdlib>
#include <thread>

#include "net/lrs_client.h"
#include "records/lrs_push.h"
#include "records_files.h"

namespace senales {

int push_records(records::RecordStore& store, Library& library, const RecordsOptions& options, Console& console) {
    std::string why;
    std::optional<net::LrsEndpoint> endpoint = net::parse_lrs_endpoint(options.lrs_url, &why);
    if (!endpoint) {
        console.err << "senales: records push: --lrs " << options.lrs_url << ": " << why << "; nothing was sent\n";
        return 1;
    }
    endpoint->user = options.lrs_user;
    // From the environment when not on the command line, where every user of the machine sees it.
    const char* secret = std::getenv("SENALES_LRS_PASSWORD");
    endpoint->password = !options.lrs_password.empty() || !secret ? options.lrs_password : std::string(secret);
    std::optional<XapiSources> sources = xapi_sources(library, options.xapi_home, console.err);
    if (!sources) return 1;
    statements_of(store, store.attempts(), sources->options, true);
    records::PushOptions push_options;
    push_options.wait = [](int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); };
    const records::PushReport report = records::push_statements(store, net::statement_poster(*endpoint), push_options);
    for (const std::string& problem : report.problems) console.err << "senales: records push: " << problem << "\n";
    console.out << "Sent " << report.sent << (report.sent == 1 ? " statement" : " statements") << " to "
                << endpoint->url << "; " << report.waiting << " waiting to be sent\n";
    return report.waiting == 0 ? 0 : 1;
}

}  // namespace senales
