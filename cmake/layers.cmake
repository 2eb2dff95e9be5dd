# senales_layer(TARGET LAYER [MAY_INCLUDE other layers...]): the build of TARGET first checks that
# every file of engine/LAYER includes only LAYER, those layers, and the libraries check_layer.cmake
# grants it. A forbidden include is a build error naming the file and line, not a convention.
function(senales_layer target layer)
  cmake_parse_arguments(ARG "" "" "MAY_INCLUDE" ${ARGN})
  file(GLOB files CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.h ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  set(stamp ${CMAKE_CURRENT_BINARY_DIR}/${layer}.layer-checked)
  string(REPLACE ";" "," allowed "${ARG_MAY_INCLUDE}")
  set(list_file ${CMAKE_CURRENT_BINARY_DIR}/${layer}.layer-files)
  file(WRITE ${list_file} "${files}")
  add_custom_command(OUTPUT ${stamp}
    COMMAND ${CMAKE_COMMAND} -DLAYER=${layer} -DALLOWED=${allowed} -DFILE_LIST=${list_file} -DSTAMP=${stamp}
            -P ${PROJECT_SOURCE_DIR}/cmake/check_layer.cmake
    DEPENDS ${files} ${PROJECT_SOURCE_DIR}/cmake/check_layer.cmake
    COMMENT "Checking what the ${layer} layer includes"
    VERBATIM)
  add_custom_target(${target}_layer_check DEPENDS ${stamp})
  add_dependencies(${target} ${target}_layer_check)
  set_property(GLOBAL APPEND PROPERTY SENALES_LAYERS "${layer}:${allowed}")
endfunction()
