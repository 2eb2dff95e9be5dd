#include "disk_trace.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>

namespace senales::test {

FolderListing list_folder(const std::filesystem::path& folder) {
    FolderListing listing;
    std::error_code error;
    for (auto it = std::filesystem::recursive_directory_iterator(folder, error);
         !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
        const std::filesystem::path& path = it->path();
        FileMark mark;
        mark.size = it->is_regular_file(error) ? it->file_size(error) : 0;
        mark.changed = it->last_write_time(error);
        listing[std::filesystem::relative(path, folder, error).string()] = mark;
    }
    return listing;
}

std::string differences(const FolderListing& before, const FolderListing& after) {
    std::string out;
    for (const auto& [path, mark] : after) {
        const auto was = before.find(path);
        if (was == before.end())
            out += "added: " + path + "\n";
        else if (!(was->second == mark))
            out += "changed: " + path + "\n";
    }
    for (const auto& [path, mark] : before)
        if (!after.count(path)) out += "removed: " + path + "\n";
    return out;
}

ScratchFolder::ScratchFolder(const std::string& purpose) {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() / ("senales_hostile_" + purpose + "_" + std::to_string(::getpid()) +
                                                      "_" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
}

ScratchFolder::~ScratchFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

ScopedEnv::ScopedEnv(std::string name, const std::string& value) : name_(std::move(name)) {
    if (const char* old = std::getenv(name_.c_str())) {
        had_ = true;
        old_ = old;
    }
    ::setenv(name_.c_str(), value.c_str(), 1);
}

ScopedEnv::~ScopedEnv() {
    if (had_)
        ::setenv(name_.c_str(), old_.c_str(), 1);
    else
        ::unsetenv(name_.c_str());
}

}  // namespace senales::test
