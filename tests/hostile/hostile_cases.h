#pragma once
// What each fixture in tests/fixtures/hostile/ must produce. Every folder there with a scenario.lua
// has exactly one row here (a test checks it): a hostile script trying to get out of the sandbox or
// to hang, exhaust or flood the game, or a broken file. A crash found by fuzzing becomes a row too.

namespace senales::test {

struct HostileCase {
    const char* folder;     // under tests/fixtures/hostile/
    const char* code;       // a diagnostic that must be reported ("a|b": either)
    int line;               // its line in scenario.lua; 0 where nobody can know it, -1 for "some line"
                            // (where the clock stops a file depends on how many readings it takes)
    const char* says;       // part of its message
    bool hint = true;       // it comes with a hint on what to do
    int exit_code = 1;      // of `senales check`: 1 when anything is an error
    bool only_check = false;  // the loader accepts the file; exploring it (senales check) finds the problem
};

inline constexpr HostileCase kHostileCases[] = {
    // [Getting out of the sandbox]
    {"io_through_string_metatable", "lua-error", 3, "attempt to index a boolean value", false},
    {"os_through_env_metatable", "lua-error", 4, "attempt to index a nil value (local 'os')", false},
    {"require_through_package", "lua-error", 3, "global 'require'"},
    {"debug_through_metatables", "lua-error", 7, "global '_G'"},
    {"env_swapped", "lua-error", 4, "local 'open'", false},
    {"env_upvalue_chain", "lua-error", 5, "global 'debug'"},
    {"load_with_custom_env", "lua-error", 3, "global 'load'"},
    {"load_binary_chunk", "lua-error", 3, "global 'load'"},
    {"binary_chunk", "lua-syntax", 1, "binary chunk"},
    {"string_dump", "lua-error", 3, "field 'dump'"},
    {"string_dump_as_method", "lua-error", 3, "field 'dump'"},
    {"collectgarbage_abuse", "lua-error", 3, "global 'collectgarbage'"},
    {"gc_finalizer_loop", "lua-error", 2, "__gc metamethod is not allowed"},
    {"coroutine_tricks", "lua-error", 2, "global 'coroutine'"},
    {"pcall_swallows_the_stop", "lua-error", 3, "global 'pcall'"},
    {"when_is_a_function", "wrong-type", 13, "`when` in a choice in scene \"arrival\" must be a text in quotes"},

    // [Hanging: loops, recursion, and work hidden inside one call to the Lua library]
    {"endless_loop", "limit-instructions", 4, "instruction budget"},
    {"endless_goto", "limit-instructions", 3, "instruction budget"},
    {"close_finalizer_loop", "limit-instructions", 3, "instruction budget"},
    {"deep_recursion", "limit-memory", 3, "one text, table or chain of calls"},
    {"metamethod_recursion", "limit-nesting", 3, "calls went too deep"},
    {"tostring_recursion", "limit-nesting", 3, "calls went too deep"},
    {"deep_nesting_tables", "limit-nesting", 2, "nests braces, brackets or calls too deeply"},
    {"deep_concat_chain", "limit-nesting", 3, "nests braces, brackets or calls too deeply"},
    {"deep_brackets", "limit-nesting", 2, "nests braces, brackets or calls too deeply"},
    {"colliding_keys_rehash", "limit-memory", 7, "one text, table or chain of calls"},
    {"colliding_keys_many_tables", "limit-time", -1, "ran out of time"},
    {"sort_huge_table", "limit-instructions", 5, "instruction budget"},
    {"sort_bad_comparator", "lua-error", 4, "invalid order function", false},
    // Long calls into C, over and over: the instruction budget or the clock, whichever comes first
    // (on a slow machine, or under a sanitizer, the clock). The loader's test drives the clock, so
    // there it is the clock, every time.
    {"sort_without_comparator_again_and_again", "limit-instructions|limit-time", -1, "stopped: the file"},
    {"utf8_on_long_strings", "limit-instructions|limit-time", -1, "stopped: the file"},
    {"string_pattern_backtracking", "lua-error", 4, "method 'find'"},
    {"table_move_huge_range", "lua-error", 3, "table.move of more elements", false},
    {"insert_with_fake_length", "lua-error", 3, "longer than any table can be", false},
    {"unpack_huge", "lua-error", 3, "too many results to unpack"},

    // [Exhausting memory]
    {"memory_bomb_string_rep", "lua-error", 3, "resulting string too large"},
    {"memory_bomb_doubling", "limit-memory", 4, "one text, table or chain of calls"},
    {"memory_bomb_table_growth", "limit-memory", 6, "ran out of memory (it may use 64 MiB)"},
    {"memory_bomb_big_table", "limit-memory", 4, "one text, table or chain of calls"},
    {"concat_big", "limit-memory", 4, "one text, table or chain of calls"},
    {"rep_with_separator", "limit-memory", 3, "one text, table or chain of calls"},

    // [Flooding the output]
    {"error_with_huge_message", "lua-error", 3, "very long message", false},
    {"error_with_terminal_codes", "lua-error", 2, "all your scenarios", false},
    {"error_with_a_table", "lua-error", 3, "given a table instead of a message", false},
    {"error_with_no_message", "lua-error", 3, "an error that says nothing", false},
    {"loose_values_by_the_thousand", "too-many-problems", 5, "more entries of scenario have problems"},
    {"too_many_scenes", "too-many", 8, "more scenes and endings than it may (300)"},
    {"long_texts_and_ids", "too-long", 3, "781 KiB long; it may be at most 16 KiB"},

    // [Broken files]
    {"empty_file", "not-a-scenario", 0, "scenario.lua returns nothing"},
    {"binary_garbage", "lua-syntax", 1, "unexpected symbol"},
    {"invalid_utf8_text", "bad-text", 13, "`text.es` in detail \"passport_kept\" is not plain text"},
    {"control_character_in_text", "bad-text", 11, "invisible control character"},
    {"cyclic_text", "wrong-type", 5, "`title.es` in scenario must be a text in quotes"},
    {"cyclic_entries", "misplaced-entry", 4, "scenario cannot go inside scenario"},
    {"wrong_type_everywhere", "wrong-type", 8, "`indicator` in detail \"papers\" must be an id in quotes"},
    {"unknown_fields", "unknown-field", 9, "scene \"arrival\" has a field `txt` that is not read"},
    {"colliding_ids", "duplicate-id", 19, "ending \"arrival\" has the same id as the one at line 9"},
    {"image_not_an_image", "not-an-image", 10, "image \"bar.png\" is not a PNG or JPEG picture", true, 0},
    {"image_outside_folder", "image-outside", 10, "is not a file in the scenario folder"},

    // [Too many ways through] The file loads in milliseconds, and every pass through its loop is a
    // new story state: the check stops at its limits and says that it did. (Its worst path, among
    // those explored, passes: an error of its own.)
    {"explorer_endless_paths", "explore-limit", 15, "too many ways through to check them all", true, 1, true},
};

// True when `code` is one of the codes `expected` allows.
inline bool code_matches(const std::string& code, const std::string& expected) {
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = expected.find('|', start);
        if (expected.compare(start, end == std::string::npos ? std::string::npos : end - start, code) == 0) return true;
        if (end == std::string::npos) return false;
        start = end + 1;
    }
}

// Which limit stops a file is a race between the instruction budget and the wall clock when the
// real clock runs: a row that expects either one of them.
inline bool is_limit_race(const HostileCase& c) {
    return code_matches("limit-instructions", c.code) || code_matches("limit-time", c.code);
}

// Test names show the folder, not the bytes of the struct.
inline void PrintTo(const HostileCase& c, std::ostream* out) { *out << c.folder; }

}  // namespace senales::test
