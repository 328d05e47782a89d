# The segment calculator against Twilio's own calculator's answers (tests/data/SOURCE.txt).
add_qt_test(TestSegmentCalculator SOURCES TestSegmentCalculator.cpp LIBRARIES smshook_core)
target_compile_definitions(TestSegmentCalculator PRIVATE
    SMSHOOK_SEGMENT_VECTORS="${CMAKE_CURRENT_LIST_DIR}/../data/sms-segments.jsonl")
