#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine and for every day after:
#   scripts/dev.sh run     install what is missing, build, open the console
#   scripts/dev.sh test    install what is missing, build, run the whole test suite (ctest)
#   scripts/dev.sh build   install what is missing and build
#   scripts/dev.sh deps    install what is missing (run and test packages)
#   scripts/dev.sh package  install what is missing, build, make the .deb and check it
#                           (lintian, desktop entry, metainfo; run from the unpacked package)
#   scripts/dev.sh check-tests   check that every tests/**/Test*.cpp is a ctest test
# Packages are installed only when missing (checked with dpkg-query), and the build is
# incremental, so a second run takes seconds. Runs as root or through sudo for apt-get.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${SMSHOOK_BUILD_DIR:-$root/build}"

build_packages=(
    cmake ninja-build g++ pkg-config libgl-dev
    qt6-base-dev qt6-declarative-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
    qtkeychain-qt6-dev libphonenumber-dev libqscintilla2-qt6-dev
)
# A Secret Service for the keychain (present on most desktops); Qt's own translations.
run_packages=(gnome-keyring qt6-translations-l10n)
test_packages=(gnome-keyring libsecret-tools dbus xvfb xauth qt6-translations-l10n)
# cpack's dpkg-shlibdeps, and the checks of scripts/package-check.sh.
package_packages=(dpkg-dev lintian desktop-file-utils appstream man-db)

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
        "${package_packages[@]}"
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
check-tests)
    check_registered
    echo "Every test source is registered with ctest."
    ;;
*)
    sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
