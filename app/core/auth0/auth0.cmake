# The Auth0 Management API client of the core: value types and the parsing of Auth0's answers.
target_sources(smshook_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Auth0Parser.cpp ${CMAKE_CURRENT_LIST_DIR}/Auth0Parser.h
    ${CMAKE_CURRENT_LIST_DIR}/Auth0Types.cpp ${CMAKE_CURRENT_LIST_DIR}/Auth0Types.h)
