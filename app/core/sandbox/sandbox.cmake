# The built-in sandboxes: a Twilio simulator and an Auth0 simulator (two tenants) on loopback
# (docs/SANDBOX.md). QtHttpServer's CMake config needs QtWebSockets found as well on Debian 12.
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
    ${CMAKE_CURRENT_LIST_DIR}/TwilioSandboxPrivate.h
    ${CMAKE_CURRENT_LIST_DIR}/SandboxHttpServer.cpp ${CMAKE_CURRENT_LIST_DIR}/SandboxHttpServer.h
    ${CMAKE_CURRENT_LIST_DIR}/Auth0SandboxFixtures.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Auth0SandboxFixtures.h
    ${CMAKE_CURRENT_LIST_DIR}/Auth0Sandbox.cpp ${CMAKE_CURRENT_LIST_DIR}/Auth0Sandbox.h
    ${CMAKE_CURRENT_LIST_DIR}/Auth0SandboxPrivate.h
    ${CMAKE_CURRENT_LIST_DIR}/Auth0SandboxReply.cpp ${CMAKE_CURRENT_LIST_DIR}/Auth0SandboxReply.h
    ${CMAKE_CURRENT_LIST_DIR}/Auth0SandboxRouter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Auth0SandboxActions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Auth0SandboxTriggers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Auth0SandboxPhone.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Auth0SandboxLogs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Auth0SandboxPresets.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Auth0SandboxDirectory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Auth0SandboxMfa.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Auth0SandboxActionRuns.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SandboxActions.cpp ${CMAKE_CURRENT_LIST_DIR}/SandboxActions.h
    ${CMAKE_CURRENT_LIST_DIR}/Auth0LogQuery.cpp ${CMAKE_CURRENT_LIST_DIR}/Auth0LogQuery.h)
target_link_libraries(smshook_core PRIVATE Qt6::HttpServer)
# The Actions the Auth0 simulator's Wired tenants run are the console's Action templates
# (:/actions, registered in hook/hook.cmake).
