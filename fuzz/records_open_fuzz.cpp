// Fuzzes opening the records file: the input is the whole file, as it might be found after a
// crash, a full disk or a copy from another machine. Opening must always give a working store
// (a damaged file is moved aside), and reading and exporting what it holds must never crash.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "play/class_summary.h"
#include "records/exports.h"
#include "records/record_store.h"

using namespace senales::records;

namespace {

// A folder of this process's own, emptied after every input.
const std::filesystem::path& work_folder() {
    static const std::filesystem::path folder = [] {
        std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("senales_fuzz_records_" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
        return path;
    }();
    return folder;
}

void empty_folder(const std::filesystem::path& folder) {
    std::error_code ignored;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ignored))
        std::filesystem::remove_all(entry.path(), ignored);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::filesystem::path file = work_folder() / "records.sqlite";
    std::ofstream(file, std::ios::binary).write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    std::vector<std::string> notices;
    std::unique_ptr<RecordStore> store;
    try {
        store = RecordStore::open(file, notices);
    } catch (const RecordsError& error) {
        // The promise is that open() fails only when not even a new file can be made, and this
        // folder is writable. It does not hold yet for every file SQLite refuses (see
        // tests/hostile/records_test.cpp); until it does, that is told once, not counted as a crash,
        // so that fuzzing goes on looking for crashes.
        static bool told = false;
        if (!told) std::fprintf(stderr, "known: RecordStore::open gave up on a damaged file: %s\n", error.what());
        told = true;
        empty_folder(work_folder());
        return 0;
    }
    try {
        const std::vector<Attempt> attempts = store->attempts();
        (void)store->trainees();
        (void)store->unfinished_attempt("fuzz");
        (void)senales::play::class_summary(attempts);
        (void)attempts_csv(attempts);
        (void)attempts_xapi(attempts, XapiOptions{});
    } catch (const RecordsError&) {
        // SQLite refusing odd contents is reported to the user by the callers; not a crash.
    }
    store.reset();
    empty_folder(work_folder());
    return 0;
}
