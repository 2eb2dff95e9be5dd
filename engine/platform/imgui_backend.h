#pragma once
// ImGui's SDL backends under the names of the ImGui we were built with. Debian 12 ships 1.89's
// imgui_impl_sdl.h and imgui_impl_sdlrenderer.cpp; newer ImGui renamed them (imgui_impl_sdl2.h,
// imgui_impl_sdlrenderer2.cpp, whose RenderDrawData also takes the renderer). The CMake file finds
// the renderer's source and says which one (SENALES_IMGUI_SDLRENDERER2).

#include <SDL.h>
#include <imgui.h>

#include <type_traits>

#if __has_include(<imgui_impl_sdl2.h>)
#include <imgui_impl_sdl2.h>
#else
#include <imgui_impl_sdl.h>
#endif

#ifdef SENALES_IMGUI_SDLRENDERER2
#include <imgui_impl_sdlrenderer2.h>
#define SENALES_SDLRENDERER(name) ImGui_ImplSDLRenderer2_##name
#else
#include <imgui_impl_sdlrenderer.h>
#define SENALES_SDLRENDERER(name) ImGui_ImplSDLRenderer_##name
#endif

namespace senales::platform {

inline bool renderer_backend_init(SDL_Renderer* renderer) { return SENALES_SDLRENDERER(Init)(renderer); }
inline void renderer_backend_shutdown() { SENALES_SDLRENDERER(Shutdown)(); }
inline void renderer_backend_new_frame() { SENALES_SDLRENDERER(NewFrame)(); }
inline void renderer_backend_create_fonts() { SENALES_SDLRENDERER(CreateFontsTexture)(); }
inline void renderer_backend_destroy_fonts() { SENALES_SDLRENDERER(DestroyFontsTexture)(); }

// A template, so that only the call the backend has is compiled.
template <typename Render>
void render_draw_data_with(Render render, ImDrawData* data, SDL_Renderer* renderer) {
    if constexpr (std::is_invocable_v<Render, ImDrawData*, SDL_Renderer*>) render(data, renderer);
    else render(data);
}
inline void renderer_backend_render(ImDrawData* data, SDL_Renderer* renderer) {
    render_draw_data_with(&SENALES_SDLRENDERER(RenderDrawData), data, renderer);
}

}  // namespace senales::platform
