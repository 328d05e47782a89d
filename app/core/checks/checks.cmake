# The troubleshooting checklist: items and their pure judges, the runner over the keychain,
# Twilio and the delivery log, and the report.
target_sources(smshook_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CheckItem.cpp ${CMAKE_CURRENT_LIST_DIR}/CheckItem.h
    ${CMAKE_CURRENT_LIST_DIR}/CheckJudge.cpp ${CMAKE_CURRENT_LIST_DIR}/CheckJudge.h
    ${CMAKE_CURRENT_LIST_DIR}/CheckJudgeParts.h
    ${CMAKE_CURRENT_LIST_DIR}/CheckJudgeTwilio.cpp ${CMAKE_CURRENT_LIST_DIR}/CheckJudgeLastSend.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CheckJudgeLogin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Checklist.cpp ${CMAKE_CURRENT_LIST_DIR}/Checklist.h
    ${CMAKE_CURRENT_LIST_DIR}/ChecklistTwilio.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChecklistReport.cpp ${CMAKE_CURRENT_LIST_DIR}/ChecklistReport.h)
