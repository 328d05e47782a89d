# Desktop integration and the Debian package.
#
# `cmake --install build` (prefix /usr/local by default) puts, besides the binaries, the
# translations and the runner installed by their own folders:
#   share/applications/<id>.desktop, share/metainfo/<id>.metainfo.xml (from its template),
#   share/icons/hicolor/{scalable,NxN}/apps/<id>.{svg,png}, share/man/man1/*.1.gz,
#   share/bash-completion/completions/sms-hook-cli, share/doc/sms-hook-console/{LICENSE,
#   THIRD_PARTY_NOTICES.md, copyright, changelog.gz}.
# `cd build && cpack -G DEB` makes the .deb (prefix /usr); its Depends come from
# dpkg-shlibdeps (the libraries the binaries link) plus what is loaded at run time.
# scripts/package-check.sh builds, lints (lintian, desktop-file-validate, appstreamcli) and
# runs it.
set(SMSHOOK_APP_ID io.github.smshookconsole.SmsHookConsole)
set(_pkg ${PROJECT_SOURCE_DIR}/packaging)
set(_docdir ${CMAKE_INSTALL_DATADIR}/doc/sms-hook-console)

install(FILES ${_pkg}/${SMSHOOK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
# Where the project is published, when it is: the metainfo's home page, bug tracker and
# screenshots (the web folder serving docs/screenshots), and the package's Homepage. Empty, they
# are left out rather than pointing at an address the project does not have.
set(SMSHOOK_HOMEPAGE_URL "" CACHE STRING "The project's home page (metainfo, Debian Homepage); empty: none")
set(SMSHOOK_BUGTRACKER_URL "" CACHE STRING "Where users report bugs (metainfo); empty: none")
set(SMSHOOK_SCREENSHOTS_URL "" CACHE STRING
    "The web folder serving docs/screenshots/*.png (metainfo screenshots); empty: none")
include(${CMAKE_CURRENT_LIST_DIR}/MetainfoFile.cmake)
set(_metainfo ${CMAKE_CURRENT_BINARY_DIR}/packaging/${SMSHOOK_APP_ID}.metainfo.xml)
smshook_write_metainfo(${_pkg}/${SMSHOOK_APP_ID}.metainfo.xml.in ${_metainfo})
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             ${_pkg}/${SMSHOOK_APP_ID}.metainfo.xml.in)
install(FILES ${_metainfo} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_pkg}/icons/sms-hook-console.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${SMSHOOK_APP_ID}.svg)
foreach(size 16 24 32 48 64 128 256)
    install(FILES ${_pkg}/icons/sms-hook-console-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${SMSHOOK_APP_ID}.png)
endforeach()
install(FILES ${_pkg}/completion/sms-hook-cli
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/THIRD_PARTY_NOTICES.md
              ${_pkg}/copyright
        DESTINATION ${_docdir})

# Manual pages and the changelog, compressed as Debian wants them (gzip -n: reproducible).
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(_gz_files "")
foreach(source man/sms-hook-console.1 man/sms-hook-cli.1 changelog)
    get_filename_component(name ${source} NAME)
    set(out ${CMAKE_CURRENT_BINARY_DIR}/packaging/${name}.gz)
    add_custom_command(OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/packaging
        COMMAND ${GZIP_EXECUTABLE} -9n -c ${_pkg}/${source} > ${out}
        DEPENDS ${_pkg}/${source} VERBATIM)
    list(APPEND _gz_files ${out})
endforeach()
add_custom_target(packaging_files ALL DEPENDS ${_gz_files})
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/packaging/sms-hook-console.1.gz
              ${CMAKE_CURRENT_BINARY_DIR}/packaging/sms-hook-cli.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz DESTINATION ${_docdir})

set(CPACK_PACKAGE_NAME sms-hook-console)
set(CPACK_PACKAGE_VENDOR "The SMS Hook Console authors")
set(CPACK_PACKAGE_CONTACT "The SMS Hook Console authors <sms-hook-console@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "set up and check Auth0 phone message hooks sending via Twilio")
if(SMSHOOK_HOMEPAGE_URL)
    set(CPACK_PACKAGE_HOMEPAGE_URL "${SMSHOOK_HOMEPAGE_URL}")
endif()
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: Node.js for the runner, the SQLite
# driver of the delivery log (the X11 platform plugin comes with libqt6gui6).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "nodejs (>= 18), libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
# The extended description (CPack puts the summary first and indents each line).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "SMS Hook Console is a desktop tool and a command-line twin (sms-hook-cli) for
Auth0 administrators whose multi-factor text messages go out through Twilio,
from a Send Phone Message hook or a phone Action.

It keeps the Twilio and Auth0 secrets in the system keychain, sends test
messages through Programmable SMS or Verify and follows their delivery, runs
the hook or Action code locally in Node.js with Twilio's SDK, deploys it to
the tenant, and checks step by step why a text message does not arrive. A
built-in sandbox simulates Twilio and the Auth0 tenant.

English, German, French and Spanish.")
include(CPack)
