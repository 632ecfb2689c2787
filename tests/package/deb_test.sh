#!/usr/bin/env bash
# The Debian package, end to end: `cpack -G DEB` builds it, lintian finds no error or
# warning in it, dpkg installs it (into a root of its own, so the machine running the tests
# is left as it was), the installed medcareer runs and its manual page is found, and
# `dpkg -r` removes every file it installed.
#   deb_test.sh BUILD_DIR
# Skips (77) only when dpkg-deb, dpkg-shlibdeps or lintian is missing; ./setup.sh test
# installs them, so CI never skips.
set -euo pipefail
build=$(cd "$1" && pwd)
for tool in cpack dpkg dpkg-deb dpkg-shlibdeps lintian man; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (./setup.sh test installs it)"
    exit 77
  fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# 1. Build it.
cpack -G DEB -B "$work/out" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
deb=$(ls "$work"/out/medcareer_*.deb)
echo "built $(basename "$deb")"

# 2. What it holds and needs.
dpkg-deb -c "$deb" | awk '{print $6}' >"$work/contents"
for path in ./usr/bin/medcareer ./usr/share/man/man1/medcareer.1.gz \
  ./usr/share/man/man1/medcareer-score.1.gz ./usr/share/man/man5/medcareer-data.5.gz \
  ./usr/share/medcareer/questions/career.yaml ./usr/share/medcareer/data/sources.yaml \
  ./usr/share/bash-completion/completions/medcareer ./usr/share/zsh/vendor-completions/_medcareer \
  ./usr/share/fish/vendor_completions.d/medcareer.fish ./usr/share/doc/medcareer/copyright \
  ./usr/share/doc/medcareer/changelog.gz ./usr/share/doc/medcareer/changelog.Debian.gz; do
  grep -qx "$path" "$work/contents" || fail "the package lacks $path"
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libfmt libyaml-cpp libutf8proc libstdc++6 libc6; do
  [[ $depends == *"$lib"* ]] || fail "Depends does not name $lib"
done
dpkg-deb -x "$deb" "$work/x"
file "$work/x/usr/bin/medcareer" | grep -q ', stripped' || fail "the binary is not stripped"
head -1 "$work/x/usr/share/doc/medcareer/copyright" |
  grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
  fail "copyright is not machine-readable (DEP-5)"

# 3. lintian: no error and no warning; informational tags are listed.
lintian --info --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1 ||
  { cat "$work/lintian.log"; fail "lintian found errors or warnings"; }
grep -v '^N:' "$work/lintian.log" | grep -v 'running with root privileges' || true
if grep -q '^[EW]:' "$work/lintian.log"; then fail "lintian found errors or warnings"; fi
echo "lintian: no errors, no warnings"

# 4. Install into a root of its own (an empty dpkg database: the libraries it depends on are
# the host's, hence --force-depends), run it, find its manual page.
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
dpkg --root="$root" --force-depends --force-not-root -i "$deb" >"$work/dpkg.log" 2>&1 ||
  { cat "$work/dpkg.log"; fail "dpkg -i failed"; }
dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Status}\n' medcareer | grep -qx 'install ok installed' ||
  fail "dpkg does not list medcareer as installed"
"$root/usr/bin/medcareer" roles >"$work/roles.txt" || fail "the installed medcareer roles failed"
grep -q '^coder ' "$work/roles.txt" || fail "medcareer roles does not list coder"
"$root/usr/bin/medcareer" --version | grep -q "($root/usr/share/medcareer/data)" ||
  fail "the installed medcareer does not read the installed data"
page=$(MANPATH="$root/usr/share/man" man -w medcareer) || fail "man -w medcareer found nothing"
[ "$page" = "$root/usr/share/man/man1/medcareer.1.gz" ] || fail "man -w medcareer gave $page"
MANPATH="$root/usr/share/man" man -w 5 medcareer-data >/dev/null || fail "man -w 5 medcareer-data"
echo "installed: medcareer roles works, man -w medcareer gives ${page#"$root"}"

# 5. Remove it: nothing of it is left but the dpkg database itself.
dpkg --root="$root" --force-not-root -r medcareer >"$work/dpkg.log" 2>&1 ||
  { cat "$work/dpkg.log"; fail "dpkg -r failed"; }
status=$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Status}\n' medcareer 2>/dev/null || true)
[[ -z $status || $status == *not-installed* ]] || fail "after dpkg -r medcareer is '$status'"
left=$(cd "$root" && find . -mindepth 1 -not -path './var' -not -path './var/lib' \
  -not -path './var/lib/dpkg' -not -path './var/lib/dpkg/*')
[ -z "$left" ] || fail "dpkg -r left: $left"
echo "removed: nothing left"
