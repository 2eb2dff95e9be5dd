#include "theme.h"

namespace senales::ui {

namespace {

ImVec4 rgb(int hex, float alpha = 1.0f) {
    return ImVec4(static_cast<float>((hex >> 16) & 0xFF) / 255.0f, static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                  static_cast<float>(hex & 0xFF) / 255.0f, alpha);
}

const Palette kDark = {rgb(0xECEFF4), rgb(0xB8C0CC), rgb(0x8FC7FF), rgb(0x7BD88F), rgb(0xFF8A80),
                       rgb(0xFFD166), rgb(0x3A4150), rgb(0xFFD166), rgb(0x262B35)};
const Palette kLight = {rgb(0x16181D), rgb(0x4A5060), rgb(0x0B5CAD), rgb(0x1E7B34), rgb(0xB3261E),
                        rgb(0x8A5A00), rgb(0xD5D9E0), rgb(0xC2410C), rgb(0xFFFFFF)};
// Pure black and white with yellow for focus and selection: well above WCAG AAA everywhere.
const Palette kContrast = {rgb(0xFFFFFF), rgb(0xFFFFFF), rgb(0xFFFF00), rgb(0x00FF66), rgb(0xFF6E6E),
                           rgb(0xFFFF00), rgb(0x404040), rgb(0xFFFF00), rgb(0x000000)};

void base_sizes(ImGuiStyle& style) {
    style.WindowPadding = ImVec2(24, 20);
    style.FramePadding = ImVec2(14, 9);
    style.ItemSpacing = ImVec2(12, 10);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 18;
    style.GrabMinSize = 14;
    style.WindowRounding = 0;
    style.ChildRounding = 6;
    style.FrameRounding = 6;
    style.PopupRounding = 6;
    style.ScrollbarRounding = 6;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.FrameBorderSize = 1;
}

// The colours of ImGui's own widgets that the dark and light themes set on top of ImGui's base.
struct WidgetColors {
    ImVec4 window, child, border, frame, button, hovered, active, selected;
};

void widget_colors(ImGuiStyle& style, const Palette& palette, const WidgetColors& w) {
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = palette.text;
    c[ImGuiCol_TextDisabled] = palette.muted;
    c[ImGuiCol_WindowBg] = w.window;
    c[ImGuiCol_ChildBg] = w.child;
    c[ImGuiCol_Border] = w.border;
    c[ImGuiCol_FrameBg] = w.frame;
    c[ImGuiCol_Button] = w.button;
    c[ImGuiCol_Header] = w.selected;
    c[ImGuiCol_ButtonHovered] = c[ImGuiCol_HeaderHovered] = w.hovered;
    c[ImGuiCol_ButtonActive] = c[ImGuiCol_HeaderActive] = w.active;
    c[ImGuiCol_NavHighlight] = palette.focus;
    c[ImGuiCol_Separator] = w.border;
}

void dark(ImGuiStyle& style) {
    ImGui::StyleColorsDark(&style);
    widget_colors(style, kDark, {rgb(0x171A21), rgb(0x1D2129), rgb(0x4A5263), rgb(0x262B35), rgb(0x2D3E57),
                                 rgb(0x3B5478), rgb(0x4A6A96), rgb(0x1A3350)});
}

void light(ImGuiStyle& style) {
    ImGui::StyleColorsLight(&style);
    widget_colors(style, kLight, {rgb(0xF4F5F7), rgb(0xFFFFFF), rgb(0x9AA1AE), rgb(0xFFFFFF), rgb(0xDCE7F5),
                                  rgb(0xC2D6EF), rgb(0xA6C3E8), rgb(0xF7FAFE)});
}

void contrast(ImGuiStyle& style) {
    ImGui::StyleColorsDark(&style);
    ImVec4* c = style.Colors;
    const ImVec4 black = rgb(0x000000), white = rgb(0xFFFFFF), yellow = rgb(0xFFFF00), navy = rgb(0x00007A);
    for (int i = 0; i < ImGuiCol_COUNT; ++i) c[i] = black;  // frames, buttons, scrollbar, popups stay black
    c[ImGuiCol_Text] = white;
    c[ImGuiCol_TextDisabled] = white;
    c[ImGuiCol_Border] = white;
    c[ImGuiCol_Separator] = white;
    c[ImGuiCol_FrameBgHovered] = navy;
    c[ImGuiCol_FrameBgActive] = navy;
    // Hover is grey and selection navy with a yellow frame: never one mistaken for the other.
    c[ImGuiCol_ButtonHovered] = rgb(0x3A3A3A);
    c[ImGuiCol_ButtonActive] = rgb(0x0000B0);
    c[ImGuiCol_Header] = navy;
    c[ImGuiCol_HeaderHovered] = navy;
    c[ImGuiCol_HeaderActive] = rgb(0x0000B0);
    c[ImGuiCol_CheckMark] = yellow;
    c[ImGuiCol_ScrollbarGrab] = white;
    c[ImGuiCol_ScrollbarGrabHovered] = yellow;
    c[ImGuiCol_ScrollbarGrabActive] = yellow;
    c[ImGuiCol_TextSelectedBg] = navy;
    c[ImGuiCol_NavHighlight] = yellow;
    c[ImGuiCol_ModalWindowDimBg] = rgb(0x000000, 0.8f);
    style.FrameBorderSize = 2;
    style.ChildBorderSize = 2;
}

}  // namespace

void apply_theme(Theme theme, float scale) {
    ImGuiStyle style;
    base_sizes(style);
    switch (theme) {
        case Theme::dark: dark(style); break;
        case Theme::light: light(style); break;
        case Theme::contrast: contrast(style); break;
    }
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

const Palette& palette(Theme theme) {
    switch (theme) {
        case Theme::dark: return kDark;
        case Theme::light: return kLight;
        case Theme::contrast: return kContrast;
    }
    return kDark;
}

}  // namespace senales::ui
