# --fail-on turns findings into exit code 1 with a reason on stderr.
printf 'Deze idioten moeten zich schamen.\n' > concept.txt
printf 'De bibliotheek is open.\n' > neutraal.txt
run --fail-on=finding concept.txt neutraal.txt
expect_exit 1
expect_stderr_contains 'wijzij: --fail-on reached in 1 document:'
expect_stderr_contains '  concept.txt: 2 findings (finding)'

run --fail-on category:elite_volk concept.txt
expect_exit 0

run --fail-on category:moraliserend,category:elite_volk concept.txt
expect_exit 1

run --fail-on scheme neutraal.txt
expect_exit 0

run --fail-on none concept.txt
expect_exit 0

run --fail-on category:onbekend concept.txt
expect_exit 2
expect_stderr_contains "wijzij: --fail-on: 'category:onbekend': unknown category 'onbekend'"

# Every mistake gets its own message, with a suggestion where one is near.
run --fail-on category:moralisernd concept.txt
expect_exit 2
expect_stderr_contains "did you mean 'moraliserend'?"
run --fail-on findng concept.txt
expect_exit 2
expect_stderr_contains "'findng' is not a policy; use none, finding,"
expect_stderr_contains "did you mean 'finding'?"
run --fail-on scheme:elite_vs_vlk concept.txt
expect_exit 2
expect_stderr_contains "unknown scheme 'elite_vs_vlk'; did you mean 'elite_vs_volk'?"
run --fail-on column:brugenbouwer concept.txt
expect_exit 2
expect_stderr_contains "did you mean 'bruggenbouwer'?"
run --fail-on severity:warnng concept.txt
expect_exit 2
expect_stderr_contains "did you mean 'warning'?"
for bad in 'density:moraliserend>abc' 'density:moraliserend>=2' 'density:moraliserend>'; do
  run --fail-on "$bad" concept.txt
  expect_exit 2
  expect_stderr_contains "is not a number of findings per 1,000 words"
done
run --fail-on density:moraliserend concept.txt
expect_exit 2
expect_stderr_contains "expected density:<category>>N"
run --fail-on 'density:moralisernd>2' concept.txt
expect_exit 2
expect_stderr_contains "unknown category 'moralisernd'; did you mean 'moraliserend'?"
run --disable moralisernd concept.txt
expect_exit 2
expect_stderr_contains "wijzij: --disable: unknown category 'moralisernd' to disable; did you mean 'moraliserend'?"

# Density and column rules.
run --fail-on 'density:moraliserend>100' concept.txt
expect_exit 1
expect_stderr_contains 'concept.txt: moraliserend 400.0 per 1,000 words (density:moraliserend>100)'
run --fail-on 'density:moraliserend>500' concept.txt
expect_exit 0
printf 'Houd afstand. U moet thuis blijven. Was uw handen.\n' > instructie.txt
run --fail-on column:bruggenbouwer instructie.txt neutraal.txt
expect_exit 1
expect_stderr_contains 'instructie.txt: speaks from bruggenbouwer (column:bruggenbouwer)'
