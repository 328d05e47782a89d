# The Auth0 Management API client of the core: request building, parsing, errors, scopes, the
# token and retries (../shared/auth0/FACTS.md has the facts these follow).
target_sources(smshook_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ActionCode.cpp ${CMAKE_CURRENT_LIST_DIR}/ActionCode.h
    ${CMAKE_CURRENT_LIST_DIR}/ActionDeployJob.cpp ${CMAKE_CURRENT_LIST_DIR}/ActionDeployJob.h
    ${CMAKE_CURRENT_LIST_DIR}/ActionDeploySteps.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ActionTestJob.cpp ${CMAKE_CURRENT_LIST_DIR}/ActionTestJob.h
    ${CMAKE_CURRENT_LIST_DIR}/Auth0Client.cpp ${CMAKE_CURRENT_LIST_DIR}/Auth0Client.h
    ${CMAKE_CURRENT_LIST_DIR}/Auth0Connection.h
    ${CMAKE_CURRENT_LIST_DIR}/Auth0Error.cpp ${CMAKE_CURRENT_LIST_DIR}/Auth0Error.h
    ${CMAKE_CURRENT_LIST_DIR}/Auth0Parser.cpp ${CMAKE_CURRENT_LIST_DIR}/Auth0Parser.h
    ${CMAKE_CURRENT_LIST_DIR}/Auth0Reply.cpp ${CMAKE_CURRENT_LIST_DIR}/Auth0Reply.h
    ${CMAKE_CURRENT_LIST_DIR}/Auth0Requests.cpp ${CMAKE_CURRENT_LIST_DIR}/Auth0Requests.h
    ${CMAKE_CURRENT_LIST_DIR}/Auth0RequestParts.h ${CMAKE_CURRENT_LIST_DIR}/Auth0RequestsActions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Auth0RequestsPhone.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Auth0Scopes.cpp ${CMAKE_CURRENT_LIST_DIR}/Auth0Scopes.h
    ${CMAKE_CURRENT_LIST_DIR}/Auth0Dashboard.cpp ${CMAKE_CURRENT_LIST_DIR}/Auth0Dashboard.h
    ${CMAKE_CURRENT_LIST_DIR}/Auth0Types.cpp ${CMAKE_CURRENT_LIST_DIR}/Auth0Types.h
    ${CMAKE_CURRENT_LIST_DIR}/MfaErrors.cpp ${CMAKE_CURRENT_LIST_DIR}/MfaErrors.h
    ${CMAKE_CURRENT_LIST_DIR}/MfaSetup.cpp ${CMAKE_CURRENT_LIST_DIR}/MfaSetup.h
    ${CMAKE_CURRENT_LIST_DIR}/MfaSetupJob.cpp ${CMAKE_CURRENT_LIST_DIR}/MfaSetupJob.h
    ${CMAKE_CURRENT_LIST_DIR}/MfaTestJob.cpp ${CMAKE_CURRENT_LIST_DIR}/MfaTestJob.h
    ${CMAKE_CURRENT_LIST_DIR}/MfaTestJobReadBack.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MfaTimeline.cpp ${CMAKE_CURRENT_LIST_DIR}/MfaTimeline.h
    ${CMAKE_CURRENT_LIST_DIR}/MfaParser.cpp ${CMAKE_CURRENT_LIST_DIR}/MfaParser.h
    ${CMAKE_CURRENT_LIST_DIR}/MfaRequests.cpp ${CMAKE_CURRENT_LIST_DIR}/MfaRequests.h
    ${CMAKE_CURRENT_LIST_DIR}/MfaTypes.h
    ${CMAKE_CURRENT_LIST_DIR}/PhoneProviderTryJob.cpp ${CMAKE_CURRENT_LIST_DIR}/PhoneProviderTryJob.h
    ${CMAKE_CURRENT_LIST_DIR}/BoundActionJob.cpp ${CMAKE_CURRENT_LIST_DIR}/BoundActionJob.h
    ${CMAKE_CURRENT_LIST_DIR}/TenantConnectJob.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantConnectJob.h
    ${CMAKE_CURRENT_LIST_DIR}/TenantSecret.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantSecret.h
    ${CMAKE_CURRENT_LIST_DIR}/TenantJudge.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantJudge.h
    ${CMAKE_CURRENT_LIST_DIR}/TenantJudgeParts.h ${CMAKE_CURRENT_LIST_DIR}/TenantJudgeAction.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TenantStatus.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantStatus.h
    ${CMAKE_CURRENT_LIST_DIR}/TenantStatusJob.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantStatusJob.h)
