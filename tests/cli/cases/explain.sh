# Every scheme, column and row id of the domain is explained, in Dutch and
# in English, with what to do instead.
ids="democratie_vs_populisme orde_vs_relschoppers systeem_vs_vrijheidsstrijders elite_vs_volk
     bruggenbouwer midden controle_omgang naleving_vindingrijkheid afwachten_inspelen
     directief_empathisch oplossing_vraagstuk informeren_vertellen"
for id in $ids; do
  run explain "$id"
  expect_exit 0
  expect_stdout_contains "$id — "
  expect_stdout_contains 'Wat te doen:'
  run explain "$id" --lang en
  expect_exit 0
  expect_stdout_contains 'What to do:'
done

run explain
expect_exit 0
for id in $ids moraliserend elite_volk directief handhaving strijd; do
  expect_stdout_contains "  $id "
done

run explain directief
expect_stdout_contains 'linkerkolom van directief_empathisch'
expect_stdout_contains 'Wat te doen: Zet naast de instructie erkenning'

run explain orde_vs_relschopers
expect_exit 2
expect_stderr_contains "explain: unknown id 'orde_vs_relschopers'; did you mean 'orde_vs_relschoppers'?"

# A category that rules a reading class out says so, and the class names it.
run explain eigen_overheid
expect_exit 0
expect_stdout_contains 'Telt als: as van polarisatie verticaal (sluit die uit)'
run explain verticaal
expect_exit 0
expect_stdout_contains '  niet als: eigen_overheid'
