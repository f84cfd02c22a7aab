# Reports are Dutch by default and English with --lang en.
printf 'Het zijn geen idioten. Zij riepen: "Idioten!"\n' > t.txt
run t.txt
expect_exit 0
expect_stdout_contains 't.txt: 7 woorden, 2 zinnen'
expect_stdout_contains '[ontkend]'
expect_stdout_contains '[geciteerd]'
run --lang en t.txt
expect_stdout_contains 't.txt: 7 words, 2 sentences'
expect_stdout_contains '[negated]'
expect_stdout_contains '[quoted]'
# No colour codes unless asked for.
expect_stdout_lacks $'\x1b['
run --color=always t.txt
expect_stdout_contains $'\x1b['
