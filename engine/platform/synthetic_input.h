#pragma once
// Input as SDL would deliver it, for UI tests and `senales shots`: events go into SDL's queue and
// reach ImGui through the real backend, exactly like a keyboard or a mouse.

#include <SDL_scancode.h>

#include <string>

namespace senales::platform {

class Platform;

void push_key(SDL_Scancode key, bool down);
// Shift held down or let go: SDL keeps modifiers apart from the queue, where ImGui reads them.
void hold_shift(bool down);
void push_text(const std::string& utf8);
// Moves the pointer to (x, y) in the window.
void move_mouse(Platform& platform, int x, int y);
void push_mouse_button(Platform& platform, bool down, int x, int y);

}  // namespace senales::platform
