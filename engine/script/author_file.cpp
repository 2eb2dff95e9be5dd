#include "script/author_file.h"

#include <cstdio>
#include <fstream>

namespace senales {

std::string size_in_words(std::uintmax_t bytes) {
    constexpr std::uintmax_t kKiB = 1024, kMiB = 1024 * 1024;
    char text[64];
    if (bytes >= kMiB && bytes % kMiB == 0)
        std::snprintf(text, sizeof text, "%ju MiB", bytes / kMiB);
    else if (bytes >= kMiB)
        std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / static_cast<double>(kMiB));
    else if (bytes >= kKiB)
        std::snprintf(text, sizeof text, "%ju KiB", bytes / kKiB);
    else
        std::snprintf(text, sizeof text, "%ju bytes", bytes);
    return text;
}

AuthorFile read_author_file(const std::filesystem::path& file, std::size_t most_bytes, Diagnostics& diagnostics) {
    AuthorFile result;
    const std::string where = file.string();
    const std::string name = file.filename().string();
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(file, error);  // follows links
    if (status.type() == std::filesystem::file_type::not_found) {
        result.missing = true;
        return result;
    }
    if (!std::filesystem::is_regular_file(status)) {
        diagnostics.error(where, 0, "not-a-file", name + " is not a plain file (it is a folder, a device or a pipe)",
                          "replace it with the text file itself");
        return result;
    }
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    if (error) {
        diagnostics.error(where, 0, "unreadable-file", "cannot read " + name + ": " + error.message(),
                          "check that the file is there and that you may read it");
        return result;
    }
    if (size > most_bytes) {
        diagnostics.error(where, 0, "file-too-big",
                          name + " is " + size_in_words(size) + "; a file may be at most " + size_in_words(most_bytes),
                          "scenario files are text and are rarely over 200 KiB: is this the right file? "
                          "Images go beside it in the folder, not inside it");
        return result;
    }
    std::ifstream in(file, std::ios::binary);
    std::string bytes;
    bytes.reserve(static_cast<std::size_t>(size));
    char chunk[1 << 16];
    while (in && bytes.size() <= most_bytes) {  // read to the end, or just past the limit of a file that grew
        in.read(chunk, sizeof chunk);
        bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad() || (!in && !in.eof())) {
        diagnostics.error(where, 0, "unreadable-file", "cannot read " + name,
                          "check that the file is there and that you may read it");
        return result;
    }
    if (bytes.size() > most_bytes) {
        diagnostics.error(where, 0, "file-too-big", name + " grew past " + size_in_words(most_bytes) + " while it was read",
                          "let whatever is writing it finish, then check again");
        return result;
    }
    result.bytes = std::move(bytes);
    return result;
}

}  // namespace senales
