# The Twilio sandbox over real HTTP on loopback, with a plain QNetworkAccessManager.
add_qt_test(TestSandbox SOURCES TestSandbox.cpp LIBRARIES smshook_core Qt6::Network)
# Its door: request bodies over Twilio's limits refused as they arrive, memory measured.
add_qt_test(TestSandboxLimits SOURCES TestSandboxLimits.cpp LIBRARIES smshook_core Qt6::Network)
