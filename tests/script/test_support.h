#pragma once
// Shared by the script host's tests: where the Lua side lives, throwaway folders for inline
// scenarios, and lookups in a Diagnostics.

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <unistd.h>

#include "core/diagnostic.h"

namespace senales::test {

inline const std::filesystem::path kLuaRoot = std::filesystem::path(SENALES_SOURCE_DIR) / "scripts" / "lua";
inline const std::filesystem::path kFixtureCatalog = std::filesystem::path(SENALES_FIXTURES_DIR) / "catalog";

// A fresh folder under the system's temp directory, removed with everything in it at the end.
class TempFolder {
public:
    TempFolder() {
        static std::atomic<int> counter{0};
        path_ = std::filesystem::temp_directory_path() /
                ("senales_script_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
        std::filesystem::create_directories(path_);
    }
    ~TempFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }

    std::filesystem::path write(const std::filesystem::path& relative, std::string_view text) const {
        const std::filesystem::path file = path_ / relative;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << text;
        return file;
    }

private:
    std::filesystem::path path_;
};

// The first diagnostic with `code`, or nullptr.
inline const Diagnostic* find_code(const Diagnostics& diagnostics, std::string_view code) {
    for (const Diagnostic& d : diagnostics.items())
        if (d.code == code) return &d;
    return nullptr;
}

// `text` with its first `from` replaced by `to` (the test fails if `from` is not there).
inline std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << "not in the text: " << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

}  // namespace senales::test
