# Usage errors exit 2 with one clear line and a pointer to --help.
run --kleur
expect_exit 2
expect_stderr_contains "wijzij: unrecognised option '--kleur'"
expect_stderr_contains "Try 'wijzij --help' for more information."
expect_stdout_empty

run --format jsno
expect_exit 2
expect_stderr_contains "did you mean 'json'?"

# --help speaks the language of --lang (Dutch by default).
run --help
expect_exit 0
expect_stdout_contains 'Gebruik: wijzij [OPTIONS] [PATH...]'
expect_stdout_contains '--fail-on'
expect_stdout_contains 'wijzij config'
run --help --lang en
expect_exit 0
expect_stdout_contains 'Usage: wijzij [OPTIONS] [PATH...]'
expect_stdout_contains 'show the settings in effect'
expect_stdout_contains 'refuse, with an error, inputs larger than SIZE bytes'

run --version
expect_exit 0
expect_stdout_contains 'wijzij 0.'

run lexicon list
expect_exit 0
expect_stdout_contains 'moraliserend'
expect_stdout_contains 'directief'

run lexicon
expect_exit 2
expect_stderr_contains "lexicon: expected 'check' or 'list'"

# Findings keep 32-bit offsets: --max-file-size refuses 4G and more.
run --max-file-size 4G "$ROOT/examples/brief_aan_inwoners.txt"
expect_exit 2
expect_stderr_contains '--max-file-size: at most 4G minus one byte'

# Options before a subcommand, and a mistyped subcommand.
run --no-config config
expect_exit 0
expect_stdout_contains 'config file: none'
run --lang en explain midden
expect_exit 0
run explian
expect_exit 2
expect_stderr_contains "'explian' is neither a file nor a command; did you mean 'wijzij explain'?"
run lexicon lst
expect_exit 2
expect_stderr_contains "did you mean 'list'?"
run --formt json x.txt
expect_exit 2
expect_stderr_contains "unrecognised option '--formt'; did you mean '--format'?"

# Alone on a terminal, wijzij says how to give it text instead of waiting.
if command -v script > /dev/null; then
  script -qec "$WIJZIJ --no-config" /dev/null < /dev/null > "$WORK/.out" 2>&1
  echo $? > "$WORK/.rc"
  expect_exit 2
  expect_stdout_contains 'Gebruik: wijzij [OPTIONS] [PATH...]'
fi
