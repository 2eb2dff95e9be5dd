#include "lrs_client.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

#include "records/xapi_home.h"

namespace senales::net {

namespace {

std::size_t collect(char* data, std::size_t size, std::size_t count, void* body) {
    static_cast<std::string*>(body)->append(data, size * count);
    return size * count;
}

struct CurlDeleter {
    void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct HeadersDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

records::LrsAnswer request(const LrsEndpoint& endpoint, const std::string& resource, const std::string* post_body) {
    static std::once_flag global;
    std::call_once(global, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    records::LrsAnswer answer;
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl) {
        answer.error = "cannot start an HTTP request";
        return answer;
    }
    curl_slist* list = curl_slist_append(nullptr, "X-Experience-API-Version: 1.0.3");
    list = curl_slist_append(list, "Accept: application/json");
    if (post_body) list = curl_slist_append(list, "Content-Type: application/json; charset=utf-8");
    std::unique_ptr<curl_slist, HeadersDeleter> headers(list);
    const std::string url = endpoint.url + "/" + resource;
    char error[CURL_ERROR_SIZE] = {0};
    curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(curl.get(), CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &answer.body);
    curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, endpoint.timeout_seconds);
    curl_easy_setopt(curl.get(), CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_PROTOCOLS_STR, "http,https");
    if (!endpoint.user.empty() || !endpoint.password.empty()) {
        curl_easy_setopt(curl.get(), CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_easy_setopt(curl.get(), CURLOPT_USERNAME, endpoint.user.c_str());
        curl_easy_setopt(curl.get(), CURLOPT_PASSWORD, endpoint.password.c_str());
    }
    if (post_body) {
        curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, post_body->data());
        curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(post_body->size()));
    }
    const CURLcode code = curl_easy_perform(curl.get());
    if (code != CURLE_OK) {
        answer.error = error[0] ? error : curl_easy_strerror(code);
        answer.body.clear();
        return answer;
    }
    long status = 0;
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
    answer.status = static_cast<int>(status);
    return answer;
}

}  // namespace

std::optional<LrsEndpoint> parse_lrs_endpoint(const std::string& url, std::string* error) {
    // The same form as the academy's address: one check of what an http(s) address may hold.
    std::optional<records::XapiHome> checked = records::parse_xapi_home(url, error);
    if (!checked) return std::nullopt;
    LrsEndpoint endpoint;
    endpoint.url = checked->home_page;
    return endpoint;
}

records::PostStatements statement_poster(const LrsEndpoint& endpoint) {
    return [endpoint](const std::string& body) { return request(endpoint, "statements", &body); };
}

records::LrsAnswer lrs_get(const LrsEndpoint& endpoint, const std::string& resource) {
    return request(endpoint, resource, nullptr);
}

}  // namespace senales::net
