# Every long option in --help is documented in the man page and the README.
run --help
for flag in $(grep -o -- '--[a-z][a-z-]*' "$WORK/.out" | sort -u); do
  grep -qF -- "${flag//-/\\-}" "$ROOT/man/wijzij.1" || grep -qF -- "$flag" "$ROOT/man/wijzij.1" ||
    fail "man/wijzij.1 does not document $flag"
  grep -qF -- "$flag" "$ROOT/README.md" || fail "README.md does not document $flag"
done
