# Run by the build (cmake -P) for one layer: fails, naming file and line, when a file of LAYER
# includes a layer of ours outside ALLOWED, or a library that only other layers may touch.
# Each layer's rules are in engine/<layer>/CMakeLists.txt (senales_layer), the libraries below.
cmake_minimum_required(VERSION 3.25)

# Library headers (by the start of their name inside <...>) and the only layers that may include them.
set(LIBRARIES
  "SDL|platform"
  "imgui_impl_|platform"
  "imgui|ui,platform"
  "lua|script"
  "sqlite3|records"
  "argon2|records"
  "uuid/|records"
  "curl/|net"
  "utf8proc|core"
  "stb|platform"
  "CLI/|app"
  "nlohmann/|records,app")
set(OUR_LAYERS core wording script records net play ui platform app)

if(FILE_LIST)
  file(READ "${FILE_LIST}" FILES)
endif()
string(REPLACE "," ";" ALLOWED "${ALLOWED}")
list(APPEND ALLOWED ${LAYER})
set(problems "")
foreach(file IN LISTS FILES)
  file(STRINGS "${file}" lines)
  set(number 0)
  foreach(line IN LISTS lines)
    math(EXPR number "${number} + 1")
    if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*\"([a-z_]+)/")
      set(layer "${CMAKE_MATCH_1}")
      if(layer IN_LIST OUR_LAYERS AND NOT layer IN_LIST ALLOWED)
        string(REPLACE ";" ", " may "${ALLOWED}")
        string(APPEND problems "${file}:${number}: ${LAYER} must not include ${layer}/ (it may include: ${may})\n")
      endif()
    elseif(line MATCHES "^[ \t]*#[ \t]*include[ \t]*<([^>]+)>")
      set(header "${CMAKE_MATCH_1}")
      foreach(entry IN LISTS LIBRARIES)
        string(REPLACE "|" ";" entry "${entry}")
        list(GET entry 0 prefix)
        list(GET entry 1 layers)
        string(FIND "${header}" "${prefix}" at)
        if(at EQUAL 0)
          string(REPLACE "," ";" layers "${layers}")
          if(NOT LAYER IN_LIST layers)
            string(REPLACE ";" ", " only "${layers}")
            string(APPEND problems "${file}:${number}: ${LAYER} must not include <${header}> (only ${only} may)\n")
          endif()
          break()  # the first, most specific prefix decides
        endif()
      endforeach()
    endif()
  endforeach()
endforeach()

if(problems)
  # As plain lines (an error message would be re-wrapped), so an editor can jump to each.
  message(NOTICE "${problems}")
  message(FATAL_ERROR "The layers' rule is broken: see \"One library per layer\" in CMakeLists.txt")
endif()
if(STAMP)
  file(WRITE "${STAMP}" "ok\n")
endif()
