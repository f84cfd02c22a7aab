# The line, GitHub and SARIF formats that editors, reviewdog and
# code-scanning dashboards read.
printf 'Deze idioten moeten\nzich schamen. Houd afstand.\n' > concept.txt
printf 'kapot \xff\n' > kapot.txt

run --format line concept.txt
expect_exit 0
expect_stdout_contains 'concept.txt:1:6: warning: "idioten" Moraliserend [moraliserend]'
expect_stdout_contains 'concept.txt:2:15: info: "Houd afstand" Directief → Zet naast de instructie erkenning'
run --format line --lang en concept.txt kapot.txt
expect_exit 2
expect_stdout_contains 'concept.txt:1:6: warning: "idioten" Moralising [moraliserend]'
expect_stdout_contains 'kapot.txt:1:1: error: kapot.txt: invalid UTF-8 at byte 6 (line 1, column 7)'

run --format github concept.txt
expect_stdout_contains '::warning file=concept.txt,line=1,col=6,endLine=1,endColumn=13,title=wijzij moraliserend::"idioten" Moraliserend'
# A phrase over a line break ends on the next line.
expect_stdout_contains '::warning file=concept.txt,line=1,col=14,endLine=2,endColumn=13,title=wijzij moraliserend::'
expect_stdout_contains '::notice file=concept.txt,line=2,col=15,'

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
expect_json '[.runs[0].results[] | select(.level != "note" and .level != "warning" and .level != "error")] | length' 0
expect_json '[.runs[0].results[] | select((.message.text | length) == 0)] | length' 0
expect_json '[.runs[0].results[].locations[0].physicalLocation | select(.artifactLocation.uri != "concept.txt" or .region.startLine < 1 or .region.startColumn < 1)] | length' 0
expect_json '.runs[0].results[0].locations[0].physicalLocation.region' '{"startLine":1,"startColumn":6,"endLine":1,"endColumn":13,"byteOffset":5,"byteLength":7}'
expect_json '.runs[0].results[0].properties | [.scheme, .negated, .quoted]' '["democratie_vs_populisme",false,false]'
expect_json '.runs[0].invocations[0].executionSuccessful' false
expect_json '.runs[0].invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri' '"kapot.txt"'

run --list-formats
expect_exit 0
expect_stdout_contains 'sarif   SARIF 2.1.0'
