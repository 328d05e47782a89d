# The Twilio sandbox over real HTTP on loopback, with a plain QNetworkAccessManager.
add_qt_test(TestSandbox SOURCES TestSandbox.cpp LIBRARIES smshook_core Qt6::Network)
