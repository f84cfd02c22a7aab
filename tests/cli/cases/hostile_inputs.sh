# Hostile documents: crafted HTML and Markdown, generated here, must each
# finish in linear time and bounded memory, with exit 0 and every other input
# still analysed. Limits per file, on the CI machine: under 2 seconds of CPU
# time per MB (at least 1 second, for start-up; CPU time, so that tests
# running beside this one do not make it fail) and under 20 times its size in
# memory above what an empty document takes. Under the sanitizers only the
# outcome is checked: they multiply time and memory.
command -v /usr/bin/time > /dev/null || skip "needs /usr/bin/time (Debian package time)"
command -v python3 > /dev/null || skip "needs python3 to generate the documents"

python3 - <<'PY'
import random
def write(name, text):
    with open(name, "w") as f:
        f.write(text)
# The cases of the hostile-documents report, then every container kind.
write("deep_div.html", "<div>" * 200000 + "tekst" + "</div>" * 200000)
write("deep_div_50k.html", "<div>" * 50000 + "tekst" + "</div>" * 50000)
write("unclosed_b.html", "<b>" * 100000 + "tekst")
write("attribute_flood.html", "<a " + " ".join(f"a{i}=\"x\"" for i in range(300000)) + ">tekst</a>")
write("inline_run.html", "<p>" + "a<b>b</b>" * 300000 + "</p>")
write("nested_tables.html", "<table><tr><td>" * 30000 + "tekst")
write("nested_lists.html", "<ul><li>" * 50000 + "tekst")
write("nested_quotes.html", "<blockquote>" * 100000 + "tekst")
write("nested_spans.html", "<span>" * 200000 + "tekst")
write("nested_svg.html", "<svg>" + "<g>" * 100000 + "tekst")
write("formatting_then_blocks.html", "<b><i><u><s><a>" * 3000 + "<p>x</p>" * 20000)
write("entity_flood.html", "<p>" + "&amp;&eacute;&#233;&#x1F600;&nbsp" * 100000 + "</p>")
write("huge_table.html", "<table>" + "<tr><td>cel</td><td>moeten</td></tr>" * 100000 + "</table>")
write("open_comment.html", "<p>tekst</p><!--" + "x" * 2000000)
write("open_cdata.html", "<p>tekst</p><![CDATA[" + "x" * 2000000)
write("open_script.html", "<script>" + "var x = 1;" * 200000)
write("options.html", "<select>" + "<option>a" * 100000)
rng = random.Random(1)
tags = ["<div>", "</div>", "<b>", "</b>", "<p>", "<table>", "<td>", "<a href=x>", "</a>",
        "tekst ", "<li>", "<ul>", "&amp;", "<!--", "-->", "<tr>", "<i>"]
write("tag_soup.html", "".join(rng.choice(tags) for _ in range(400000)))
# The Markdown counterparts.
write("deep_quotes.md", ">" * 100000 + " tekst\n")
write("deep_lists.md", "".join("  " * i + "- a\n" for i in range(3000)))
write("emphasis_run.md", "*a **b** " * 300000 + "\n")
write("link_run.md", "[a](b) " * 300000 + "\n")
write("open_brackets.md", "[" * 500000 + "tekst\n")
write("html_block.md", "<div>\n" + "<div>" * 100000 + "tekst\n")
write("table.md", "|a|b|\n|-|-|\n" + "|cel|moeten|\n" * 200000)
PY
printf 'Deze idioten moeten zich schamen.\n' > gewoon.txt
: > leeg.html

# What an empty document costs, to compare with: beside the same second
# input, so both runs start the same threads (alone it took some 1 MB less,
# and a 100 KB document came out just over its limit when the machine was busy).
/usr/bin/time -f %M -o base.rss "$WIJZIJ" --no-config -f json leeg.html gewoon.txt > /dev/null 2>&1
base=$(tail -1 base.rss)

for file in *.html *.md; do
  [ "$file" = leeg.html ] && continue
  size=$(stat -c %s "$file")
  /usr/bin/time -f '%U %S %M' -o stats "$WIJZIJ" --no-config -f json "$file" gewoon.txt \
    > out.json 2> err.txt
  rc=$?
  [ "$rc" = 0 ] || { fail "$file: exit $rc: $(head -c 300 err.txt)"; continue; }
  [ "$(jq '.documents | length' out.json)" = 2 ] || fail "$file: not both documents reported"
  [ "$(jq '.documents[1].scheme.id' out.json)" = '"democratie_vs_populisme"' ] ||
    fail "$file: the other input was not analysed"
  [ -n "${WIJZIJ_SANITIZED:-}" ] && continue
  read -r user system rss < <(tail -1 stats)
  seconds=$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')
  awk -v s="$seconds" -v b="$size" 'BEGIN { limit = 2 * b / 1e6; if (limit < 1) limit = 1; exit !(s < limit) }' ||
    fail "$file ($size bytes): $seconds s of CPU time, over 2 s per MB"
  awk -v r="$rss" -v base="$base" -v b="$size" 'BEGIN { exit !((r - base) * 1024 < 20 * b) }' ||
    fail "$file ($size bytes): $rss KB peak, $base KB for an empty document: over 20 times its size"
done
