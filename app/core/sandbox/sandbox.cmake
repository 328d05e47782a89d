# The built-in Twilio sandbox: a Twilio simulator on loopback (docs/SANDBOX.md).
# QtHttpServer's CMake config needs QtWebSockets found as well on Debian 12.
find_package(Qt6 REQUIRED COMPONENTS HttpServer WebSockets)
target_sources(smshook_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FormCodec.cpp ${CMAKE_CURRENT_LIST_DIR}/FormCodec.h
    ${CMAKE_CURRENT_LIST_DIR}/SandboxFixtures.cpp ${CMAKE_CURRENT_LIST_DIR}/SandboxFixtures.h
    ${CMAKE_CURRENT_LIST_DIR}/SandboxProfile.cpp ${CMAKE_CURRENT_LIST_DIR}/SandboxProfile.h
    ${CMAKE_CURRENT_LIST_DIR}/SandboxCallbacks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SandboxGate.cpp ${CMAKE_CURRENT_LIST_DIR}/SandboxGate.h
    ${CMAKE_CURRENT_LIST_DIR}/SandboxMessages.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SandboxNumbers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SandboxVerify.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TwilioSandbox.cpp ${CMAKE_CURRENT_LIST_DIR}/TwilioSandbox.h
    ${CMAKE_CURRENT_LIST_DIR}/TwilioSandboxPrivate.h)
target_link_libraries(smshook_core PRIVATE Qt6::HttpServer)
