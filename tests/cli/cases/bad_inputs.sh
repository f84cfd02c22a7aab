# Bad input gets one clear message naming the file and position, exit 2, and
# every other input is still reported. Nothing crashes or hangs.
printf 'Goed.\n' > goed.txt

check_error() {  # check_error FILE MESSAGE: FILE is refused, goed.txt still reported
  run --format json "$1" goed.txt
  expect_exit 2
  expect_stderr_contains "$2"
  expect_json '[.documents[].path]' '["goed.txt"]'
}

printf '\xffbegin' > start.txt
check_error start.txt 'start.txt: invalid UTF-8 at byte 0 (line 1, column 1)'
printf 'midden \xc3( hier' > middle.txt
check_error middle.txt 'middle.txt: invalid UTF-8 at byte 7 (line 1, column 8)'
printf 'einde\n\xe2\x82' > end.txt
check_error end.txt 'end.txt: invalid UTF-8 at byte 6 (line 2, column 1)'
printf 'te lang \xc0\xaf' > overlong.txt
check_error overlong.txt 'overlong.txt: invalid UTF-8 at byte 8 (line 1, column 9)'
printf 'surrogaat \xed\xa0\x80' > surrogate.txt
check_error surrogate.txt 'surrogate.txt: invalid UTF-8 at byte 10 (line 1, column 11)'
head -c 4096 /dev/zero > nul.txt
check_error nul.txt 'nul.txt: binary file (NUL byte at byte 0), skipped'
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > logo.png
check_error logo.png 'logo.png: binary file (NUL byte at byte 8), skipped'

# Only white space: a document with no words.
printf ' \n\t\r\n  \n' > wit.txt
run --format json wit.txt
expect_exit 0
expect_json '.documents[0] | [.words, .sentences]' '[0,0]'

# A 1 MB "word" of one letter is analysed quickly and without trouble.
head -c 1048576 /dev/zero | tr '\0' 'a' > woord.txt
run --format json woord.txt
expect_exit 0
expect_json '.documents[0].words' 1

# A FIFO is read like any file.
mkfifo pijp
( printf 'Deze idioten.\n' > pijp & )
run --format json pijp
expect_exit 0
expect_json '.documents[0].findings[0].text' '"idioten"'

# A directory that links to itself is not followed.
mkdir -p lus/sub && ln -s .. lus/sub/terug && printf 'Tekst.\n' > lus/a.txt
run --format json lus
expect_exit 0
expect_json '[.documents[].path]' '["lus/a.txt"]'
expect_stderr_contains 'lus/sub/terug: symbolic link to a directory, skipped'

# A dangling link met in a walk is named and skipped; named, it is an error.
mkdir weg && ln -s nergens weg/kapot.txt
run weg
expect_exit 0
expect_stderr_contains 'weg/kapot.txt: not a regular file, skipped'
run weg/kapot.txt goed.txt
expect_exit 2
expect_stderr_contains 'weg/kapot.txt: no such file or directory'

# Standard input closed at once.
"$WIJZIJ" <&- > "$WORK/.out" 2> "$WORK/.err"; echo $? > "$WORK/.rc"
expect_exit 2
expect_stderr_contains 'wijzij: -: cannot read: Bad file descriptor'

# --max-file-size refuses larger inputs rather than truncating them.
head -c 5000 /dev/zero | tr '\0' 'b' > groot.txt
run --max-file-size 4k --format json groot.txt goed.txt
expect_exit 2
expect_stderr_contains 'groot.txt: larger than --max-file-size (4096 bytes); skipped, not analysed'
expect_json '[.documents[].path]' '["goed.txt"]'
run --max-file-size 4x goed.txt
expect_exit 2
expect_stderr_contains "--max-file-size: '4x' is not a size such as 500k, 64M or 2G"

# A pattern that backtracking engines choke on stays linear in RE2.
mkdir lex
printf 'id = rampzalig\nlabel_nl = r\nlabel_en = r\ndescription_nl = r\ndescription_en = r\n[entries]\n/(a+)+b/\n' > lex/rampzalig.lex
head -c 20000 /dev/zero | tr '\0' 'a' | sed 's/a\{50\}/& /g' > aaa.txt
run --lexicons lex --format json aaa.txt
expect_exit 0
expect_json '.documents[0].categories.rampzalig.count' 0
