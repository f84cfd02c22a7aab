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
expect_stderr_contains "--fail-on: 'category:onbekend' is not a policy"

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
