# The commands the CI examples in examples/ci/ run, on a small repository,
# with the exit codes those pipelines rely on.
for command in 'wijzij --format line --fail-on scheme' \
               'wijzij --format sarif teksten/ > wijzij.sarif || test $? -eq 1' \
               'wijzij --format github --fail-on scheme teksten/' \
               'wijzij --format json --summary teksten/ > wijzij.json || test $? -eq 1'; do
  grep -rqF -- "$command" "$ROOT/examples/ci/" || fail "examples/ci/ no longer runs: $command"
done
mkdir teksten
printf 'Het is tijd om op te staan tegen de tirannie! Nu kan het nog, sluit je aan bij het verzet.\n' > teksten/oproep.md
printf 'De bibliotheek is zaterdag open.\n' > teksten/bericht.txt
wijzij() { "$WIJZIJ" "$@"; }

# pre-commit passes the changed files as arguments.
run --format line --fail-on scheme teksten/oproep.md teksten/bericht.txt
expect_exit 1
expect_stdout_contains 'teksten/oproep.md:1:'
run --format line --fail-on scheme teksten/bericht.txt
expect_exit 0

# GitHub: SARIF (exit 1 tolerated) and annotations.
( wijzij --format sarif teksten/ > wijzij.sarif || test $? -eq 1 ) || fail "the SARIF step fails"
jq -e '.version == "2.1.0" and (.runs[0].results | length) > 0' wijzij.sarif > /dev/null ||
  fail "wijzij.sarif is not the expected SARIF"
run --format github --fail-on scheme teksten/
expect_exit 1
expect_stdout_contains '::warning file=teksten/oproep.md,line=1,'

# GitLab: the JSON artifact with a summary.
( wijzij --format json --summary teksten/ > wijzij.json || test $? -eq 1 ) || fail "the JSON step fails"
jq -e '.summary.documents == 2' wijzij.json > /dev/null || fail "wijzij.json has no summary of 2 documents"
