#pragma once
// The game window as a whole: the scenarios from the library, the platform (SDL window), the
// screens (GameFlow), the settings file and the records file. `senales` runs it,
// `senales shots` and the UI tests drive it headless, frame by frame.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "library.h"
#include "platform/platform.h"
#include "ui/game_flow.h"
#include "records/record_store.h"
#include "ui/settings.h"

namespace senales {

struct SessionOptions {
    bool headless = false;
    int width = 1280;
    int height = 720;
    std::optional<std::filesystem::path> settings_file;  // read at start, written on change
    std::optional<ui::Settings> settings;                // instead of the file (shots, tests)
    // The records file; without one (shots, tests), records are kept in memory for this session.
    std::optional<std::filesystem::path> records_file;
    std::string records_unavailable;  // why there is no records file, to tell the trainee
    // The seed of every attempt's choice order, where what is shown must be the same on every run
    // (shots, tests); a real game draws one per attempt.
    std::optional<std::uint32_t> fixed_seed;
};

class GameSession {
public:
    // Loads the catalog and every scenario; nullptr (with the reason on `err`) when the catalog
    // is broken or no window can be opened.
    static std::unique_ptr<GameSession> open(Library& library, const SessionOptions& options, std::ostream& err);
    ~GameSession();

    // The interactive loop, until the trainee quits or closes the window.
    int run();
    // One turn of that loop: waits up to `max_wait_ms` for input when nothing is due, then draws
    // a frame only if one is due. False once the game should end.
    bool step(int max_wait_ms);
    // Handles what input is waiting and draws one frame now; with `png`, saves it there.
    bool frame(const std::filesystem::path* png = nullptr);

    platform::Platform& platform() { return *platform_; }
    ui::GameFlow& flow() { return *flow_; }

private:
    GameSession(std::ostream& err) : err_(err) {}
    // The store, and what the trainee must be told about it (a damaged file set aside, or why
    // records are only kept in memory this time).
    std::vector<std::string> open_records(const SessionOptions& options, const Wording& lang);
    void apply_settings();
    void pass_on_messages();
    void keep_leases();
    void remember_window_place();

    std::ostream& err_;
    std::unique_ptr<platform::Platform> platform_;
    std::unique_ptr<records::RecordStore> records_;
    std::unique_ptr<ui::GameFlow> flow_;
    ui::Settings applied_;
    std::optional<std::filesystem::path> settings_file_;
    std::chrono::steady_clock::time_point last_lease_renewal_ = std::chrono::steady_clock::now();
};

// Where `senales` keeps its settings: settings.txt in the user's data folder.
// The game window's records, settings and translations: all in the --data-dir folder when one is
// given (nothing then goes to the user's data folder), else in the user's data folder.
SessionOptions game_session_options(Library& library, const std::string& data_dir_option);

}  // namespace senales
