# Writes the AppStream metainfo from its template (packaging/<id>.metainfo.xml.in). Each part
# of the template between "<!-- if NAME -->" and "<!-- end NAME -->" is kept, with @SMSHOOK_NAME_URL@
# replaced, when SMSHOOK_NAME_URL is set (HOMEPAGE, BUGTRACKER, SCREENSHOTS), and left out when
# it is empty, so that the metainfo names only addresses the project has.
# Included by Packaging.cmake; also a script, for scripts/package-check.sh:
#   cmake -DMETAINFO_IN=FILE -DMETAINFO_OUT=FILE [-DSMSHOOK_HOMEPAGE_URL=URL ...] -P MetainfoFile.cmake
function(smshook_write_metainfo input output)
    file(READ "${input}" text)
    string(REGEX REPLACE "<!-- template:[^>]*-->\n" "" text "${text}") # says how to read the template
    foreach(part HOMEPAGE BUGTRACKER SCREENSHOTS)
        set(url "${SMSHOOK_${part}_URL}")
        if(url)
            string(REGEX REPLACE "/+$" "" url "${url}")
            string(REPLACE "@SMSHOOK_${part}_URL@" "${url}" text "${text}")
            string(REGEX REPLACE "[ ]*<!-- (if|end) ${part} -->\n" "" text "${text}")
        else()
            string(REGEX REPLACE "[ ]*<!-- if ${part} -->.*<!-- end ${part} -->\n" "" text "${text}")
        endif()
    endforeach()
    if(text MATCHES "@SMSHOOK_[A-Z]+_URL@")
        message(FATAL_ERROR "${input}: ${CMAKE_MATCH_0} outside an \"if\" part")
    endif()
    file(CONFIGURE OUTPUT "${output}" CONTENT "${text}" @ONLY)
endfunction()

if(CMAKE_SCRIPT_MODE_FILE)
    smshook_write_metainfo("${METAINFO_IN}" "${METAINFO_OUT}")
endif()
