# The column advice is never cut, and each item names the line it is about.
run --format json "$ROOT/examples/verklaring_na_rellen.txt"
expect_exit 0
expect_json '[.documents[0].advice[].id] | length' 3
expect_json '[.documents[0].advice[].id] | index("column_left") != null' true
expect_json '.documents[0].advice[] | select(.id == "column_left") | .line' 7
expect_json '.documents[0].advice[] | select(.id == "scheme") | .line' 5
run "$ROOT/examples/verklaring_na_rellen.txt"
expect_stdout_contains 'Versterk de rechterkolom, te beginnen met de stap van naleving naar vindingrijkheid'
expect_stdout_contains '(regel 7)'
