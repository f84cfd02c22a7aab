# Every long option in --help is documented in the man page and the README.
run --help
for flag in $(grep -o -- '--[a-z][a-z-]*' "$WORK/.out" | sort -u); do
  grep -qF -- "${flag//-/\\-}" "$ROOT/man/wijzij.1" || grep -qF -- "$flag" "$ROOT/man/wijzij.1" ||
    fail "man/wijzij.1 does not document $flag"
  grep -qF -- "$flag" "$ROOT/README.md" || fail "README.md does not document $flag"
done

# The man page renders without warnings.
if command -v groff > /dev/null; then
  warnings=$(groff -man -ww -z "$ROOT/man/wijzij.1" 2>&1)
  [ -z "$warnings" ] || fail "man/wijzij.1 has groff warnings: $warnings"
else
  fail "groff is not installed (tools/setup.sh installs groff-base)"
fi
