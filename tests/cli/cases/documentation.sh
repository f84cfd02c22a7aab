# Every long option in --help, Dutch and English, is documented in the man
# page and the README, and both languages list the same options.
run --help
grep -o -- '--[a-z][a-z-]*' "$WORK/.out" | sort -u > "$WORK/flags.nl"
run --help --lang en
grep -o -- '--[a-z][a-z-]*' "$WORK/.out" | sort -u > "$WORK/flags.en"
cmp -s "$WORK/flags.nl" "$WORK/flags.en" ||
  fail "--help lists other options in Dutch than in English: $(diff "$WORK/flags.nl" "$WORK/flags.en" | tr '\n' ' ')"
for flag in $(cat "$WORK/flags.nl" "$WORK/flags.en" | sort -u); do
  grep -qF -- "${flag//-/\\-}" "$ROOT/man/wijzij.1" || grep -qF -- "$flag" "$ROOT/man/wijzij.1" ||
    fail "man/wijzij.1 does not document $flag"
  grep -qF -- "$flag" "$ROOT/README.md" || fail "README.md does not document $flag"
done
# Every subcommand is in both helps.
for command in 'lexicon check' 'lexicon list' explain eval train config; do
  grep -qF -- "$command" "$WORK/.out" || fail "--help --lang en does not list '$command'"
done

# The man page renders without warnings.
if command -v groff > /dev/null; then
  warnings=$(groff -man -ww -z "$ROOT/man/wijzij.1" 2>&1)
  [ -z "$warnings" ] || fail "man/wijzij.1 has groff warnings: $warnings"
else
  fail "groff is not installed (tools/setup.sh installs groff-base)"
fi
