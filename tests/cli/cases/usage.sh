# Usage errors exit 2 with one clear line and a pointer to --help.
run --kleur
expect_exit 2
expect_stderr_contains "wijzij: unrecognised option '--kleur'"
expect_stderr_contains "Try 'wijzij --help' for more information."
expect_stdout_empty

run --format jsno
expect_exit 2
expect_stderr_contains "did you mean 'json'?"

run --help
expect_exit 0
expect_stdout_contains 'Usage: wijzij [OPTIONS] [PATH...]'
expect_stdout_contains '--fail-on'

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
