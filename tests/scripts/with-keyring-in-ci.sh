#!/bin/sh
# scripts/with-keyring.sh without dbus-run-session and gnome-keyring on PATH: skipped (77) on a
# developer's machine, a failure (1) in CI, where a green run must include the keychain tests.
set -u
script="$1/scripts/with-keyring.sh"
fail=0
env -i PATH=/nonexistent /bin/sh "$script" /bin/true >/dev/null 2>&1
status=$?
[ "$status" -eq 77 ] || { echo "without CI: expected exit 77 (skipped), got $status"; fail=1; }
message=$(env -i PATH=/nonexistent CI=true /bin/sh "$script" /bin/true 2>&1)
status=$?
[ "$status" -eq 1 ] || { echo "with CI=true: expected exit 1, got $status"; fail=1; }
case "$message" in
*"dbus-run-session is not installed"*) ;;
*) echo "with CI=true: the reason is missing: $message"; fail=1 ;;
esac
exit $fail
