#include "uuid.h"

#include <uuid/uuid.h>

namespace senales::records {

namespace {

// Señales' namespace: the version 5 UUID of https://senales.invalid/xapi/statements in the URL
// namespace. Fixed forever: changing it would change every statement id already sent.
const char* const kNamespace = "da6bb772-8e45-5868-a141-987894430512";

std::string text_of(const uuid_t uuid) {
    char text[37];
    uuid_unparse_lower(uuid, text);
    return text;
}

}  // namespace

std::string random_uuid() {
    uuid_t uuid;
    uuid_generate_random(uuid);
    return text_of(uuid);
}

std::string name_uuid(const std::string& name) {
    uuid_t ns;
    uuid_parse(kNamespace, ns);
    uuid_t uuid;
    uuid_generate_sha1(uuid, ns, name.data(), name.size());
    return text_of(uuid);
}

}  // namespace senales::records
