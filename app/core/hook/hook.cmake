# The hook and Action code: templates, lint and the hook -> Action conversion (acorn and the
# scripts of resources/hooks in a QJSEngine, HookScriptEngine: they parse, they run no user code),
# per-profile code, the events Auth0 builds, and the runner, which runs the code in a Node child
# process (resources/runner: runner.js and the npm packages its package-lock.json pins, installed
# by scripts/dev.sh). resources/hooks holds the hook templates, the scripts and the vendored acorn
# (SOURCE.acorn, LICENSE.acorn); resources/actions the Action templates (which the Auth0
# simulator's Wired tenants also run).
target_sources(smshook_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ActionConverter.cpp ${CMAKE_CURRENT_LIST_DIR}/ActionConverter.h
    ${CMAKE_CURRENT_LIST_DIR}/ActionTarget.cpp ${CMAKE_CURRENT_LIST_DIR}/ActionTarget.h
    ${CMAKE_CURRENT_LIST_DIR}/HookCodeStore.cpp ${CMAKE_CURRENT_LIST_DIR}/HookCodeStore.h
    ${CMAKE_CURRENT_LIST_DIR}/HookResource.h
    ${CMAKE_CURRENT_LIST_DIR}/HookLint.cpp ${CMAKE_CURRENT_LIST_DIR}/HookLint.h
    ${CMAKE_CURRENT_LIST_DIR}/HookRunner.cpp ${CMAKE_CURRENT_LIST_DIR}/HookRunner.h
    ${CMAKE_CURRENT_LIST_DIR}/HookRunOutcome.cpp ${CMAKE_CURRENT_LIST_DIR}/HookRunOutcome.h
    ${CMAKE_CURRENT_LIST_DIR}/HookScriptEngine.cpp ${CMAKE_CURRENT_LIST_DIR}/HookScriptEngine.h
    ${CMAKE_CURRENT_LIST_DIR}/HookTemplates.cpp ${CMAKE_CURRENT_LIST_DIR}/HookTemplates.h
    ${CMAKE_CURRENT_LIST_DIR}/RunEvents.cpp ${CMAKE_CURRENT_LIST_DIR}/RunEvents.h
    ${CMAKE_CURRENT_LIST_DIR}/RunnerProcess.cpp ${CMAKE_CURRENT_LIST_DIR}/RunnerProcess.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretRedactor.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretRedactor.h)
target_link_libraries(smshook_core PUBLIC Qt6::Qml)
set_property(SOURCE ${CMAKE_CURRENT_LIST_DIR}/RunnerProcess.cpp APPEND PROPERTY
    COMPILE_DEFINITIONS SMSHOOK_RUNNER_SOURCE_DIR="${PROJECT_SOURCE_DIR}/resources/runner")
set(_hook_resources "${PROJECT_SOURCE_DIR}/resources/hooks")
qt_add_resources(smshook_core "hook_resources"
    PREFIX "/hooks"
    BASE "${_hook_resources}"
    FILES "${_hook_resources}/programmable-sms.js" "${_hook_resources}/verify.js"
          "${_hook_resources}/acorn.js" "${_hook_resources}/action-map.js"
          "${_hook_resources}/syntax-tree.js" "${_hook_resources}/lint.js"
          "${_hook_resources}/convert-edits.js" "${_hook_resources}/convert-callbacks.js"
          "${_hook_resources}/convert.js")
set(_action_resources "${PROJECT_SOURCE_DIR}/resources/actions")
qt_add_resources(smshook_core "action_resources"
    PREFIX "/actions"
    BASE "${_action_resources}"
    FILES "${_action_resources}/send-phone-message-sms.js"
          "${_action_resources}/send-phone-message-verify.js"
          "${_action_resources}/custom-phone-provider-sms.js"
          "${_action_resources}/custom-phone-provider-verify.js")
# Installed beside the binaries, where RunnerProcess::runnerDirectory() looks first
# (<prefix>/share/sms-hook-console/runner), with the npm packages installed at that time.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/runner/"
        DESTINATION share/sms-hook-console/runner
        PATTERN ".*" EXCLUDE # npm's own files, the packages' CI and linter settings
        PATTERN "test" EXCLUDE)
