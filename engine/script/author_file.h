#pragma once
// Reading an author's file from disk. The file comes from outside (a USB stick, an e-mail), so it
// is looked at before a byte is read: only a plain file of a sane size is read at all. A folder,
// a device or a named pipe (which would block forever) is refused, and so is a file over the size
// limit, without reading it into memory.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

#include "core/diagnostic.h"

namespace senales {

struct AuthorFile {
    std::optional<std::string> bytes;  // the whole file, when it was read
    bool missing = false;              // nothing by that name: the caller says what was expected there
};

// Reads `file` when it is a regular file of at most `most_bytes`. Every problem other than a
// missing file is reported, with a hint.
AuthorFile read_author_file(const std::filesystem::path& file, std::size_t most_bytes, Diagnostics& diagnostics);

// "4 MiB", "50.3 MiB", "812 KiB", "37 bytes": sizes as authors read them.
std::string size_in_words(std::uintmax_t bytes);

}  // namespace senales
