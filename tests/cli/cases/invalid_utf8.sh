# One broken file next to a good one: the error names the byte, the good
# file is still reported, the run exits 2.
printf 'Goede tekst.\nMaar hier: \xff kapot.\n' > kapot.txt
printf 'Deze idioten moeten zich schamen.\n' > goed.txt
run --format json kapot.txt goed.txt
expect_exit 2
expect_stderr_equals 'wijzij: kapot.txt: invalid UTF-8 at byte 24 (line 2, column 12)'
expect_json '.documents | length' 1
expect_json '.documents[0].path' '"goed.txt"'
expect_json '.errors[0].path' '"kapot.txt"'
expect_json '.errors[0].message' '"kapot.txt: invalid UTF-8 at byte 24 (line 2, column 12)"'

# The text report also goes on after the bad file.
run kapot.txt goed.txt
expect_exit 2
expect_stdout_contains 'goed.txt: 5 woorden, 1 zin'
expect_stdout_lacks 'kapot.txt'
