# The real TwilioClient (and DeliveryTracker) against the in-process sandbox over HTTP: Twilio's
# behaviours end to end (magic numbers, trial and suspended accounts, Verify, delivery, 429, paging).
add_qt_test(TestClientSandbox SOURCES TestClientSandbox.cpp LIBRARIES smshook_core Qt6::Network)
