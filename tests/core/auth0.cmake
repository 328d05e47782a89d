# The Auth0 client: real HTTP against a misbehaving loopback server written in the test.
add_qt_test(TestAuth0Client SOURCES TestAuth0Client.cpp LIBRARIES smshook_core Qt6::Network)

# Pure parsing of Auth0's answers, from the fixtures in tests/data/auth0 (SOURCE.txt there).
foreach(test TestAuth0Parsing TestAuth0TenantParsing)
    add_qt_test(${test} SOURCES ${test}.cpp Auth0Fixtures.h LIBRARIES smshook_core)
    target_compile_definitions(${test} PRIVATE
        SMSHOOK_AUTH0_FIXTURES="${CMAKE_CURRENT_LIST_DIR}/../data/auth0")
endforeach()
add_qt_test(TestTenantJudge SOURCES TestTenantJudge.cpp LIBRARIES smshook_core)
# The status board against the simulated tenants (real HTTP on loopback).
add_qt_test(TestTenantStatus SOURCES TestTenantStatus.cpp Auth0SandboxTestBase.h
            LIBRARIES smshook_core Qt6::Network)
# Deploying and activating the profile's Action against the simulated tenants and a real keychain.
add_qt_test(TestActionDeploy KEYCHAIN SOURCES TestActionDeploy.cpp LIBRARIES smshook_core Qt6::Network)
# The MFA test end to end against the simulated tenants and the Twilio sandbox (real HTTP).
add_qt_test(TestMfaFlow SOURCES TestMfaFlow.cpp LIBRARIES smshook_core Qt6::Network)
# "Run in the tenant": the simulated tenant's /test runs the draft in the Node runner against the
# Twilio sandbox; ActionTestJob compares the draft and updates it first when asked (real keychain).
add_qt_test(TestActionRemoteTest KEYCHAIN SOURCES TestActionRemoteTest.cpp
    LIBRARIES smshook_core Qt6::Network)
# The tenant's client secret as the jobs read it, against a real keychain.
add_qt_test(TestTenantSecret KEYCHAIN SOURCES TestTenantSecret.cpp LIBRARIES smshook_core Qt6::Network)
