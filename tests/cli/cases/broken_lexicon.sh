# A lexicon with three broken lines: all three reported, nothing loaded.
mkdir lex
cat > lex/eigen.lex <<'LEX'
id = eigen
label_nl = Eigen
label_en = Own
description_nl = Eigen woorden
description_en = Own words
[entries]
goed
sch*am
/(onaf/
woord | zwaar
nog goed
LEX
run lexicon check lex
expect_exit 2
expect_stderr_contains "lex/eigen.lex:8: error: 'sch*am': a wildcard * may stand only at the start or end of a word"
expect_stderr_contains 'lex/eigen.lex:9: error: invalid pattern /(onaf/: missing ): (onaf'
expect_stderr_contains "lex/eigen.lex:10: error: weight 'zwaar': expected a number above 0 and at most 100"
expect_stderr_contains 'wijzij: lexicons rejected: 3 errors'
expect_stdout_empty

# Analysis refuses to run on a broken set rather than half-load it.
run_stdin 'tekst\n' --lexicons lex
expect_exit 2
expect_stdout_empty
expect_stderr_contains 'lex/eigen.lex:8: error:'

# A good directory passes the check and adds its category.
cat > lex/eigen.lex <<'LEX'
id = eigen
label_nl = Eigen
label_en = Own
description_nl = Eigen woorden
description_en = Own words
[entries]
schaapskooi
LEX
run lexicon check lex
expect_exit 0
expect_stdout_contains 'lexicons ok: '
run lexicon list --lexicons lex
expect_stdout_contains 'eigen                  1  warning  lex/eigen.lex'
run_stdin 'De schaapskooi.\n' --lexicons lex --no-default-lexicons --format json
expect_exit 0
expect_json '.documents[0].findings[0] | [.category, .entry]' '["eigen","lex/eigen.lex:7"]'
