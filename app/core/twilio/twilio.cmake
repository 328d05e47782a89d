# The Twilio REST client of the core: request building, parsing, errors, retries, delivery
# follow-up, and the bundled subset of Twilio's error dictionary (data/SOURCE.txt).
target_sources(smshook_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DeliveryTracker.cpp ${CMAKE_CURRENT_LIST_DIR}/DeliveryTracker.h
    ${CMAKE_CURRENT_LIST_DIR}/ErrorDictionary.cpp ${CMAKE_CURRENT_LIST_DIR}/ErrorDictionary.h
    ${CMAKE_CURRENT_LIST_DIR}/ExplanationMarkdown.cpp ${CMAKE_CURRENT_LIST_DIR}/ExplanationMarkdown.h
    ${CMAKE_CURRENT_LIST_DIR}/MessageLookup.cpp ${CMAKE_CURRENT_LIST_DIR}/MessageLookup.h
    ${CMAKE_CURRENT_LIST_DIR}/OneShotBody.h
    ${CMAKE_CURRENT_LIST_DIR}/RetryPolicy.cpp ${CMAKE_CURRENT_LIST_DIR}/RetryPolicy.h
    ${CMAKE_CURRENT_LIST_DIR}/TwilioClient.cpp ${CMAKE_CURRENT_LIST_DIR}/TwilioClient.h
    ${CMAKE_CURRENT_LIST_DIR}/TwilioError.cpp ${CMAKE_CURRENT_LIST_DIR}/TwilioError.h
    ${CMAKE_CURRENT_LIST_DIR}/TwilioParser.cpp ${CMAKE_CURRENT_LIST_DIR}/TwilioParser.h
    ${CMAKE_CURRENT_LIST_DIR}/TwilioReply.cpp ${CMAKE_CURRENT_LIST_DIR}/TwilioReply.h
    ${CMAKE_CURRENT_LIST_DIR}/TwilioRequests.cpp ${CMAKE_CURRENT_LIST_DIR}/TwilioRequests.h
    ${CMAKE_CURRENT_LIST_DIR}/TwilioTypes.cpp ${CMAKE_CURRENT_LIST_DIR}/TwilioTypes.h)
qt_add_resources(smshook_core "twilio_errors"
    PREFIX "/twilio"
    BASE "${CMAKE_CURRENT_LIST_DIR}/data"
    FILES "${CMAKE_CURRENT_LIST_DIR}/data/twilio-errors.json")
