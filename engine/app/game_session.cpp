#include "game_session.h"

#include <chrono>
#include <ostream>

#include "platform/user_folder.h"

namespace senales {

SessionOptions game_session_options(Library& library, const std::string& data_dir_option) {
    SessionOptions options;
    options.records_file = records_file(data_dir_option, &options.records_unavailable);
    if (!data_dir_option.empty()) {
        library.use_data_folder(data_dir_option);
        options.settings_file = std::filesystem::path(data_dir_option) / "settings.txt";
    } else if (std::optional<std::filesystem::path> folder = user_data_folder(nullptr)) {
        options.settings_file = *folder / "settings.txt";
    }
    return options;
}

std::unique_ptr<GameSession> GameSession::open(Library& library, const SessionOptions& options, std::ostream& err) {
    Diagnostics diagnostics;
    if (!library.load_catalog(diagnostics)) {
        err << diagnostics.format();
        return nullptr;
    }
    ui::GameData data;
    data.catalog = &library.catalog();
    data.assets = library.root() / "assets";
    data.fixed_seed = options.fixed_seed;
    for (const auto& folder : Library::scenario_folders(library.scenarios_folder())) {
        LoadedScenario loaded = library.load(folder);
        if (loaded.scenario) {
            data.scenarios.push_back(std::move(*loaded.scenario));
        } else {
            err << "senales: " << folder.string() << " does not load; run 'senales check " << folder.string()
                << "' to see why\n";
            ++data.scenarios_not_loaded;
        }
    }

    std::unique_ptr<GameSession> session(new GameSession(err));
    session->settings_file_ = options.settings_file;
    std::vector<std::string> problems;
    ui::Settings settings = options.settings ? *options.settings
                            : options.settings_file ? ui::load_settings(*options.settings_file, &problems)
                                                    : ui::Settings{};
    for (const std::string& problem : problems) err << "senales: settings: " << problem << "\n";

    platform::WindowOptions window;
    window.headless = options.headless;
    window.width = options.width;
    window.height = options.height;
    window.fullscreen = settings.fullscreen;
    window.last_display = settings.window_display;
    for (const auto& [display, text] : settings.window_places)
        if (std::optional<platform::Rect> place = platform::parse_place(text)) window.places[display] = *place;
    window.font_folders = {library.root() / "assets" / "fonts"};
    std::string error;
    session->platform_ = platform::Platform::open(window, &error);
    if (!session->platform_) {
        err << "senales: " << error << "\n"
            << "  hint: without a screen, 'senales list' and 'senales play' work in the terminal\n";
        return nullptr;
    }
    data.interface = &library.interface();
    data.languages = &library.languages();
    if (!library.languages().has(settings.lang)) {
        err << "senales: settings: the language \"" << settings.lang.code() << "\" is not installed; using Spanish\n";
        settings.lang = Lang::es;
    }
    const Wording words = library.wording(settings.lang);
    const std::vector<std::string> records_notices = session->open_records(options, words);
    session->flow_ = std::make_unique<ui::GameFlow>(std::move(data), settings, *session->records_,
                                                    session->platform_->images(), session->platform_->key_codes());
    if (!problems.empty()) session->flow_->game().add_notice(ui::tr(ui::Str::settings_unreadable, words));
    for (const std::string& notice : records_notices) session->flow_->game().add_notice(notice);
    const ui::Fonts fonts = session->platform_->rebuild_fonts(settings.text_scale());
    session->flow_->set_fonts(fonts);
    if (fonts.fallback) session->flow_->game().add_notice(ui::tr(ui::Str::font_missing, words));
    session->applied_ = settings;
    session->pass_on_messages();
    return session;
}

GameSession::~GameSession() {
    flow_.reset();  // before the platform: the flow holds its textures
    platform_.reset();
}

std::vector<std::string> GameSession::open_records(const SessionOptions& options, const Wording& lang) {
    std::vector<std::string> notices;
    std::string unavailable = options.records_unavailable;
    if (options.records_file) {
        try {
            records_ = records::RecordStore::open(*options.records_file, notices);
            for (const std::string& notice : notices) err_ << "senales: records: " << notice << "\n";
            std::vector<std::string> shown;
            if (const auto& aside = records_->set_aside())
                shown.push_back(ui::trf(aside->why == records::SetAside::Why::damaged ? ui::Str::records_damaged
                                                                                       : ui::Str::records_newer,
                                        lang, {aside->backup.filename().string()}));
            return shown;
        } catch (const records::RecordsError& failure) {
            unavailable = failure.what();
        }
    }
    if (!unavailable.empty()) {
        err_ << "senales: records: " << unavailable << " (records are kept in memory only)\n";
        notices.push_back(ui::trf(ui::Str::records_unavailable, lang, {unavailable}));
    }
    records_ = records::RecordStore::open(":memory:", notices);
    return notices;
}

int GameSession::run() {
    while (step(1000)) {
    }
    remember_window_place();
    return 0;
}

// Next time the window opens where the trainee left it, on that display.
void GameSession::remember_window_place() {
    const std::optional<std::pair<std::string, platform::Rect>> place = platform_->place_now();
    if (!place) return;
    ui::Settings& settings = flow_->game().settings();
    settings.window_places[place->first] = platform::place_text(place->second);
    settings.window_display = place->first;
    apply_settings();
}

bool GameSession::step(int max_wait_ms) {
    if (!platform_->handle_events(max_wait_ms)) return false;
    keep_leases();
    if (platform_->frame_due() && !frame()) return false;
    return !flow_->quit_requested();
}

bool GameSession::frame(const std::filesystem::path* png) {
    platform_->begin_frame();
    flow_->draw();
    std::string error;
    const bool written = platform_->end_frame(png, &error);
    if (!written) err_ << "senales: " << error << "\n";
    if (flow_->take_changed()) platform_->request_frames();
    apply_settings();
    pass_on_messages();
    return written;
}

// The attempt being played stays this window's while the trainee reads: its lease is renewed every
// half minute, well inside its two minutes, by the loop that wakes at least once a second anyway.
void GameSession::keep_leases() {
    const auto now = std::chrono::steady_clock::now();
    if (now - last_lease_renewal_ < std::chrono::seconds(30)) return;
    last_lease_renewal_ = now;
    try {
        records_->renew_leases(records::iso8601_now());
    } catch (const records::RecordsError& failure) {
        err_ << "senales: records: " << failure.what() << "\n";
    }
}

// Settings changed on screen take effect between frames: fonts are rebuilt for a new text size
// (ImGui cannot do that mid-frame), the window goes full screen, and the file is written.
void GameSession::apply_settings() {
    const ui::Settings& now = flow_->game().settings();
    if (now == applied_) return;
    if (now.text_percent != applied_.text_percent) flow_->set_fonts(platform_->rebuild_fonts(now.text_scale()));
    if (now.fullscreen != applied_.fullscreen) platform_->set_fullscreen(now.fullscreen);
    if (settings_file_) {
        std::string error;
        if (!ui::save_settings(*settings_file_, now, &error)) err_ << "senales: settings: " << error << "\n";
    }
    applied_ = now;
    platform_->request_frames();
}

void GameSession::pass_on_messages() {
    for (const std::string& message : platform_->take_messages()) err_ << message << "\n";
}

}  // namespace senales
