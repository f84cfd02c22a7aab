# A byte-order mark is skipped and CRLF/CR line ends count once each, so
# positions match what an editor shows.
printf '\xef\xbb\xbfRegel een.\r\nDeze idioten.\rNog een: uitschot.\r\n' > bom.txt
run --format json bom.txt
expect_exit 0
expect_json '[.documents[0].findings[] | select(.category == "moraliserend") | [.text, .line, .column, .offset]]' \
  '[["idioten",2,6,20],["uitschot",3,10,38]]'

# UTF-16 is named, not analysed as garbage.
printf '\xff\xfeH\0a\0' > utf16.txt
run utf16.txt
expect_exit 2
expect_stderr_equals 'wijzij: utf16.txt: UTF-16 text (byte-order mark at byte 0) is not supported; convert it to UTF-8'

# Empty input is a document with no words, not an error.
: > leeg.txt
run --format json leeg.txt
expect_exit 0
expect_json '.documents[0] | [.words, .sentences, .scheme.id]' '[0,0,"none"]'
run_stdin ''
expect_exit 0
expect_stdout_contains '<standaardinvoer>: 0 woorden, 0 zinnen'
