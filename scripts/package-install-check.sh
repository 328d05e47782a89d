#!/usr/bin/env bash
# Installs the Debian package in a clean Debian 12 root, as a user of a fresh system would, and
# runs it there:
#   - debootstrap --variant=minbase bookworm into BUILD_DIR/clean-root (made anew every run);
#   - apt-get install --no-install-recommends ./sms-hook-console_*.deb: the Depends alone must be
#     enough, so a runtime library or file the package forgets shows here;
#   - as an ordinary user: sms-hook-cli --version, its German help, the console shown once
#     offscreen (--quit-after-show);
#   - with the keychain the package recommends (gnome-keyring, in a private D-Bus session):
#     the built-in Sandbox profile, and a hook template run by the bundled Node runner with
#     Twilio's SDK, its message followed until the sandbox delivers it.
# The mounts (proc) are undone on every exit; the root is removed when the check passes and kept
# for a look when it fails. Needs root (debootstrap, chroot, mount) and the Debian mirror.
# Usage: scripts/package-install-check.sh [BUILD_DIR]   (default: build, or SMSHOOK_BUILD_DIR)
#   SMSHOOK_DEBIAN_MIRROR  the mirror (default http://deb.debian.org/debian)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-${SMSHOOK_BUILD_DIR:-$root/build}}" && pwd)
mirror="${SMSHOOK_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
target="$build/clean-root"
started=$SECONDS
step() { printf '== [%3ds] %s\n' $((SECONDS - started)) "$*"; }
fail() { printf 'package-install-check: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root (debootstrap, chroot and mount need it)"
command -v debootstrap >/dev/null || fail "debootstrap is missing (apt-get install debootstrap)"
shopt -s nullglob
debs=("$build"/sms-hook-console_*.deb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || fail "expected one sms-hook-console_*.deb in $build (scripts/package-check.sh makes it), found ${#debs[@]}"
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)

# Every mount point below the root, deepest first.
mounts_below() {
    awk -v prefix="$target/" 'index($5, prefix) == 1 { print $5 }' /proc/self/mountinfo | sort -r
}
unmount_all() {
    local point
    while read -r point; do
        [ -n "$point" ] || continue
        umount "$point" 2>/dev/null || umount -l "$point" \
            || echo "package-install-check: could not unmount $point" >&2
    done < <(mounts_below)
}
# Removes the root, never across a mount that is still there (--one-file-system).
remove_root() {
    unmount_all
    [ -z "$(mounts_below)" ] || fail "$target still has mounts; not removing it"
    rm -rf --one-file-system "$target"
}
passed=false
exec 3>&2 # the messages of finish(), which may run inside a command's redirection
finish() {
    unmount_all 2>&3
    if [ "$passed" = true ]; then
        remove_root 2>&3
    elif [ -d "$target" ]; then
        echo "package-install-check: the root is kept for a look: $target" >&3
    fi
}
trap finish EXIT
trap 'exit 130' INT TERM HUP

# A run stopped half-way may have left a root, and even its mounts, behind.
remove_root

step "debootstrap --variant=minbase bookworm $target"
debootstrap --variant=minbase bookworm "$target" "$mirror" >"$build/clean-root.log" 2>&1 \
    || { tail -20 "$build/clean-root.log" >&2; fail "debootstrap failed (see $build/clean-root.log)"; }

# The package was built against this machine's libraries, which may come from the point and
# security updates: the root gets the same suites a Debian 12 system has.
security="${mirror%/debian}/debian-security"
[ "$security" != "$mirror/debian-security" ] || security=http://deb.debian.org/debian-security
cat >"$target/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
EOF
cp /etc/resolv.conf "$target/etc/resolv.conf"
# No service starts inside the root (dbus and the keyring are started by hand below).
printf '#!/bin/sh\nexit 101\n' >"$target/usr/sbin/policy-rc.d"
chmod 755 "$target/usr/sbin/policy-rc.d"
mount -t proc proc "$target/proc"
install -m 644 "$deb" "$target/tmp/"
in_root() { chroot "$target" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
                DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 "$@"; }

step "apt-get install --no-install-recommends ./$(basename "$deb")"
in_root apt-get update -q >>"$build/clean-root.log" 2>&1 \
    || { tail -20 "$build/clean-root.log" >&2; fail "apt-get update failed in the root"; }
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" \
    >>"$build/clean-root.log" 2>&1 \
    || { tail -30 "$build/clean-root.log" >&2; fail "apt-get cannot install $(basename "$deb") in a clean Debian 12"; }
in_root dpkg-query -W -f='${Status}\n' sms-hook-console | grep -qx 'install ok installed' \
    || fail "sms-hook-console is not installed in the root"
# The German help needs the de_DE locale, which a minimal root lacks: C.UTF-8 plus LANGUAGE
# is what Qt reads the UI languages from.
in_root useradd --create-home --shell /bin/sh tester
as_user() { chroot --userspec=tester:tester "$target" /usr/bin/env -i \
                PATH=/usr/bin:/bin HOME=/home/tester LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }

step "run as a user"
got=$(as_user sms-hook-cli --version) || fail "sms-hook-cli --version failed in the root"
[ "$got" = "sms-hook-cli $version" ] || fail "sms-hook-cli --version says \"$got\", not $version"
echo "$got"
german=$(as_user LANGUAGE=de sms-hook-cli --help) || fail "sms-hook-cli --help failed in the root"
[ "${german%%$'\n'*}" = 'Aufruf: sms-hook-cli BEFEHL [OPTIONEN] [--json]' ] \
    || fail "the installed sms-hook-cli does not speak German: ${german%%$'\n'*}"
echo "sms-hook-cli --help (LANGUAGE=de): ${german%%$'\n'*}"
status=0
shown=$(as_user timeout 60 sms-hook-console --quit-after-show 2>"$build/clean-root-console.log") \
    || status=$?
[ "$status" -eq 0 ] || { cat "$build/clean-root-console.log" >&2; fail "the console exited with $status in the root"; }
[ "$shown" = shown ] || fail "the console printed \"$shown\" instead of \"shown\""
echo "sms-hook-console --quit-after-show: $shown (exit 0)"

step "apt-get install the recommended keychain (gnome-keyring) and a D-Bus session"
in_root apt-get install -y -q --no-install-recommends gnome-keyring dbus libglib2.0-bin \
    >>"$build/clean-root.log" 2>&1 \
    || { tail -30 "$build/clean-root.log" >&2; fail "cannot install gnome-keyring in the root"; }

step "run a hook template with the bundled runner against the built-in sandbox"
install -m 755 "$root/scripts/with-keyring.sh" "$target/tmp/with-keyring.sh"
install -m 644 "$root/resources/hooks/programmable-sms.js" "$target/tmp/programmable-sms.js"
# One keyring session for both commands: the profile's secrets live in it.
status=0
run=$(as_user /tmp/with-keyring.sh sh -c '
    sms-hook-cli profiles add-sandbox &&
    sms-hook-cli run-hook /tmp/programmable-sms.js --profile Sandbox --to +15005550010' 2>&1) \
    || status=$?
printf '%s\n' "$run"
[ "$status" -eq 0 ] || fail "run-hook on the installed package exited with $status"
grep -q '^delivery: SM[0-9a-f]* delivered$' <<<"$run" \
    || fail "run-hook did not report the sandbox message as delivered"

passed=true
step "package-install-check: $(basename "$deb") installs and runs in a clean Debian 12"
