# The pipe from the README: stdin in, JSON out, findings at the right place.
run_stdin 'Deze idioten moeten zich schamen.\n' --format json
expect_exit 0
expect_stderr_empty
expect_json '.schema_version' 1
expect_json '.documents[0].path' '"-"'
expect_json '[.documents[0].findings[] | select(.category=="moraliserend") | [.text,.line,.column,.offset,.length]]' \
  '[["idioten",1,6,5,7],["moeten zich schamen",1,14,13,19]]'
expect_json '.documents[0].findings[0].entry | test("^moraliserend.lex:[0-9]+$")' true
expect_json '.documents[0].scheme.id' '"democratie_vs_populisme"'
expect_json '.errors' '[]'

# A lone "-" is standard input too.
run_stdin 'Geen idioten hier.\n' - --format=json
expect_exit 0
expect_json '.documents[0].findings[0].negated' true
