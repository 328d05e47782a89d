#!/usr/bin/env bash
# Builds the Debian package from a build folder and checks it as a user would get it:
#   - cpack -G DEB; lintian reports no error; the desktop entry, the AppStream metainfo, the
#     manual pages and the third-party notices are valid and current;
#   - every package named in Depends exists, and apt resolves the .deb's dependencies
#     (apt-get install --simulate: nothing is changed on this machine);
#   - the package unpacked into a clean folder (dpkg-deb -x) runs from there: sms-hook-cli
#     --version, its German messages from the installed catalogues, the console shown once
#     offscreen (--quit-after-show), and the runner's Twilio SDK loading in Node.
# Usage: scripts/package-check.sh [BUILD_DIR]   (default: build, or SMSHOOK_BUILD_DIR)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-${SMSHOOK_BUILD_DIR:-$root/build}}" && pwd)
step() { printf '== %s\n' "$*"; }
fail() { printf 'package-check: %s\n' "$*" >&2; exit 1; }

cd "$build"
rm -f sms-hook-console_*.deb
step "cpack -G DEB"
cpack -G DEB >cpack.log 2>&1 || { tail -30 cpack.log >&2; fail "cpack failed (see $build/cpack.log)"; }
deb=$(ls sms-hook-console_*.deb)
version=$(dpkg-deb -f "$deb" Version)

step "lintian $deb"
lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian reports errors"

step "desktop-file-validate, appstreamcli validate, manual pages, notices"
desktop-file-validate "$root"/packaging/*.desktop
# The metainfo as installed (no addresses unless the build names them), and with every part its
# template holds (example addresses, for the check only).
appstreamcli validate --no-net --pedantic "$build"/packaging/*.metainfo.xml
cmake -DMETAINFO_IN="$(ls "$root"/packaging/*.metainfo.xml.in)" -DMETAINFO_OUT="$build/packaging/metainfo-all-parts.xml" \
      -DSMSHOOK_HOMEPAGE_URL=https://example.org/sms-hook-console \
      -DSMSHOOK_BUGTRACKER_URL=https://example.org/sms-hook-console/issues \
      -DSMSHOOK_SCREENSHOTS_URL=https://example.org/sms-hook-console/screenshots \
      -P "$root/cmake/MetainfoFile.cmake"
appstreamcli validate --no-net --pedantic "$build/packaging/metainfo-all-parts.xml"
for page in "$root"/packaging/man/*.1; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null || true)
    [ -z "$warnings" ] || fail "$(basename "$page"): $warnings"
done
# Every command of `sms-hook-cli --help` is in its manual page.
cli="$build/app/cli/sms-hook-cli"
man_text=$(LC_ALL=C MANWIDTH=200 man -l "$root/packaging/man/sms-hook-cli.1" 2>/dev/null | tr -s " ")
while read -r command; do
    grep -qF -- "$command" <<<"$man_text" || fail "sms-hook-cli.1 does not describe \"$command\""
done < <(LC_ALL=C.UTF-8 "$cli" --help | sed -n 's/^  \([a-z][a-z0-9-]*\( [a-z][a-z0-9-]*\)\?\)\( .*\)\?$/\1/p' |
         sed 's/ \(NAME\|NUMBER\|FILE\|HOOK\)$//' | sort -u)
python3 "$root/scripts/third-party-notices.py" --check

step "Depends name real packages"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
IFS=',' read -ra deps <<<"$depends"
for dep in "${deps[@]}"; do
    name=$(sed 's/^ *//; s/[ (|].*//' <<<"$dep")
    apt-cache show "$name" >/dev/null 2>&1 || dpkg-query -W "$name" >/dev/null 2>&1 \
        || fail "Depends names $name, which no archive of this system has"
done
for lib in libqt6keychain1 libphonenumber8 libqscintilla2-qt6 libqt6widgets6 libqt6network6 \
    libqt6charts6 libqt6svg6 nodejs; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib"
done
if [ "$(id -u)" -eq 0 ]; then
    apt-get install --simulate --no-install-recommends "./$deb" >apt-simulate.log 2>&1 \
        || { cat apt-simulate.log >&2; fail "apt cannot install $deb"; }
fi

step "run from the unpacked package"
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
usr="$unpacked/usr"
for path in bin/sms-hook-console bin/sms-hook-cli \
            share/applications/io.github.smshookconsole.SmsHookConsole.desktop \
            share/metainfo/io.github.smshookconsole.SmsHookConsole.metainfo.xml \
            share/icons/hicolor/scalable/apps/io.github.smshookconsole.SmsHookConsole.svg \
            share/icons/hicolor/48x48/apps/io.github.smshookconsole.SmsHookConsole.png \
            share/man/man1/sms-hook-console.1.gz share/man/man1/sms-hook-cli.1.gz \
            share/bash-completion/completions/sms-hook-cli \
            share/doc/sms-hook-console/copyright share/doc/sms-hook-console/THIRD_PARTY_NOTICES.md \
            share/doc/sms-hook-console/LICENSE share/doc/sms-hook-console/README.md \
            share/sms-hook-console/translations/sms-hook-console_de.qm \
            share/sms-hook-console/translations/sms-hook-console_fr.qm \
            share/sms-hook-console/translations/sms-hook-console_es.qm \
            share/sms-hook-console/runner/runner.js \
            share/sms-hook-console/runner/node_modules/twilio/package.json; do
    [ -e "$usr/$path" ] || fail "the package lacks /usr/$path"
done
# Settings, data and keychain of the check's own, never the user's.
export HOME="$unpacked/home" XDG_CONFIG_HOME="$unpacked/home/config" \
       XDG_DATA_HOME="$unpacked/home/data" XDG_CACHE_HOME="$unpacked/home/cache" \
       SMSHOOK_KEYCHAIN_SERVICE=sms-hook-package-check
unset SMSHOOK_RUNNER_DIR SMSHOOK_LOG_PATH LANGUAGE
mkdir -p "$HOME"
got=$("$usr/bin/sms-hook-cli" --version)
[ "$got" = "sms-hook-cli $version" ] || fail "sms-hook-cli --version says \"$got\", not $version"
echo "$got"
# The catalogues beside the installed binary (Translations::directory() looks there first).
# The whole output first: with pipefail, a reader that stops early would fail the pipeline.
german=$(LC_ALL=de_DE.UTF-8 "$usr/bin/sms-hook-cli" --help)
[ "${german%%$'\n'*}" = 'Aufruf: sms-hook-cli BEFEHL [OPTIONEN] [--json]' ] \
    || fail "the installed sms-hook-cli does not speak German: ${german%%$'\n'*}"
shown=$(QT_QPA_PLATFORM=offscreen timeout 60 "$usr/bin/sms-hook-console" --quit-after-show 2>console.log) \
    || { cat console.log >&2; fail "the installed console did not start"; }
[ "$shown" = shown ] || fail "the console printed \"$shown\" instead of \"shown\""
echo "sms-hook-console --quit-after-show: $shown"
(cd "$usr/share/sms-hook-console/runner" && node -e "require('twilio'); console.log('runner: twilio ' + require('twilio/package.json').version)") \
    || fail "the installed runner cannot load Twilio's SDK"
echo "package-check: $deb is fine"
