#!/usr/bin/env bash
# Builds the Debian package, installs it with apt, runs the installed pitwall
# (--version, check on the lab's profile), validates the launcher, the
# metainfo and the man page, removes the package and shows nothing is left.
#   test-package.sh BUILD_DIR
set -euo pipefail
build=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fail() { echo "test-package: FAIL: $*" >&2; exit 1; }

if (($(id -u) != 0)); then
    [ -n "${CI:-}" ] && fail "installing a package needs root"
    echo "test-package: skipped: installing a package needs root" >&2
    exit 77
fi
if dpkg-query -W -f='${Status}' pitwall 2>/dev/null | grep -q 'install ok installed'; then
    fail "a pitwall package is already installed; this test would replace and remove it"
fi

work=$(mktemp -d)
clean="$work/clean"
cleanup() {
    umount "$clean/proc" 2>/dev/null || true
    rm -rf --one-file-system "$work"
    if dpkg-query -W pitwall >/dev/null 2>&1; then apt-get purge -y -q pitwall >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work" >/dev/null)
deb=$(ls "$work"/pitwall_*.deb)
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
echo "test-package: $(basename "$deb"), depends: $depends"
grep -q 'libqt6widgets6' <<<"$depends" || fail "dependencies were not computed from the binary: $depends"

# Each listing is read whole before it is searched: with pipefail, grep -q
# closing the pipe early would fail the pipeline with dpkg-deb's SIGPIPE.
info=$(dpkg-deb -I "$deb")
contents=$(dpkg-deb -c "$deb")
grep -q '^ Description: dashboard' <<<"$info" || fail "the synopsis"
if tail -n +2 <<<"$(dpkg-deb -f "$deb" Description)" | grep -q '^ ;'; then
    fail "the long description's lines start with ';'"
fi
grep -q ' ./usr/share/doc/pitwall/copyright$' <<<"$contents" || fail "no copyright file"
grep -q ' ./usr/share/doc/pitwall/changelog.gz$' <<<"$contents" || fail "no changelog"
# Debian's own checks: no error and no warning (its informational tags are shown).
lint=$(lintian --fail-on error,warning --display-info "$deb" 2>&1) || { echo "$lint" >&2; fail "lintian"; }
echo "test-package: lintian: no error or warning; $(grep -c '^I:' <<<"$lint" || true) informational tag(s)"

DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >/dev/null
mapfile -t files < <(dpkg -L pitwall | while read -r f; do [ -f "$f" ] && echo "$f"; done)

installed=$(/usr/bin/pitwall --version)
[ "$installed" = "pitwall $version" ] || fail "pitwall --version says '$installed', the package is $version"

desktop=/usr/share/applications/dev.pitwall.Pitwall.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
grep -q '^Categories=.*Development;.*Monitor;' "$desktop" || fail "launcher categories"
grep -q '^Actions=open-profile;check;' "$desktop" || fail "launcher actions"
appstreamcli validate --no-net /usr/share/metainfo/dev.pitwall.Pitwall.metainfo.xml || fail "appstreamcli validate"
grep -q '<project_license>GPL-3.0-or-later</project_license>' /usr/share/metainfo/dev.pitwall.Pitwall.metainfo.xml \
    || fail "metainfo project_license"
grep -q '^License: GPL-3.0-or-later' /usr/share/doc/pitwall/copyright || fail "copyright license"
[[ $(zcat /usr/share/doc/pitwall/changelog.gz | sed -n 1p) == "pitwall ($version)"* ]] || fail "changelog version"
grep -q "<release version=\"$version\"" /usr/share/metainfo/dev.pitwall.Pitwall.metainfo.xml || fail "metainfo release"
[ -f /usr/share/icons/hicolor/scalable/apps/dev.pitwall.Pitwall.svg ] || fail "icon"
man_text=$(MANWIDTH=100 man -l /usr/share/man/man1/pitwall.1.gz 2>&1)
for word in check report serve action "EXIT STATUS" PROFILE "read_only"; do
    grep -q -- "$word" <<<"$man_text" || fail "the man page does not mention $word"
done
[ -f /usr/share/pitwall/thresholds.yaml ] || fail "default thresholds"
ls /usr/share/pitwall/examples/*.yaml >/dev/null || fail "example profiles"

# The installed binary against the lab, if one runs (always in CI).
lab_pointer=${PITWALL_LAB_POINTER:-/tmp/pitwall-lab.current}
if [ -f "$lab_pointer" ] && [ -f "$(head -n1 "$lab_pointer")/lab.env" ]; then
    # shellcheck source=/dev/null
    source "$(head -n1 "$lab_pointer")/lab.env"
    set +e
    out=$(XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" /usr/bin/pitwall check --profile "$PITWALL_PROFILE" --window 3s --json)
    status=$?
    set -e
    ((status <= 3)) || fail "installed pitwall check exited $status"
    python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["results"], "no results"; print("test-package: check on the lab:", d["status"], len(d["results"]), "results")' <<<"$out" \
        || fail "installed pitwall check printed no valid JSON"
elif [ -n "${CI:-}" ]; then
    fail "no lab is running for the installed pitwall check"
fi

apt-get purge -y -q pitwall >/dev/null
left=()
for f in "${files[@]}"; do [ -e "$f" ] && left+=("$f"); done
((${#left[@]} == 0)) || fail "left behind after removal: ${left[*]}"
[ ! -e /usr/share/pitwall ] || fail "/usr/share/pitwall left behind"
echo "test-package: installed, checked and removed pitwall $version (${#files[@]} files, none left)"

# On a Debian 12 that has none of the build dependencies: a minimal system
# made by debootstrap from Debian's archive, the package installed by apt.
if ! command -v debootstrap >/dev/null; then
    [ -n "${CI:-}" ] && fail "debootstrap is missing (scripts/debian-packages.txt)"
    echo "test-package: no debootstrap: the install on a clean system was not tried" >&2
    exit 0
fi
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
debootstrap --variant=minbase bookworm "$clean" "${mirror:-http://deb.debian.org/debian}" >"$work/debootstrap.log" 2>&1 \
    || { tail -5 "$work/debootstrap.log" >&2; fail "debootstrap of a clean Debian 12"; }
cp "$deb" "$clean/tmp/"
cp /etc/resolv.conf "$clean/etc/resolv.conf"
mount -t proc proc "$clean/proc"
if chroot "$clean" dpkg-query -W -f='${Package}\n' g++ cmake qt6-base-dev libpqxx-dev libhiredis-dev 2>/dev/null | grep -q .; then
    fail "the clean system has build dependencies"
fi
chroot "$clean" env DEBIAN_FRONTEND=noninteractive sh -c \
    'apt-get update -q && apt-get install -y -q --no-install-recommends /tmp/pitwall_*.deb' >"$work/clean-install.log" 2>&1 \
    || { tail -5 "$work/clean-install.log" >&2; fail "apt-get install on a clean Debian 12"; }
[ "$(chroot "$clean" pitwall --version)" = "pitwall $version" ] || fail "pitwall --version on the clean system"
set +e
chroot "$clean" env QT_QPA_PLATFORM=offscreen timeout 5 pitwall --profile /usr/share/pitwall/examples/redis-only.yaml >/dev/null 2>&1
gui=$?
set -e
((gui == 124)) || fail "the window on the clean system exited with $gui instead of running"
echo "test-package: installs and runs on a clean Debian 12 ($(chroot "$clean" dpkg-query -W -f='.\n' | wc -l) packages after the install)"
