#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine and for every day after:
#   scripts/dev.sh run     install what is missing, build, open the console
#   scripts/dev.sh test    install what is missing, build, run the whole test suite (ctest)
#   scripts/dev.sh build   install what is missing and build
#   scripts/dev.sh deps    install what is missing (run, test, package and sanitizer packages)
#   scripts/dev.sh package  install what is missing, build, make the .deb and check it
#                           (lintian, desktop entry, metainfo; run from the unpacked package)
#   scripts/dev.sh package-install  as package, then install the .deb in a clean Debian 12 root
#                           (debootstrap; as root, with the Debian mirror) and run it there
#   scripts/dev.sh check-tests   check that every tests/**/Test*.cpp is a ctest test
#   scripts/dev.sh asan [core|all]  build with AddressSanitizer + UBSan (Clang) in build-asan and
#                                run the core library's tests (core, the default) or all of them
#   scripts/dev.sh fuzz [SECONDS]  build the libFuzzer targets (Clang) in build-fuzz and run each
#                                for SECONDS (20 without), from its seed corpus in tests/fuzz/corpus
# Packages are installed only when missing (checked with dpkg-query), and the build is
# incremental, so a second run takes seconds. Runs as root or through sudo for apt-get.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${SMSHOOK_BUILD_DIR:-$root/build}"
asan_build="${SMSHOOK_ASAN_BUILD_DIR:-$root/build-asan}"
fuzz_build="${SMSHOOK_FUZZ_BUILD_DIR:-$root/build-fuzz}"

build_packages=(
    cmake ninja-build g++ pkg-config libgl-dev
    qt6-base-dev qt6-declarative-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
    qtkeychain-qt6-dev libphonenumber-dev libqscintilla2-qt6-dev qt6-charts-dev qt6-svg-dev
)
# A Secret Service for the keychain (present on most desktops); Qt's own translations.
run_packages=(gnome-keyring qt6-translations-l10n)
test_packages=(gnome-keyring libsecret-tools dbus libglib2.0-bin xvfb xauth qt6-translations-l10n)
# cpack's dpkg-shlibdeps, the checks of scripts/package-check.sh, and the clean Debian 12 root
# of scripts/package-install-check.sh.
package_packages=(dpkg-dev lintian desktop-file-utils appstream man-db debootstrap)
# The sanitizer and fuzzing builds: Clang with its runtime libraries (ASan, UBSan, libFuzzer).
sanitizer_packages=(clang libclang-rt-dev)

install_missing() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root or install sudo to get: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    echo "Installing missing packages: ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Node.js and npm for the contract tests' Prism. Another Node.js install (nvm, ...) on PATH is
# used as it is; only when npm is missing does this install Debian's.
ensure_node() {
    command -v npm >/dev/null && command -v node >/dev/null && return 0
    install_missing nodejs npm
}

# Prism for the contract tests, pinned by tests/contract/package-lock.json. npm ci only when it
# is missing or the lock file is newer than the install, so that re-runs stay quick.
ensure_prism() {
    local dir="$root/tests/contract"
    if [ -x "$dir/node_modules/.bin/prism" ] && [ ! "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
        return 0
    fi
    echo "Installing Prism for the contract tests (npm ci in tests/contract)"
    npm ci --prefix "$dir" --no-audit --no-fund
    touch "$dir/node_modules" # the install is now newer than the lock file it came from
}

# The local runner's npm packages (Twilio's SDK), pinned by resources/runner/package-lock.json:
# the console runs hook and Action code with them. npm ci only when missing or outdated.
ensure_runner() {
    local dir="$root/resources/runner"
    if [ -f "$dir/node_modules/twilio/package.json" ] && [ ! "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
        return 0
    fi
    ensure_node
    echo "Installing the runner's npm packages (npm ci in resources/runner)"
    npm ci --prefix "$dir" --no-audit --no-fund
    touch "$dir/node_modules"
}

configure_and_build() {
    ensure_runner
    if [ ! -f "$build/build.ninja" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build" --parallel "$(nproc)"
}

# The sanitizers' settings for every program of the asan and fuzz runs: the first report ends the
# program with its stack; leaks are checked (the known ones of system libraries suppressed).
export_sanitizer_options() {
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
}

# The AddressSanitizer + UBSan build: with "core" (the default), the core library's test
# programs (tests/core) only, built and run; with "all", the whole suite.
run_asan() {
    local scope="${1:-core}" tests=() dir
    case "$scope" in
    core) dir="$asan_build/tests/core" ;;
    all) dir="$asan_build" ;;
    *) echo "scripts/dev.sh asan [core|all]" >&2; exit 2 ;;
    esac
    ensure_runner
    if [ ! -f "$asan_build/build.ninja" ]; then
        cmake -S "$root" -B "$asan_build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
              -DCMAKE_CXX_COMPILER=clang++ -DSMSHOOK_SANITIZE=ON
    fi
    if [ "$scope" = core ]; then
        mapfile -t tests < <(cd "$dir" && ctest -N | sed -n 's/^ *Test *#[0-9]*: *//p')
        [ ${#tests[@]} -gt 0 ] || { echo "No core tests in $dir" >&2; exit 1; }
        cmake --build "$asan_build" --parallel "$(nproc)" --target "${tests[@]}"
    else
        cmake --build "$asan_build" --parallel "$(nproc)"
    fi
    export_sanitizer_options
    cd "$dir"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"
}

# Builds the fuzz targets and runs each for $1 seconds from a copy of its seed corpus (what a run
# finds stays in build-fuzz/fuzz-runs, not in the committed seeds). A crash, a sanitizer report,
# a leak, a slow input (10 s) or a failed check fails the run; its input is kept there to replay
# (build-fuzz/tests/fuzz/fuzz-NAME INPUT) and, once fixed, to add to the seeds and a test.
# The seed is fixed (SMSHOOK_FUZZ_SEED, 1 without) so that a run can be repeated.
run_fuzzers() {
    local seconds="${1:-20}"
    if [ ! -f "$fuzz_build/build.ninja" ]; then
        cmake -S "$root" -B "$fuzz_build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
              -DCMAKE_CXX_COMPILER=clang++ -DSMSHOOK_FUZZ=ON
    fi
    cmake --build "$fuzz_build" --parallel "$(nproc)" --target fuzzers
    export_sanitizer_options
    local runs="$fuzz_build/fuzz-runs" seeds name exe options log status failed=()
    mkdir -p "$runs"
    for seeds in "$root"/tests/fuzz/corpus/*/; do
        name=$(basename "$seeds")
        exe="$fuzz_build/tests/fuzz/fuzz-$name"
        [ -x "$exe" ] || { echo "No fuzz target for the corpus $name" >&2; exit 1; }
        mkdir -p "$runs/$name/corpus"
        options=(-seed="${SMSHOOK_FUZZ_SEED:-1}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
                 -artifact_prefix="$runs/$name/")
        # The JavaScript engine keeps its objects in memory of its own that LeakSanitizer does
        # not scan, so everything they point to would look leaked: leaks are not checked there.
        local leaks=1
        case "$name" in hook-lint | action-convert) leaks=0 ;; esac
        log="$runs/$name/log"
        status=0
        (cd "$runs/$name" && ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=$leaks" \
            "$exe" "${options[@]}" -detect_leaks="$leaks" corpus "$seeds") >"$log" 2>&1 || status=$?
        printf '%-20s %10s runs %8s/s %s\n' "$name" \
            "$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")" \
            "$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")" \
            "$([ "$status" -eq 0 ] && echo ok || echo "FAILED (exit $status)")"
        if [ "$status" -ne 0 ]; then
            failed+=("$name")
            grep -E 'ERROR|FUZZ_CHECK|SUMMARY|Test unit written|^    #[0-9]' "$log" | head -30 >&2
        fi
    done
    if [ ${#failed[@]} -gt 0 ]; then
        echo "Fuzzing failed: ${failed[*]} (logs and inputs in $runs)" >&2
        exit 1
    fi
}

# Every tests/**/Test*.cpp is one QtTest program registered under its own name: a source that
# ctest does not list (a forgotten add_qt_test, a test list no longer included) fails the run.
check_registered() {
    local registered missing=() source name
    registered=$(cd "$build" && ctest -N | sed -n 's/^ *Test *#[0-9]*: *//p')
    while IFS= read -r source; do
        name=$(basename "$source" .cpp)
        grep -qx "$name" <<<"$registered" || missing+=("$name (${source#"$root"/})")
    done < <(find "$root/tests" -path "$root/tests/contract/node_modules" -prune -o \
                  -name 'Test*.cpp' -print | sort)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "These test sources are not registered with ctest (add_qt_test in their folder's" \
             "CMake list):" >&2
        printf '  %s\n' "${missing[@]}" >&2
        exit 1
    fi
}

# In CI (CI=true) a skipped test program is a failure: a green run must have run everything.
# ctest reports programs that exit 77 as skipped; QtTest's QSKIP in initTestCase skips a whole
# program with exit 0, so its line in the log is looked for too.
check_nothing_skipped() {
    [ "${CI:-}" = true ] || return 0
    local log="$build/Testing/Temporary/LastTest.log" skipped
    skipped=$(grep -E '^SKIP   : [A-Za-z0-9_]+::initTestCase\(\)|^SKIP: ' "$log" || true)
    if [ -n "$skipped" ]; then
        echo "CI=true: these test programs were skipped; a skip fails the run in CI:" >&2
        printf '%s\n' "$skipped" >&2
        exit 1
    fi
}

case "${1:-}" in
deps)
    install_missing "${build_packages[@]}" "${run_packages[@]}" "${test_packages[@]}" \
        "${package_packages[@]}" "${sanitizer_packages[@]}"
    ;;
build)
    install_missing "${build_packages[@]}"
    configure_and_build
    ;;
run)
    install_missing "${build_packages[@]}" "${run_packages[@]}"
    configure_and_build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display: run this from a desktop session (or prefix it with xvfb-run -a)." >&2
        exit 1
    fi
    shift
    exec "$build/app/gui/sms-hook-console" "$@"
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    ensure_node
    ensure_prism
    configure_and_build
    check_registered
    cd "$build"
    status=0
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" || status=$?
    [ "$status" -eq 0 ] || exit "$status"
    check_nothing_skipped
    ;;
package)
    install_missing "${build_packages[@]}" "${package_packages[@]}"
    ensure_node
    configure_and_build
    "$root/scripts/package-check.sh" "$build"
    ;;
package-install)
    install_missing "${build_packages[@]}" "${package_packages[@]}"
    ensure_node
    configure_and_build
    "$root/scripts/package-check.sh" "$build"
    if [ "$(id -u)" -eq 0 ]; then
        "$root/scripts/package-install-check.sh" "$build"
    else
        command -v sudo >/dev/null || { echo "Run as root or install sudo for the clean root." >&2; exit 1; }
        sudo "$root/scripts/package-install-check.sh" "$build"
    fi
    ;;
asan)
    install_missing "${build_packages[@]}" "${test_packages[@]}" "${sanitizer_packages[@]}"
    ensure_node
    ensure_prism
    run_asan "${2:-}"
    ;;
fuzz)
    install_missing "${build_packages[@]}" "${sanitizer_packages[@]}"
    run_fuzzers "${2:-20}"
    ;;
check-tests)
    check_registered
    echo "Every test source is registered with ctest."
    ;;
*)
    sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
