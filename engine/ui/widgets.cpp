#include "widgets.h"

#include <algorithm>
#include <cfloat>
#include <string>
#include <vector>

#include <imgui_internal.h>
#include <imgui_stdlib.h>

namespace senales::ui {

namespace {

std::map<std::string, ImVec4> g_probes;
std::string g_focused_probe;

// The widgets Tab visits, in the order they were drawn. ImGui 1.86 tabs only between text fields.
struct Focusable {
    ImGuiID id;
    ImRect rect;
    bool text_field = false;
};
std::vector<Focusable> g_tab_order;
ImGuiID g_edit_next = 0;  // a text field Tab arrived at: it starts editing when next drawn

void tab_to_next() {
    ImGuiContext& g = *GImGui;
    if (g_tab_order.empty() || g.IO.KeyCtrl || !ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab))) return;
    // Tab leaves a text field being edited, like any other widget (ImGui 1.86 keeps it there).
    if (ImGui::GetIO().WantTextInput && g.ActiveId != 0) {
        const ImGuiID field = g.ActiveId;
        ImGui::ClearActiveID();
        g.NavId = field;
    } else if (g.ActiveId != 0) {
        return;
    }
    const int count = static_cast<int>(g_tab_order.size());
    int at = -1;
    for (int i = 0; i < count; ++i)
        if (g_tab_order[static_cast<std::size_t>(i)].id == g.NavId) at = i;
    const int next = at < 0 ? (g.IO.KeyShift ? count - 1 : 0) : (at + (g.IO.KeyShift ? count - 1 : 1)) % count;
    const Focusable& target = g_tab_order[static_cast<std::size_t>(next)];
    if (target.text_field) g_edit_next = target.id;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGui::SetFocusID(target.id, window);
    window->NavRectRel[ImGuiNavLayer_Main] = ImGui::WindowRectAbsToRel(window, target.rect);
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    ImGui::ScrollToBringRectIntoView(window, target.rect);
}

std::string g_focus_request;  // the probe of a widget to take the focus when it is next drawn

void remember(const std::string& probe) {
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    g_probes[probe] = ImVec4(a.x, a.y, b.x, b.y);
    if (ImGui::IsItemFocused()) g_focused_probe = probe;
    tab_stop();
    if (!g_focus_request.empty() && probe == g_focus_request) {
        g_focus_request.clear();
        ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
        GImGui->NavDisableHighlight = false;
        ImGui::ScrollToBringRectIntoView(ImGui::GetCurrentWindow(), ImRect(a, b));
    }
}

// ImGui 1.86 draws no focus frame for custom widgets; ours is thick enough for a projector.
void focus_frame(const Look& look) {
    if (!ImGui::IsItemFocused() || GImGui->NavDisableHighlight) return;
    const float grow = 3.0f * look.scale;
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - grow, a.y - grow), ImVec2(b.x + grow, b.y + grow),
                                        ImGui::GetColorU32(look.colors.focus), ImGui::GetStyle().FrameRounding + grow,
                                        0, std::max(2.0f, 3.0f * look.scale));
}

bool enter_on_item() {
    if (!ImGui::IsItemFocused() || ImGui::GetIO().WantTextInput) return false;
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}

bool framed_button(const std::string& probe, const std::string& label, bool selected, const Look& look, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float w = width > 0.0f ? width : ImGui::GetContentRegionAvail().x;
    const float wrap = std::max(1.0f, w - 2.0f * style.FramePadding.x);
    const ImVec2 size_of_text = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
    bool pressed = ImGui::InvisibleButton(probe.c_str(), ImVec2(w, size_of_text.y + 2.0f * style.FramePadding.y));
    const bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // Selected stays selected under the pointer: hover and selection never look alike.
    ImGuiCol fill = held ? ImGuiCol_ButtonActive : selected ? ImGuiCol_Header : hovered ? ImGuiCol_ButtonHovered : ImGuiCol_Button;
    draw->AddRectFilled(a, b, ImGui::GetColorU32(fill), style.FrameRounding);
    if (selected)
        draw->AddRect(a, b, ImGui::GetColorU32(look.colors.accent), style.FrameRounding, 0, std::max(2.0f, 2.0f * look.scale));
    else if (style.FrameBorderSize > 0.0f)
        draw->AddRect(a, b, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding, 0, style.FrameBorderSize);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(a.x + style.FramePadding.x, a.y + style.FramePadding.y),
                  ImGui::GetColorU32(ImGuiCol_Text), label.c_str(), nullptr, wrap);
    focus_frame(look);
    if (enter_on_item()) pressed = true;
    remember(probe);
    return pressed;
}

float g_column = 0.0f;

struct Frame {
    Look look;
    std::string more_below;
};
Frame g_frame;

// A page is most of the window, so the line read last is still in view after PgDn.
void scroll_by_keys() {
    if (ImGui::GetIO().WantTextInput) return;
    const float page = ImGui::GetWindowHeight() * 0.85f;
    const KeyCodes& keys = g_frame.look.keys;
    if (key_pressed(keys[Key::page_up])) ImGui::SetScrollY(std::max(0.0f, ImGui::GetScrollY() - page));
    if (key_pressed(keys[Key::page_down])) ImGui::SetScrollY(std::min(ImGui::GetScrollMaxY(), ImGui::GetScrollY() + page));
    if (key_pressed(keys[Key::home])) ImGui::SetScrollY(0.0f);
    if (key_pressed(keys[Key::end])) ImGui::SetScrollY(ImGui::GetScrollMaxY());
}

// At 250 % most screens scroll: the bottom edge says when there is more, on a band of the
// window's colour so it reads over whatever passes under it.
void more_below_cue() {
    if (g_frame.more_below.empty() || ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f) return;
    const ImVec2 size = ImGui::CalcTextSize(g_frame.more_below.c_str());
    const ImVec2 window_at = ImGui::GetWindowPos(), window_size = ImGui::GetWindowSize();
    const float pad = ImGui::GetStyle().FramePadding.y;
    const ImVec2 a(window_at.x, window_at.y + window_size.y - size.y - 2.0f * pad);
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    ImVec4 band = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    band.w = 1.0f;
    draw->AddRectFilled(a, ImVec2(a.x + window_size.x, window_at.y + window_size.y), ImGui::GetColorU32(band));
    draw->AddLine(a, ImVec2(a.x + window_size.x, a.y), ImGui::GetColorU32(g_frame.look.colors.accent),
                  std::max(1.0f, g_frame.look.scale));
    draw->AddText(ImVec2(window_at.x + (window_size.x - size.x) * 0.5f, a.y + pad),
                  ImGui::GetColorU32(g_frame.look.colors.accent), g_frame.more_below.c_str());
}
int g_top_frames = 0;  // frames left during which a new screen stays scrolled to its top

bool card_button(const std::string& probe, const std::string& heading_text, const std::string& body, const Look& look) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float w = ImGui::GetContentRegionAvail().x;
    const float wrap = std::max(1.0f, w - 2.0f * style.FramePadding.x);
    ImFont* head_font = look.fonts.heading ? look.fonts.heading : ImGui::GetFont();
    const ImVec2 head = head_font->CalcTextSizeA(head_font->FontSize, FLT_MAX, wrap, heading_text.c_str());
    const ImVec2 rest = ImGui::CalcTextSize(body.c_str(), nullptr, false, wrap);
    const float between = style.ItemSpacing.y * 0.5f;
    bool pressed = ImGui::InvisibleButton(probe.c_str(),
                                          ImVec2(w, head.y + between + rest.y + 2.0f * style.FramePadding.y));
    const bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(a, b, ImGui::GetColorU32(held ? ImGuiCol_ButtonActive : hovered ? ImGuiCol_ButtonHovered : ImGuiCol_Button),
                        style.FrameRounding);
    if (style.FrameBorderSize > 0.0f)
        draw->AddRect(a, b, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding, 0, style.FrameBorderSize);
    const ImVec2 text_at(a.x + style.FramePadding.x, a.y + style.FramePadding.y);
    draw->AddText(head_font, head_font->FontSize, text_at, ImGui::GetColorU32(look.colors.accent), heading_text.c_str(),
                  nullptr, wrap);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(text_at.x, text_at.y + head.y + between),
                  ImGui::GetColorU32(ImGuiCol_Text), body.c_str(), nullptr, wrap);
    focus_frame(look);
    if (enter_on_item()) pressed = true;
    remember(probe);
    return pressed;
}

}  // namespace

void begin_screen(const char* id, float column_em) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float usable = viewport->WorkSize.x - 2.0f * style.WindowPadding.x - style.ScrollbarSize;
    const float column = std::min(usable, column_em * ImGui::GetFontSize());
    const float side = std::max(style.WindowPadding.x, (viewport->WorkSize.x - column) * 0.5f);
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(side, style.WindowPadding.y * 1.5f));
    // No background: the platform clears the frame in the window colour already, and a window-sized
    // rectangle costs the software renderer almost a millisecond a frame to fill a second time.
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground);
    ImGui::PopStyleVar();
    // A new screen shows where the keyboard is, even if the last one was used with the mouse, and
    // starts at its top: ImGui would scroll to the focused item, past the text above it.
    if (ImGui::IsWindowAppearing()) {
        GImGui->NavDisableHighlight = false;
        g_top_frames = 3;
    }
    if (g_top_frames > 0) {
        ImGui::SetScrollY(0.0f);
        --g_top_frames;
    }
    g_column = ImGui::GetContentRegionAvail().x;
}

void end_screen() {
    tab_to_next();
    g_tab_order.clear();
    scroll_by_keys();
    more_below_cue();
    ImGui::End();
}

void frame_begins(const Look& look, std::string more_below_cue) {
    g_frame.look = look;
    g_frame.more_below = std::move(more_below_cue);
}

void tab_stop() { g_tab_order.push_back({ImGui::GetItemID(), ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax())}); }

float column_width() { return g_column; }

float share_width(int count) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    return (ImGui::GetContentRegionAvail().x - spacing * static_cast<float>(count - 1)) / static_cast<float>(count);
}

void text(const std::string& s) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s.c_str(), s.c_str() + s.size());
    ImGui::PopTextWrapPos();
}

void text(const std::string& s, const ImVec4& color) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    text(s);
    ImGui::PopStyleColor();
}

void bold(const std::string& s, const Look& look) {
    if (look.fonts.bold) ImGui::PushFont(look.fonts.bold);
    text(s);
    if (look.fonts.bold) ImGui::PopFont();
}

void bold(const std::string& s, const Look& look, const ImVec4& color) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    bold(s, look);
    ImGui::PopStyleColor();
}

void heading(const std::string& s, const Look& look) {
    gap(0.4f);
    if (look.fonts.heading) ImGui::PushFont(look.fonts.heading);
    text(s, look.colors.accent);
    if (look.fonts.heading) ImGui::PopFont();
}

void title(const std::string& s, const Look& look) {
    if (look.fonts.title) ImGui::PushFont(look.fonts.title);
    text(s, look.colors.accent);
    if (look.fonts.title) ImGui::PopFont();
}

void rule(const Look& look) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x, thickness = std::max(1.0f, look.scale);
    ImGui::Dummy(ImVec2(w, thickness));
    ImGui::GetWindowDrawList()->AddLine(at, ImVec2(at.x + w, at.y), ImGui::GetColorU32(ImGuiCol_Separator), thickness);
}

void gap(float lines) { ImGui::Dummy(ImVec2(1.0f, ImGui::GetFontSize() * lines)); }

bool button(const std::string& probe, const std::string& label, const Look& look, float width) {
    return framed_button(probe, label, false, look, width);
}

bool card(const std::string& probe, const std::string& heading_text, const std::string& body, const Look& look) {
    return card_button(probe, heading_text, body, look);
}

bool option(const std::string& probe, const std::string& label, bool selected, const Look& look, float width) {
    return framed_button(probe, selected ? "✓ " + label : label, selected, look, width);
}

void default_focus() { ImGui::SetItemDefaultFocus(); }

void request_focus(const std::string& probe) { g_focus_request = probe; }

bool text_field(const char* id, std::string& value, ImGuiInputTextFlags flags, bool edit_now,
                ImGuiInputTextCallback filter, void* filter_data) {
    ImGui::SetNextItemWidth(-1.0f);
    if (edit_now || g_edit_next == ImGui::GetID(id)) {
        ImGui::SetKeyboardFocusHere();
        g_edit_next = 0;
    }
    // Out of ImGui's own tabbing, which would start editing it: Tab visits it like any widget.
    ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, true);
    const bool entered = ImGui::InputText(id, &value, flags | (filter ? ImGuiInputTextFlags_CallbackCharFilter : 0),
                                          filter, filter_data);
    ImGui::PopItemFlag();
    g_tab_order.push_back({ImGui::GetItemID(), ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), true});
    return entered;
}

bool key_pressed(int native_key) { return native_key >= 0 && ImGui::IsKeyPressed(native_key, false); }

bool escape_pressed() {
    return !ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
}

int digit_pressed(const KeyCodes& keys) {
    if (ImGui::GetIO().WantTextInput) return 0;
    for (int n = 0; n < 9; ++n)
        if (key_pressed(keys[static_cast<Key>(static_cast<int>(Key::digit_1) + n)]) ||
            key_pressed(keys[static_cast<Key>(static_cast<int>(Key::keypad_1) + n)]))
            return n + 1;
    return 0;
}

bool action_pressed(Action action) {
    if (ImGui::GetIO().WantTextInput) return false;
    for (const Chord& chord : binding(action).chords)
        if (chord.shift == ImGui::GetIO().KeyShift && key_pressed(g_frame.look.keys[chord.key])) return true;
    return false;
}

void score_bar(const std::string& label, int score, int pass_mark, const Look& look) {
    const bool reaches = score >= pass_mark;
    bold(label + "   " + std::to_string(score) + "/100", look);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x, h = ImGui::GetFontSize() * 0.8f;
    ImGui::Dummy(ImVec2(w, h));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // Bars and charts have square corners: SDL's software renderer fills a rounded shape as a fan
    // of triangles, each scanned over the whole bar (a debrief frame took 4.4 ms instead of 1.9).
    draw->AddRectFilled(at, ImVec2(at.x + w, at.y + h), ImGui::GetColorU32(look.colors.bar_back));
    const float filled = w * static_cast<float>(std::clamp(score, 0, 100)) / 100.0f;
    if (filled > 0.0f)
        draw->AddRectFilled(at, ImVec2(at.x + filled, at.y + h),
                            ImGui::GetColorU32(reaches ? look.colors.good : look.colors.warn));
    // The pass mark: a line that stands out above and below the bar.
    const float x = at.x + w * static_cast<float>(pass_mark) / 100.0f, over = h * 0.3f;
    draw->AddLine(ImVec2(x, at.y - over), ImVec2(x, at.y + h + over), ImGui::GetColorU32(look.colors.text),
                  std::max(2.0f, 2.0f * look.scale));
}

void score_chart(const std::vector<int>& scores, int pass_mark, const Look& look) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x, h = ImGui::GetFontSize() * 6.0f;
    ImGui::Dummy(ImVec2(w, h));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + w, at.y + h), ImGui::GetColorU32(look.colors.bar_back));
    const float pad = ImGui::GetFontSize() * 0.5f;
    auto y_of = [&](int score) { return at.y + h - pad - (h - 2.0f * pad) * static_cast<float>(std::clamp(score, 0, 100)) / 100.0f; };
    const float line = std::max(1.5f, 1.5f * look.scale);
    draw->AddLine(ImVec2(at.x, y_of(pass_mark)), ImVec2(at.x + w, y_of(pass_mark)), ImGui::GetColorU32(look.colors.muted), line);
    // One score alone sits in the middle; more spread evenly across.
    const float step = scores.size() > 1 ? (w - 2.0f * pad) / static_cast<float>(scores.size() - 1) : 0.0f;
    auto x_of = [&](std::size_t i) { return scores.size() > 1 ? at.x + pad + step * static_cast<float>(i) : at.x + w * 0.5f; };
    for (std::size_t i = 1; i < scores.size(); ++i)
        draw->AddLine(ImVec2(x_of(i - 1), y_of(scores[i - 1])), ImVec2(x_of(i), y_of(scores[i])),
                      ImGui::GetColorU32(look.colors.accent), line);
    const float dot = ImGui::GetFontSize() * 0.25f;
    for (std::size_t i = 0; i < scores.size(); ++i)
        draw->AddCircleFilled(ImVec2(x_of(i), y_of(scores[i])), dot,
                              ImGui::GetColorU32(scores[i] >= pass_mark ? look.colors.good : look.colors.warn));
}

void count_bars(const std::vector<std::pair<std::string, int>>& rows, const ImVec4& color, const Look& look) {
    int most = 1;
    for (const auto& row : rows) most = std::max(most, row.second);
    for (const auto& [label, count] : rows) {
        text(label);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float w = ImGui::GetContentRegionAvail().x, h = ImGui::GetFontSize() * 0.8f;
        const std::string number = std::to_string(count);
        const float number_w = ImGui::CalcTextSize(number.c_str()).x + ImGui::GetFontSize() * 0.5f;
        const float bar = (w - number_w) * static_cast<float>(count) / static_cast<float>(most);
        ImGui::Dummy(ImVec2(w, h));
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(at, ImVec2(at.x + bar, at.y + h), ImGui::GetColorU32(color));
        draw->AddText(ImVec2(at.x + bar + ImGui::GetFontSize() * 0.3f, at.y + (h - ImGui::GetFontSize()) * 0.5f),
                      ImGui::GetColorU32(look.colors.text), number.c_str());
        gap(0.15f);
    }
}

void picture(const Texture& texture, float max_width, float max_height, const std::string& caption, const Look& look) {
    if (texture.id && texture.width > 0 && texture.height > 0) {
        const float fit = std::min(max_width / static_cast<float>(texture.width),
                                   max_height / static_cast<float>(texture.height));
        ImGui::Image(texture.id, ImVec2(static_cast<float>(texture.width) * fit, static_cast<float>(texture.height) * fit));
    }
    if (texture.placeholder) text(caption, look.colors.muted);
}

const std::map<std::string, ImVec4>& probes() { return g_probes; }
const std::string& focused_probe() { return g_focused_probe; }
void clear_probes() {
    g_probes.clear();
    g_focused_probe.clear();
}

}  // namespace senales::ui
