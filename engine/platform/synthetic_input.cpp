#include "synthetic_input.h"

#include <SDL.h>

#include <cstring>

#include "platform.h"

namespace senales::platform {

void push_key(SDL_Scancode key, bool down) {
    SDL_Event event{};
    event.type = down ? SDL_KEYDOWN : SDL_KEYUP;
    event.key.state = down ? SDL_PRESSED : SDL_RELEASED;
    event.key.keysym.scancode = key;
    event.key.keysym.sym = SDL_GetKeyFromScancode(key);
    SDL_PushEvent(&event);
}

void hold_shift(bool down) {
    SDL_SetModState(down ? KMOD_LSHIFT : KMOD_NONE);
    push_key(SDL_SCANCODE_LSHIFT, down);
}

void push_text(const std::string& utf8) {
    SDL_Event event{};
    event.type = SDL_TEXTINPUT;
    std::strncpy(event.text.text, utf8.c_str(), sizeof(event.text.text) - 1);
    SDL_PushEvent(&event);
}

void move_mouse(Platform& platform, int x, int y) {
    SDL_Event event{};
    event.type = SDL_MOUSEMOTION;
    event.motion.windowID = SDL_GetWindowID(platform.window());
    event.motion.x = x;
    event.motion.y = y;
    SDL_PushEvent(&event);
}

void push_mouse_button(Platform& platform, bool down, int x, int y) {
    SDL_Event event{};
    event.type = down ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP;
    event.button.windowID = SDL_GetWindowID(platform.window());
    event.button.button = SDL_BUTTON_LEFT;
    event.button.state = down ? SDL_PRESSED : SDL_RELEASED;
    event.button.clicks = 1;
    event.button.x = x;
    event.button.y = y;
    SDL_PushEvent(&event);
}

}  // namespace senales::platform
