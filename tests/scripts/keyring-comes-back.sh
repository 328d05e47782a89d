#!/bin/sh
# scripts/with-keyring.sh keeps its keyring when gnome-keyring-daemon ends mid-run: a secret stored
# before the daemon is killed is read after, and the restart is reported on stderr.
set -u
script="$1/scripts/with-keyring.sh"
for tool in secret-tool gdbus pgrep; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool is not installed"; exit 77; }
done
inner='
set -u
printf %s kept | secret-tool store --label=restart-check service smshook-restart key k || exit 10
# The daemon of this session only: the one whose HOME is ours.
killed=0
for pid in $(pgrep -x gnome-keyring-d); do
    if tr "\0" "\n" < /proc/$pid/environ 2>/dev/null | grep -qx "HOME=$HOME"; then
        kill -9 "$pid" && killed=1
    fi
done
[ "$killed" -eq 1 ] || exit 11
# Waits for a daemon to own the name again (no activation), then reads the secret.
gdbus wait --session --timeout 15 org.freedesktop.secrets || exit 12
value=$(secret-tool lookup service smshook-restart key k) || exit 13
[ "$value" = kept ] || exit 14
'
output=$(sh "$script" sh -c "$inner" 2>&1)
status=$?
if [ "$status" -eq 77 ]; then
    echo "$output"
    exit 77
fi
[ "$status" -eq 0 ] || { echo "the secret was not read after the restart (exit $status): $output"; exit 1; }
case "$output" in
*"gnome-keyring-daemon ended"*"starting it again"*) ;;
*) echo "the restart was not reported: $output"; exit 1 ;;
esac
exit 0
