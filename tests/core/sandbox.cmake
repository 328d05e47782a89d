# The Twilio sandbox over real HTTP on loopback, with a plain QNetworkAccessManager.
add_qt_test(TestSandbox SOURCES TestSandbox.cpp LIBRARIES smshook_core Qt6::Network)
# The Auth0 simulator (both tenants) over real HTTP on loopback.
add_qt_test(TestAuth0Sandbox SOURCES TestAuth0Sandbox.cpp LIBRARIES smshook_core Qt6::Network)
