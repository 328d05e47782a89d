# The Auth0 Management API client: pure parsing of Auth0's answers, from the fixtures in
# tests/data/auth0 (SOURCE.txt there).
foreach(test TestAuth0Parsing TestAuth0TenantParsing)
    add_qt_test(${test} SOURCES ${test}.cpp Auth0Fixtures.h LIBRARIES smshook_core)
    target_compile_definitions(${test} PRIVATE
        SMSHOOK_AUTH0_FIXTURES="${CMAKE_CURRENT_LIST_DIR}/../data/auth0")
endforeach()
