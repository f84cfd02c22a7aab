# The line, GitHub and SARIF formats that editors, reviewdog and
# code-scanning dashboards read.
printf 'Deze idioten moeten\nzich schamen. Houd afstand.\n' > concept.txt
printf 'kapot \xff\n' > kapot.txt

run --format line concept.txt
expect_exit 0
expect_stdout_contains 'concept.txt:1:6: warning: "idioten" Moraliserend [moraliserend]'
expect_stdout_contains 'concept.txt:2:15: suggestion: "Houd afstand" Directief → Zet naast de instructie erkenning'
# The verdict comes first, on the document; a phrase over a line break
# stays on one line.
expect_stdout_contains 'concept.txt:1:1: warning: wij-zij-schema democratie_vs_populisme (matig); kolom bruggenbouwer;'
expect_stdout_contains 'concept.txt:1:14: warning: "moeten zich schamen" Moraliserend [moraliserend]'
head -1 "$WORK/.out" | grep -q '\[verdict\]$' || fail "the verdict is not the first line"
# --min-level leaves out suggestions; the verdict stays.
run --format line --min-level warning concept.txt
expect_stdout_lacks 'Houd afstand'
expect_stdout_contains '[verdict]'
# Signals explain scores and are no problem: listed only with --show-signals,
# in SARIF as informational results without a level.
printf 'Wij luisteren naar de zorgen van inwoners en wij leggen uit waarom.\n' > signalen.txt
run --format line signalen.txt
expect_exit 0
expect_stdout_lacks '"luisteren"'
expect_stdout_contains 'signalen.txt:1:50: suggestion: "leggen uit"'
expect_stdout_contains 'signalen.txt:1:1: info: wij-zij-schema geen; kolom midden;'
run --format line --show-signals signalen.txt
expect_stdout_contains 'signalen.txt:1:5: info: "luisteren" Luisteren en vertellen [vertellen]'
run --format sarif --show-signals signalen.txt
expect_json '[.runs[0].results[] | select(.ruleId == "vertellen") | [.kind, .level]] | unique' '[["informational","none"]]'
expect_json '[.runs[0].results[] | select(.ruleId == "informeren") | .level]' '["note"]'
run --format line --min-level fout concept.txt
expect_exit 2
expect_stderr_contains "--min-level"
run --format line --lang en concept.txt kapot.txt
expect_exit 2
expect_stdout_contains 'concept.txt:1:6: warning: "idioten" Moralising [moraliserend]'
expect_stdout_contains 'kapot.txt:1:1: error: kapot.txt: invalid UTF-8 at byte 6 (line 1, column 7)'

run --format github concept.txt
expect_stdout_contains '::warning file=concept.txt,line=1,col=6,endLine=1,endColumn=13,title=wijzij moraliserend::"idioten" Moraliserend'
# A phrase over a line break ends on the next line.
expect_stdout_contains '::warning file=concept.txt,line=1,col=14,endLine=2,endColumn=13,title=wijzij moraliserend::'
expect_stdout_contains '::notice file=concept.txt,line=2,col=15,'
expect_stdout_contains '::warning file=concept.txt,title=wijzij verdict::wij-zij-schema democratie_vs_populisme'

# SARIF: the structure code-scanning dashboards require.
run --format sarif concept.txt kapot.txt
expect_exit 2
expect_json '.version' '"2.1.0"'
expect_json '."$schema"' '"https://json.schemastore.org/sarif-2.1.0.json"'
expect_json '.runs | length' 1
expect_json '.runs[0].tool.driver.name' '"wijzij"'
expect_json '.runs[0].columnKind' '"unicodeCodePoints"'
expect_json '[.runs[0].tool.driver.rules[] | select((.id | length) == 0 or (.shortDescription.text | length) == 0)] | length' 0
expect_json '.runs[0] as $r | [$r.results[] | select($r.tool.driver.rules[.ruleIndex].id != .ruleId)] | length' 0
expect_json '[.runs[0].results[] | select(.level != "note" and .level != "warning" and .level != "error" and .kind != "informational")] | length' 0
expect_json '[.runs[0].results[] | select((.message.text | length) == 0)] | length' 0
expect_json '[.runs[0].results[] | select(.ruleId != "verdict") | .locations[0].physicalLocation | select(.artifactLocation.uri != "concept.txt" or .region.startLine < 1 or .region.startColumn < 1)] | length' 0
# Every document's verdict comes first, over the whole text.
expect_json '.runs[0].results[0] | [.ruleId, .level, .locations[0].physicalLocation.region]' '["verdict","warning",{"startLine":1,"byteOffset":0,"byteLength":48}]'
expect_json '.runs[0].results[0].properties | [.scheme, .column]' '["democratie_vs_populisme","bruggenbouwer"]'
expect_json '.runs[0].results[1].locations[0].physicalLocation.region' '{"startLine":1,"startColumn":6,"endLine":1,"endColumn":13,"byteOffset":5,"byteLength":7}'
expect_json '.runs[0].results[1].properties | [.scheme, .negated, .quoted]' '["democratie_vs_populisme",false,false]'
expect_json '.runs[0].invocations[0].executionSuccessful' false
expect_json '.runs[0].invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri' '"kapot.txt"'

run --list-formats
expect_exit 0
expect_stdout_contains 'sarif   SARIF 2.1.0'
