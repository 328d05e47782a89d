# The Twilio sandbox over real HTTP on loopback, with a plain QNetworkAccessManager.
add_qt_test(TestSandbox SOURCES TestSandbox.cpp LIBRARIES smshook_core Qt6::Network)
# The Auth0 simulator (both tenants) over real HTTP on loopback.
add_qt_test(TestAuth0Sandbox SOURCES TestAuth0Sandbox.cpp Auth0SandboxTestBase.h
            LIBRARIES smshook_core Qt6::Network)
add_qt_test(TestAuth0SandboxActions SOURCES TestAuth0SandboxActions.cpp Auth0SandboxTestBase.h
            LIBRARIES smshook_core Qt6::Network)
add_qt_test(TestAuth0SandboxPhone SOURCES TestAuth0SandboxPhone.cpp Auth0SandboxTestBase.h
            LIBRARIES smshook_core Qt6::Network)
# Its door: request bodies over Twilio's limits refused as they arrive, memory measured.
add_qt_test(TestSandboxLimits SOURCES TestSandboxLimits.cpp LIBRARIES smshook_core Qt6::Network)
