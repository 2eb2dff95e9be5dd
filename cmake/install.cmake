# What `cmake --install` puts where, and the Debian package cpack makes of it. The binary's own rule
# is beside it (engine/app), the icon's and the desktop entry's in assets/. The game's data goes to
# share/senales/, found by the binary from its own folder (engine/app/data_root.cpp).
set(SENALES_DATA_DESTINATION ${CMAKE_INSTALL_DATADIR}/senales)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/scenarios DESTINATION ${SENALES_DATA_DESTINATION})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/scripts/lua DESTINATION ${SENALES_DATA_DESTINATION}/scripts)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Debian wants manual pages compressed, and compressed the same way on every build (-n: no name or
# time stamp in the file).
find_program(SENALES_GZIP gzip REQUIRED)
set(SENALES_MAN_PAGE ${PROJECT_BINARY_DIR}/senales.6.gz)
add_custom_command(OUTPUT ${SENALES_MAN_PAGE}
  COMMAND ${SENALES_GZIP} -9 -n -c ${PROJECT_SOURCE_DIR}/docs/senales.6 > ${SENALES_MAN_PAGE}
  DEPENDS ${PROJECT_SOURCE_DIR}/docs/senales.6
  COMMENT "Compressing the manual page")
add_custom_target(senales_man_page ALL DEPENDS ${SENALES_MAN_PAGE})
install(FILES ${SENALES_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man6)

# cpack -G DEB: senales_<version>_amd64.deb, its library dependencies worked out by dpkg-shlibdeps.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME senales)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "training game on recognising human trafficking")
set(CPACK_PACKAGE_DESCRIPTION
    "Señales trains police, consular staff and community classes in Guatemala to recognise human\n"
    "trafficking and to identify its victims without re-victimising them, through short interactive\n"
    "scenarios, in Spanish and English. It keeps each trainee's records on the machine.")
set(SENALES_PACKAGE_CONTACT "Señales maintainers <senales@localhost>" CACHE STRING
    "The Debian package's Maintainer field")
set(CPACK_PACKAGE_CONTACT ${SENALES_PACKAGE_CONTACT})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION games)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Read at run time but not linked, so dpkg-shlibdeps cannot see it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
set(CPACK_STRIP_FILES ON)
include(CPack)
