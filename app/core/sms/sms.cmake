# The SMS rules of the core: how Twilio encodes and segments a message body.
target_sources(smshook_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SegmentCalculator.cpp ${CMAKE_CURRENT_LIST_DIR}/SegmentCalculator.h
    ${CMAKE_CURRENT_LIST_DIR}/SmartEncoding.cpp ${CMAKE_CURRENT_LIST_DIR}/SmartEncoding.h)
