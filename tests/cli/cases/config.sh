# A repository with a .wijzij.ini: the fail policy, format, disabled
# categories, excludes and severities follow the file, a suppression comment
# is honoured, and the command line overrides the file.
mkdir -p repo/.git repo/teksten/concepten repo/taal
cat > repo/.wijzij.ini <<'INI'
# Instellingen voor de teksten van de gemeente
fail-on = scheme:systeem_vs_vrijheidsstrijders
format = line
disable = wij, zij
exclude = concepten/*

[severity]
strijd = error
INI
printf 'Het is tijd om op te staan tegen de tirannie van de regering. Nu kan het nog, sluit je aan bij het verzet!\n' > repo/teksten/oproep.md
printf '<!-- wijzij-disable strijd -->\nVerzet, tirannie, dictatuur en onderdrukking.\n<!-- wijzij-enable -->\n' > repo/teksten/stil.md
printf 'Deze idioten.\n' > repo/teksten/concepten/kladje.md
cd repo
run teksten
expect_exit 1
expect_stdout_contains 'teksten/oproep.md:1:37: error: "tirannie" Strijd [strijd]'
expect_stdout_lacks 'kladje.md'
expect_stdout_lacks '[wij]'
expect_stdout_lacks 'stil.md:2'
expect_stdout_contains 'teksten/stil.md:1:1: info: '
expect_stderr_contains 'wijzij: --fail-on reached in 1 document:'
expect_stderr_contains '  teksten/oproep.md: leans to systeem_vs_vrijheidsstrijders (scheme:systeem_vs_vrijheidsstrijders)'

# SARIF from the same run passes the structural checks.
run --format sarif teksten
expect_exit 1
expect_json '.version' '"2.1.0"'
expect_json '[.runs[0].results[] | select(.ruleId != "verdict") | .locations[0].physicalLocation.artifactLocation.uri] | unique' '["teksten/oproep.md"]'
expect_json '[.runs[0].results[] | select(.ruleId == "strijd") | .level] | unique' '["error"]'

# The command line wins; --no-config ignores the file; found from a subdirectory.
run --fail-on none --format json teksten
expect_exit 0
expect_json '[.documents[].path]' '["teksten/oproep.md","teksten/stil.md"]'
run --no-config --format json teksten
expect_json '[.documents[].path] | length' 3
( cd teksten && "$WIJZIJ" config > "$WORK/.out" 2> "$WORK/.err" )
expect_stdout_contains 'format           = line'
expect_stdout_contains '.wijzij.ini:3)'
expect_stdout_contains 'severity.strijd  = error'
cd ..

# Errors name file:line.
mkdir kapot && printf 'format = line\nkleur = rood\n[opmaak]\nx = 1\n' > kapot/.wijzij.ini
( cd kapot && "$WIJZIJ" config > "$WORK/.out" 2> "$WORK/.err"; echo $? > "$WORK/.rc" )
expect_exit 2
expect_stderr_contains '.wijzij.ini:3: error: unknown section [opmaak]; only [severity]'
printf 'format = jsno\n' > kapot/.wijzij.ini
( cd kapot && "$WIJZIJ" x.txt > "$WORK/.out" 2> "$WORK/.err"; echo $? > "$WORK/.rc" )
expect_exit 2
expect_stderr_contains "did you mean 'json'?"
printf 'kleur = rood\n' > kapot/.wijzij.ini
run --config kapot/.wijzij.ini x.txt
expect_exit 2
expect_stderr_contains "kapot/.wijzij.ini:1: error: unknown key 'kleur'"
printf '[severity]\nonbekend = error\n' > kapot/.wijzij.ini
run_stdin 'x\n' --config kapot/.wijzij.ini
expect_exit 2
expect_stderr_contains "kapot/.wijzij.ini:2: error: unknown category 'onbekend' in [severity]"

# A line that is no setting is a syntax error at its line.
printf 'format = line\ndit is geen instelling\n' > kapot/.wijzij.ini
run_stdin 'x\n' --config kapot/.wijzij.ini
expect_exit 2
expect_stderr_contains "kapot/.wijzij.ini:2: error: expected 'key = value'"

# A list with spaces after the commas is read as a list.
mkdir lijst && printf 'fail-on = scheme:orde_vs_relschoppers, category:moraliserend\n' > lijst/.wijzij.ini
printf 'Deze idioten moeten zich schamen.\n' > lijst/concept.txt
( cd lijst && "$WIJZIJ" concept.txt > "$WORK/.out" 2> "$WORK/.err"; echo $? > "$WORK/.rc" )
expect_exit 1
expect_stderr_contains 'concept.txt: '
expect_stderr_contains '(category:moraliserend)'

# A wrong value in the file is named by file:line, and `wijzij config`
# checks what it shows.
printf 'format = line\nfail-on = scheme:orde_vs_relschopers\n' > lijst/.wijzij.ini
( cd lijst && "$WIJZIJ" concept.txt > "$WORK/.out" 2> "$WORK/.err"; echo $? > "$WORK/.rc" )
expect_exit 2
expect_stderr_contains ".wijzij.ini:2: error: fail-on: 'scheme:orde_vs_relschopers': unknown scheme"
expect_stderr_contains "did you mean 'orde_vs_relschoppers'?"
( cd lijst && "$WIJZIJ" config > "$WORK/.out" 2> "$WORK/.err"; echo $? > "$WORK/.rc" )
expect_exit 2
expect_stdout_contains 'fail-on          = scheme:orde_vs_relschopers'
expect_stderr_contains ".wijzij.ini:2: error: fail-on: 'scheme:orde_vs_relschopers'"
printf 'disable = wij, moralisernd\n' > lijst/.wijzij.ini
( cd lijst && "$WIJZIJ" config > "$WORK/.out" 2> "$WORK/.err"; echo $? > "$WORK/.rc" )
expect_exit 2
expect_stderr_contains ".wijzij.ini:1: error: disable: unknown category 'moralisernd' to disable; did you mean 'moraliserend'?"
printf '[severity]\nmoralisernd = error\n' > lijst/.wijzij.ini
( cd lijst && "$WIJZIJ" config > "$WORK/.out" 2> "$WORK/.err"; echo $? > "$WORK/.rc" )
expect_exit 2
expect_stderr_contains "unknown category 'moralisernd' in [severity]; did you mean 'moraliserend'?"
printf 'fail-on = scheme, category:moraliserend\n' > lijst/.wijzij.ini
( cd lijst && "$WIJZIJ" config > "$WORK/.out" 2> "$WORK/.err"; echo $? > "$WORK/.rc" )
expect_exit 0
expect_stderr_empty
