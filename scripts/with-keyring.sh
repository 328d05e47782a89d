#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring and a temporary
# HOME, so keychain tests talk to a real Secret Service and never touch the user's keyring.
# Exits 77 (ctest: skipped) with the reason when the tools are missing; in CI (CI=true) that is
# a failure instead, so that a green run always includes the keychain tests.
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        if [ "${CI:-}" = true ]; then
            echo "FAIL: $tool is not installed, and CI=true does not allow skipping the keychain" \
                "tests (install dbus and gnome-keyring; scripts/dev.sh test does)" >&2
            exit 1
        fi
        echo "SKIP: $tool is not installed (install dbus and gnome-keyring to run keychain tests)"
        exit 77
    fi
done
home=$(mktemp -d "${TMPDIR:-/tmp}/smshook-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# The keyring password is a throwaway for this private, temporary keyring. The daemon runs in the
# foreground under a loop that starts it again, unlocked, should it end before the command does:
# otherwise the bus would activate a fresh, locked one, and every later test would fail on a
# locked keyring. Each restart is reported.
status=0
dbus-run-session -- sh -c '
    (
        restarts=0
        while :; do
            printf %s smshook-test \
                | gnome-keyring-daemon --foreground --replace --unlock --components=secrets \
                    >/dev/null 2>&1
            code=$?
            restarts=$((restarts + 1))
            if [ "$restarts" -gt 5 ]; then
                echo "with-keyring: gnome-keyring-daemon keeps ending (status $code); giving up" >&2
                exit 1
            fi
            echo "with-keyring: gnome-keyring-daemon ended (status $code); starting it again" >&2
        done
    ) &
    keeper=$!
    # The daemon claims its bus name after it starts: a client arriving before that would have
    # the bus start a second, locked daemon. Wait for the name (no activation).
    if command -v gdbus >/dev/null 2>&1; then
        gdbus wait --session --timeout 15 org.freedesktop.secrets
    fi
    code=0
    "$@" || code=$?
    kill "$keeper" 2>/dev/null || true
    exit "$code"' sh "$@" 2> "$home/stderr" || status=$?
# dbus-daemon complains about fd limits when not privileged to raise them; keep the rest.
grep -v -E "Failed to set fd limit|Activating service|Successfully activated" "$home/stderr" >&2 || true
exit $status
