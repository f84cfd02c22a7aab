# cmake --install puts the binary, the man page and the lexicons in place,
# and the installed binary runs from anywhere (the lexicons are built in).
cmake --install "$(dirname "$WIJZIJ")" --prefix "$WORK/inst" > /dev/null || fail "cmake --install failed"
[ -x "$WORK/inst/bin/wijzij" ] || fail "no bin/wijzij"
[ -f "$WORK/inst/share/man/man1/wijzij.1" ] || fail "no man page"
[ -f "$WORK/inst/share/wijzij/lexicons/moraliserend.lex" ] || fail "no lexicons"
[ -f "$WORK/inst/share/wijzij/lexicons/wijzij.model" ] || fail "no model"
cd /
printf 'Deze idioten.\n' | "$WORK/inst/bin/wijzij" --format json > "$WORK/.out" 2> "$WORK/.err"
echo $? > "$WORK/.rc"
expect_exit 0
expect_json '.documents[0].findings[0].text' '"idioten"'
"$WORK/inst/bin/wijzij" lexicon check --no-default-lexicons -L "$WORK/inst/share/wijzij/lexicons" > "$WORK/.out" 2> "$WORK/.err"
echo $? > "$WORK/.rc"
expect_exit 0
