# The Auth0 client: real HTTP against a misbehaving loopback server written in the test.
add_qt_test(TestAuth0Client SOURCES TestAuth0Client.cpp LIBRARIES smshook_core Qt6::Network)
