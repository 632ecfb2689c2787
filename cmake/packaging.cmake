# What `cmake --install` puts where, and the Debian package (`cpack -G DEB`).
#
#   bin/medcareer
#   share/medcareer/{data,questions}/             the data, read by the installed binary
#   share/man/man1/medcareer*.1.gz, man5/medcareer-data.5.gz
#   share/bash-completion/completions/medcareer   where bash-completion loads it from
#   share/zsh/vendor-completions/_medcareer       Debian's zsh looks here
#   share/fish/vendor_completions.d/medcareer.fish
#   share/doc/medcareer/                          README, CHANGELOG, LICENSE (the .deb has
#                                                 copyright and changelog.gz instead)

# Directories made by the install are 0755 whatever the umask, as Debian wants them.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# --- Manual pages, from the program itself and from docs/data-format.md ---
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(MEDCAREER_MAN_DIR "${PROJECT_BINARY_DIR}/man")
add_custom_command(
  OUTPUT "${MEDCAREER_MAN_DIR}/stamp"
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/cmake/man_pages.py $<TARGET_FILE:medcareer>
          ${MEDCAREER_MAN_DIR} ${MEDCAREER_RELEASE_DATE} ${PROJECT_VERSION}
          ${PROJECT_SOURCE_DIR}/docs/data-format.md
  COMMAND ${CMAKE_COMMAND} -E touch "${MEDCAREER_MAN_DIR}/stamp"
  DEPENDS medcareer ${PROJECT_SOURCE_DIR}/cmake/man_pages.py ${PROJECT_SOURCE_DIR}/cmake/md2man.py
          ${PROJECT_SOURCE_DIR}/cmake/gzip_files.py
          ${PROJECT_SOURCE_DIR}/docs/data-format.md
  COMMENT "Writing the manual pages"
  VERBATIM)
add_custom_target(man_pages ALL DEPENDS "${MEDCAREER_MAN_DIR}/stamp")

# --- Hardening, as Debian builds its packages (dpkg-buildflags): fortified libc calls where
# the compiler optimises (not under the sanitizers, which replace those calls), and a
# read-only GOT.
if(NOT MEDCAREER_SANITIZE AND NOT MEDCAREER_FUZZ)
  target_compile_definitions(medcareer_warnings INTERFACE
    $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:_FORTIFY_SOURCE=2>)
endif()
target_link_options(medcareer PRIVATE -Wl,-z,relro -Wl,-z,now)

# --- The install ---
install(TARGETS medcareer RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT medcareer)
# A stripped install (cpack, `cmake --install --strip`) also drops the sections that only
# name the compiler, as dh_strip does.
install(CODE "
  if(CMAKE_INSTALL_DO_STRIP)
    execute_process(COMMAND objcopy --remove-section=.comment --remove-section=.note
                            \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/medcareer\"
                    COMMAND_ERROR_IS_FATAL ANY)
  endif()" COMPONENT medcareer)
install(DIRECTORY data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/medcareer/data COMPONENT medcareer)
install(DIRECTORY questions/ DESTINATION ${CMAKE_INSTALL_DATADIR}/medcareer/questions
        COMPONENT medcareer)
install(DIRECTORY ${MEDCAREER_MAN_DIR}/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
        COMPONENT medcareer FILES_MATCHING PATTERN "*.1.gz")
install(DIRECTORY ${MEDCAREER_MAN_DIR}/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man5
        COMPONENT medcareer FILES_MATCHING PATTERN "*.5.gz")
install(FILES completions/medcareer.bash RENAME medcareer
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions COMPONENT medcareer)
install(FILES completions/_medcareer
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions COMPONENT medcareer)
install(FILES completions/medcareer.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d COMPONENT medcareer)
install(FILES README.md docs/data-format.md DESTINATION ${CMAKE_INSTALL_DOCDIR}
        COMPONENT medcareer)
# A plain install carries the licence and the changelog as they are...
install(FILES LICENSE CHANGELOG.md DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT plain_docs)
# ...and the .deb as Debian wants them: a machine-readable copyright file and gzipped
# changelogs (the project's own, and the package's), left out of a plain install.
set(CPACK_PACKAGE_CONTACT "medcareer maintainers <medcareer@example.org>")
set(debian_dir "${PROJECT_BINARY_DIR}/debian")
configure_file(cmake/debian/copyright.in ${debian_dir}/copyright @ONLY)
configure_file(cmake/debian/changelog.Debian.in ${debian_dir}/changelog.Debian @ONLY)
add_custom_command(
  OUTPUT ${debian_dir}/changelog.gz ${debian_dir}/changelog.Debian.gz
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/cmake/gzip_files.py
          ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${debian_dir}/changelog.gz
          ${debian_dir}/changelog.Debian ${debian_dir}/changelog.Debian.gz
  DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${debian_dir}/changelog.Debian
          ${PROJECT_SOURCE_DIR}/cmake/gzip_files.py
  VERBATIM)
add_custom_target(debian_docs ALL DEPENDS ${debian_dir}/changelog.gz ${debian_dir}/changelog.Debian.gz)
install(FILES ${debian_dir}/copyright ${debian_dir}/changelog.gz ${debian_dir}/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT debian EXCLUDE_FROM_ALL)
install(FILES cmake/debian/lintian-overrides RENAME medcareer
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides COMPONENT debian EXCLUDE_FROM_ALL)

# --- The Debian package ---
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME medcareer)
set(CPACK_PACKAGE_VENDOR "the medcareer authors")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL medcareer debian)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME medcareer)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # dpkg-shlibdeps: the libraries the binary links
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "career advisor for healthcare support work")
# The first line of the Description is the summary; CPack indents these lines under it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "medcareer helps people choose a way into healthcare support work: medical
scribe, coder, biller, billing and coding specialist, medical assistant, and
the roles each grows into. A questionnaire asks what you want, transparent
weights match the answers to each role, and medcareer recommends a path
(train, certify, first job, grow) with every figure's source.

It also scores a whole class's survey export, and prints sourced summaries of
every role and certification.")
include(CPack)
