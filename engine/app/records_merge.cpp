#include <algorithm>
#include <filesystem>

#include "records_files.h"

namespace senales {

namespace {

// The other file is read from a copy: opening a records file may upgrade it, or set it aside when
// damaged, and a file on someone's USB stick is not ours to change.
std::optional<std::filesystem::path> copy_for_merge(const std::filesystem::path& other, const std::filesystem::path& beside,
                                                    std::ostream& err) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(other, error)) {
        err << "senales: records merge: " << other.string() << ": no such file; nothing merged from it\n";
        return std::nullopt;
    }
    std::filesystem::path copy = beside;
    copy += ".merging";
    for (const char* suffix : {"", "-wal"}) {
        std::filesystem::path from = other, to = copy;
        from += suffix;
        to += suffix;
        std::filesystem::remove(to, error);
        if (*suffix && !std::filesystem::exists(from, error)) continue;
        std::filesystem::copy_file(from, to, error);
        if (error) {
            err << "senales: records merge: cannot read " << from.string() << ": " << error.message()
                << "; nothing merged from it\n";
            return std::nullopt;
        }
    }
    return copy;
}

void remove_copy(const std::filesystem::path& copy) {
    std::error_code error;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        std::filesystem::path file = copy;
        file += suffix;
        std::filesystem::remove(file, error);
    }
}

}  // namespace

int merge_records(records::RecordStore& store, const RecordsOptions& options, Console& console) {
    std::string stamp = records::iso8601_now();
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    std::filesystem::path backup;
    std::error_code error;
    for (int n = 1; backup.empty() || std::filesystem::exists(backup, error); ++n) {
        backup = store.file();
        backup += ".before-merge-" + stamp + (n > 1 ? "-" + std::to_string(n) : "");
    }
    store.copy_to(backup);
    console.out << "Backup of these records: " << backup.string() << "\n";
    int failed = 0;
    for (std::string other : options.others) {
        // A records folder (another laptop's, copied whole) stands for the file in it.
        if (std::filesystem::is_directory(other, error)) other = (std::filesystem::path(other) / "records.sqlite").string();
        if (std::filesystem::equivalent(other, store.file(), error)) {
            console.err << "senales: records merge: " << other << " is these records; nothing to merge\n";
            ++failed;
            continue;
        }
        std::optional<std::filesystem::path> copy = copy_for_merge(other, store.file(), console.err);
        if (!copy) {
            ++failed;
            continue;
        }
        std::vector<std::string> notices;
        auto theirs = records::RecordStore::open(*copy, notices);
        if (theirs->set_aside()) {
            const bool newer = theirs->set_aside()->why == records::SetAside::Why::newer_version;
            console.err << "senales: records merge: " << other << ": "
                        << (newer ? "written by a newer version of Señales; update this one to merge it"
                                  : "not a records file of Señales, or damaged")
                        << "; nothing merged from it\n";
            std::filesystem::path aside = theirs->set_aside()->backup;
            theirs.reset();
            remove_copy(*copy);
            remove_copy(aside);
            ++failed;
            continue;
        }
        const auto report = store.merge_from(*theirs, other, records::iso8601_now());
        theirs.reset();
        remove_copy(*copy);
        console.out << "Merged " << other << ": " << report.added << (report.added == 1 ? " attempt" : " attempts")
                    << " added, " << report.already_here << " already here; " << report.trainees_matched
                    << " trainees found here by name, " << report.trainees_new << " new, " << report.guests
                    << " guest sessions kept apart\n";
        for (const std::string& conflict : report.conflicts) console.err << "senales: records merge: " << conflict << "\n";
    }
    return failed ? 1 : 0;
}

}  // namespace senales
