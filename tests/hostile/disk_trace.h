#pragma once
// "Leaves no trace on disk": what a folder holds (every file and folder under it, with size and
// time of last change), to compare before and after a hostile file is loaded.

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace senales::test {

struct FileMark {
    std::uintmax_t size = 0;
    std::filesystem::file_time_type changed;
    bool operator==(const FileMark&) const = default;
};

using FolderListing = std::map<std::string, FileMark>;  // by path relative to the folder

FolderListing list_folder(const std::filesystem::path& folder);

// "" when equal; otherwise what was added, removed or changed, one per line.
std::string differences(const FolderListing& before, const FolderListing& after);

// A fresh, empty folder under the system's temp folder, removed with its contents at the end.
class ScratchFolder {
public:
    explicit ScratchFolder(const std::string& purpose);
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// Sets an environment variable for as long as it lives, then puts the old value back.
class ScopedEnv {
public:
    ScopedEnv(std::string name, const std::string& value);
    ~ScopedEnv();
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    std::string name_;
    bool had_ = false;
    std::string old_;
};

}  // namespace senales::test
