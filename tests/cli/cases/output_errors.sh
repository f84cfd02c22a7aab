# A reader that stops early ends the run quietly; a full disk is an error.
for i in $(seq 1 3000); do printf 'Deze idioten moeten zich schamen, zei hij.\n'; done > groot.txt
"$WIJZIJ" groot.txt groot.txt 2>"$WORK/.err" | head -1 > /dev/null
status=("${PIPESTATUS[@]}")
[ "${status[0]}" = 0 ] || fail "exit code ${status[0]} on a closed pipe, expected 0"
expect_stderr_empty

if [ -w /dev/full ]; then
  run_stdin 'Deze idioten.\n' > /dev/null
  "$WIJZIJ" groot.txt > /dev/full 2>"$WORK/.err"
  echo $? > "$WORK/.rc"
  expect_exit 2
  expect_stderr_contains 'wijzij: cannot write the report to standard output: No space left on device'
fi
