#pragma once
// The keys of every word the game window shows that does not come from a scenario or the catalog.
// The words themselves are in scripts/lua/interface.lua (Spanish and English) and in translators'
// files (other languages); screens ask the Wording for a key and hold no text of their own.

#include <initializer_list>
#include <string>
#include <string_view>

#include "wording/wording.h"

namespace senales::ui {

// Every key, once: the enum and the names in interface.lua are both made from this list.
#define SENALES_UI_STRINGS(X) \
    X(app_name) X(tagline) X(teaches_signs) X(teaches_care) X(start) X(settings) X(quit) X(language) \
    X(keyboard_hint) X(who_title) X(who_name) X(who_name_hint) X(who_recent) X(who_name_empty) \
    X(who_name_too_long) X(who_name_not_text) X(who_choose_audience) X(who_guest) X(guest) X(audience_label) \
    X(audience_police) X(audience_police_hint) X(audience_consular) X(audience_consular_hint) \
    X(audience_community) X(audience_community_hint) X(continue_) X(back) X(list_title) X(list_for) \
    X(list_playing_as) X(list_empty) X(minutes) X(difficulty) X(difficulty_1) X(difficulty_2) \
    X(difficulty_3) X(not_played) X(best_score) X(load_problems) X(list_own_folder) X(note_title) \
    X(note_touches) X(note_fixed) X(note_objectives) X(begin) X(scene_details) X(scene_details_hint) X(flag) \
    X(unflag) X(choices) X(choices_hint) X(notebook) X(notebook_empty) X(notebook_hint) X(pause_hint) \
    X(progress_decision) X(progress_decision_past) X(history_open) X(history_title) X(history_recap) \
    X(history_hint) X(history_chose) X(history_flagged) X(history_unflagged) X(history_now) X(image_missing) \
    X(pause_title) X(pause_text) X(resume) X(restart) X(leave) X(leave_title) X(leave_text) X(leave_keep) \
    X(leave_abandon) X(leave_kept) X(leave_abandoned) X(list_go_on) X(list_go_on_meta) X(feedback_good) \
    X(feedback_harm) X(feedback_hint) X(discussion_title) X(discussion_hint) X(prompt_first) X(prompt_open) \
    X(prompt_again) X(reveal_next) X(reveal_all) X(reveal_hint) X(ending_title) X(outcome_good) \
    X(outcome_mixed) X(outcome_bad) X(see_debrief) X(debrief_title) X(debrief_remember) X(remember_harm) \
    X(remember_missed) X(remember_practice) X(remember_found) X(person_outcome) X(debrief_details) \
    X(debrief_sources) X(back_to_summary) X(details_title) X(sources_title) X(sources_hint) X(cited_for) \
    X(overall) X(passed) X(not_passed) X(passed_old_rule) X(tried_again_mark) X(pass_mark) X(found) \
    X(missed) X(wrongly_flagged) X(harms) X(principle) X(in_this_story) X(instead) X(practices) X(timeline) \
    X(try_again) X(alt_better) X(alt_same) X(alt_worse) X(kind_good) X(kind_neutral) X(kind_harm) X(sources) \
    X(sources_list) X(play_again) X(back_to_list) X(nothing_here) X(severity_minor) X(severity_serious) \
    X(severity_grave) X(strength_weak) X(strength_medium) X(strength_strong) X(settings_title) X(text_size) \
    X(smaller) X(larger) X(theme) X(theme_dark) X(theme_light) X(theme_contrast) X(feedback_timing) \
    X(timing_scenario) X(timing_immediate) X(timing_deferred) X(fullscreen) X(facilitator) \
    X(facilitator_hint) X(settings_unreadable) X(font_missing) X(done) X(my_progress) X(class_summary) \
    X(resume_title) X(resume_text) X(resume_go_on) X(resume_start_over) X(resume_changed) X(records_of) \
    X(progress_none) X(progress_chart) X(progress_best) X(progress_best_line) X(progress_attempts) \
    X(status_finished) X(status_in_progress) X(status_abandoned) X(delete_records) X(delete_confirm) \
    X(delete_yes) X(delete_no) X(deleted) X(summary_none) X(summary_line) X(summary_old_rule) \
    X(summary_rewound) X(summary_means) X(summary_missed) X(summary_harms) X(summary_none_missed) \
    X(summary_no_harms) X(summary_lrs_waiting) X(pin_title_set) X(pin_explain_set) X(pin_title_enter) \
    X(pin_explain_enter) X(pin_field) X(pin_again) X(pin_malformed) X(pin_mismatch) X(pin_wrong) X(pin_open) \
    X(roster_heading) X(roster_delete) X(roster_confirm) X(roster_deleted) X(pin_lock) X(records_private) \
    X(records_unavailable) X(records_problem) X(records_damaged) X(records_newer) X(elements_heading) \
    X(keys_title) X(keys_what) X(keys_where) X(keys_choose) X(keys_press) X(keys_next) X(keys_previous) \
    X(keys_move) X(keys_page) X(keys_ends) X(keys_back) X(keys_full) X(keys_prompt) X(keys_reveal) \
    X(keys_history) X(keys_anywhere) X(keys_in_scene) X(keys_text_field) X(keys_facilitator) \
    X(keys_with_keypad) X(more_below)

enum class Str {
#define SENALES_UI_STRING_ENUM(key) key,
    SENALES_UI_STRINGS(SENALES_UI_STRING_ENUM)
#undef SENALES_UI_STRING_ENUM
    count_
};

// The key's name in interface.lua.
std::string_view key_name(Str key);
const char* tr(Str key, const Wording& words);
// tr() with each "{}" replaced by the next argument, in order.
std::string trf(Str key, const Wording& words, std::initializer_list<std::string_view> args);

inline constexpr int kStringCount = static_cast<int>(Str::count_);

}  // namespace senales::ui
