#include "ui_text.h"

#include <array>

namespace senales::ui {

namespace {

constexpr std::array<std::string_view, kStringCount> kNames = {{
#define SENALES_UI_STRING_NAME(key) #key,
    SENALES_UI_STRINGS(SENALES_UI_STRING_NAME)
#undef SENALES_UI_STRING_NAME
}};

}  // namespace

std::string_view key_name(Str key) { return kNames[static_cast<std::size_t>(key)]; }

const char* tr(Str key, const Wording& words) { return words.ui(std::string(key_name(key))).c_str(); }

std::string trf(Str key, const Wording& words, std::initializer_list<std::string_view> args) {
    return words.ui(std::string(key_name(key)), args);
}

}  // namespace senales::ui
