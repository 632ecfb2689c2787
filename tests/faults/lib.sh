# Shared start of the fault tests: a scratch folder to work in (removed at the end, even
# where a test made it read-only), `src` for the source directory the test was started
# from, and `fail` to stop with a reason.
src=$PWD
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
