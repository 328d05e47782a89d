# Two configurations besides the normal one, each in a build folder of its own
# (scripts/dev.sh asan, scripts/dev.sh fuzz):
#   SMSHOOK_SANITIZE  everything (core, fronts, tests) with AddressSanitizer (leaks included) and
#                     UndefinedBehaviorSanitizer; the first report ends the program.
#   SMSHOOK_FUZZ      the core with the same sanitizers and libFuzzer's coverage (Clang only),
#                     and the fuzz targets of tests/fuzz linked with libFuzzer's driver.
# Qt and the other system libraries stay as Debian builds them: their memory is still checked
# (ASan replaces malloc), their code is not instrumented.
option(SMSHOOK_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(SMSHOOK_FUZZ "Build the libFuzzer targets of tests/fuzz (Clang), the core sanitized" OFF)

if(SMSHOOK_SANITIZE AND SMSHOOK_FUZZ)
    message(FATAL_ERROR "SMSHOOK_SANITIZE and SMSHOOK_FUZZ are separate configurations: "
                        "configure each in its own build folder")
endif()

set(_smshook_sanitizers address,undefined)
if(SMSHOOK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "SMSHOOK_FUZZ needs Clang (libFuzzer): configure with "
                            "-DCMAKE_CXX_COMPILER=clang++ (scripts/dev.sh fuzz does)")
    endif()
    # fuzzer-no-link: coverage for libFuzzer in every object; only the fuzz targets get its main.
    set(_smshook_sanitizers fuzzer-no-link,${_smshook_sanitizers})
endif()

if(SMSHOOK_SANITIZE OR SMSHOOK_FUZZ)
    # -O1 keeps the reports' stacks readable and the suite fast enough; a Debug build, so that
    # Q_ASSERTs are checked too. Undefined behaviour stops the program like a memory error.
    add_compile_options(-fsanitize=${_smshook_sanitizers} -fno-sanitize-recover=all
                        -fno-omit-frame-pointer -O1)
    add_link_options(-fsanitize=address,undefined)
endif()
