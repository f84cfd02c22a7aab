# Directories are walked recursively in sorted order; hidden entries and
# binary files met on the way are skipped with a notice.
mkdir -p teksten/b teksten/.verborgen
printf 'Tweede.\n' > teksten/b/z.txt
printf 'Eerste.\n' > teksten/a.txt
printf 'Verborgen.\n' > teksten/.verborgen/x.txt
printf 'PNG\0\0\0' > teksten/logo.png
run --format json teksten
expect_exit 0
expect_json '[.documents[].path]' '["teksten/a.txt","teksten/b/z.txt"]'
expect_stderr_contains 'wijzij: teksten/.verborgen: hidden, skipped'
expect_stderr_contains 'wijzij: teksten/logo.png: binary file (NUL byte at byte 3), skipped'

# A binary file named on the command line is an error: the user asked for it.
run teksten/logo.png teksten/a.txt
expect_exit 2
expect_stderr_contains 'teksten/logo.png: binary file'
expect_stdout_contains 'teksten/a.txt: 1 woord, 1 zin'

# A path that does not exist is an error; the other inputs are still read.
run bestaatniet.txt teksten/a.txt
expect_exit 2
expect_stderr_contains 'wijzij: bestaatniet.txt: no such file or directory'
expect_stdout_contains 'teksten/a.txt'
