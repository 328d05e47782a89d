# The Twilio client: pure parsing and request building, then real HTTP against a misbehaving
# loopback server written in the test.
add_qt_test(TestTwilioParsing SOURCES TestTwilioParsing.cpp LIBRARIES smshook_core Qt6::Network)
target_compile_definitions(TestTwilioParsing PRIVATE
    SMSHOOK_TWILIO_FIXTURES="${CMAKE_CURRENT_LIST_DIR}/../data/twilio")
add_qt_test(TestTwilioRequests SOURCES TestTwilioRequests.cpp LIBRARIES smshook_core Qt6::Network)
add_qt_test(TestTwilioNetwork SOURCES TestTwilioNetwork.cpp LIBRARIES smshook_core Qt6::Network)
target_compile_definitions(TestTwilioNetwork PRIVATE
    SMSHOOK_TWILIO_FIXTURES="${CMAKE_CURRENT_LIST_DIR}/../data/twilio")
