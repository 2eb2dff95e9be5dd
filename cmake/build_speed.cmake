# A build that respects two shared cores: ccache when it is installed, and precompiled headers for
# the heavy headers (ImGui, nlohmann-json, GoogleTest). Not the standard library's own: with them
# GCC 12 warns wrongly inside libstdc++ (-Wstringop-overflow in char_traits.h, from wording/), and
# our layers' files are small enough that they gain little.
# Included before any target is made: targets copy the launcher when they are created.

option(SENALES_PCH "Precompile the heavy headers" ON)

# ccache, unless another launcher was chosen. A plain -DCMAKE_CXX_COMPILER_LAUNCHER=ccache is
# replaced by the same ccache with the settings precompiled headers need: without pch_defines and
# time_macros ccache refuses to cache a file compiled with one, and the .gch, rebuilt with every
# clean build, must be judged by its contents, not its time stamps.
find_program(SENALES_CCACHE ccache)
get_filename_component(senales_launcher_name "${CMAKE_CXX_COMPILER_LAUNCHER}" NAME)
if(SENALES_CCACHE AND (NOT CMAKE_CXX_COMPILER_LAUNCHER OR senales_launcher_name STREQUAL "ccache"))
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
      CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime ${SENALES_CCACHE})
  if(SENALES_PCH AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # ccache hashes the preprocessed text; with this GCC marks where the .gch goes in it.
    add_compile_options(-fpch-preprocess)
  endif()
  message(STATUS "Compiling through ccache (${SENALES_CCACHE})")
endif()

# senales_precompile(TARGET HEADER...): the headers, force-included in every file of TARGET, parsed
# once per target instead of once per file.
function(senales_precompile target)
  if(NOT SENALES_PCH)
    return()
  endif()
  target_precompile_headers(${target} PRIVATE ${ARGN})
  # GCC 12 at -O2 and above, seeing std::string's code through a precompiled header, reports
  # "literal" + std::string as out of bounds inside libstdc++ (the bug family of -Wno-restrict in
  # CMakeLists.txt: GCC 105329, 105651); it says nothing about our code.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12
     AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-array-bounds -Wno-stringop-overflow)
  endif()
endfunction()
