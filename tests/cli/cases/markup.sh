# Markdown and HTML: only prose is analysed, and every finding points at the
# word in the original file (front matter, code, URLs, scripts, styles and
# comments skipped; headings, lists, link texts, emphasis and entities read).
run --format json "$ROOT/tests/cli/data/persbericht.md"
expect_exit 0
expect_json '[.documents[0].findings[] | select(.category == "moraliserend") | [.text, .line, .column]]' \
  '[["idioten",5,8],["moeten zich schamen",5,16],["tuig",7,57],["idioten",8,26],["Uitschot",17,16]]'
expect_json '[.documents[0].findings[] | select(.category == "directief") | [.text, .line, .column]]' \
  '[["Houd afstand",14,3],["Was je handen",15,3],["gebruik",15,18]]'
expect_json '[.documents[0].findings[] | select(.category == "handhaving") | .text]' '["treden **hard** op"]'
# The heading is a sentence of its own; the code block and front matter are not read.
expect_json '.documents[0].findings[0].context' '"Deze idioten moeten zich schamen"'
expect_json '[.documents[0].findings[] | select(.line >= 1 and .line <= 4 or .line >= 10 and .line <= 12)] | length' 0

run --format json "$ROOT/tests/cli/data/verklaring.html"
expect_exit 0
expect_json '[.documents[0].findings[] | [.category, .text, .line, .column]]' \
  '[["moraliserend","idi</b>oten",6,12],["scheldnaam","idi</b>oten",6,12],["moraliserend","uitschot",6,68],["scheldnaam","uitschot",6,68],["directief","Houd afstand",8,9],["wij","Wij",9,4],["as_overheid","de politie",9,9],["wij_orde","de politie",9,9],["handhaving","treden hard op",10,1]]'

# The format follows the extension, or --input-format, also for stdin.
run_stdin '# Kop\n\nDeze `idioten` zijn *uitschot*.\n' --input-format markdown --format json
expect_json '[.documents[0].findings[] | select(.category == "moraliserend") | [.text, .column]]' '[["uitschot",22]]'
run_stdin '<p>Deze &lt;idioten&gt;</p>\n' --input-format html --format json
expect_json '[.documents[0].findings[] | select(.category == "moraliserend") | [.text, .column]]' '[["idioten",13]]'
run_stdin '# Deze idioten\n' --format json
expect_json '.documents[0].findings[0].column' 8  # plain text: the # is read as is

# A page's furniture (navigation, page header and footer, asides, search
# boxes, cookie banners) is not read unless --html-all; an article's own header is.
cat > pagina.html <<'HTML'
<!DOCTYPE html><html><body>
<header><nav><a href="/">Home</a> Volg ons en kom langs!</nav></header>
<div class="cookie-melding">Accepteer alle cookies, wij zorgen voor uw privacy.</div>
<main><article><header><h1>Deze idioten</h1></header>
<p>De bibliotheek is weer open.</p></article></main>
<aside>Lees ook: wij tegen hen.</aside>
<div role="search">Zoek hier</div>
<footer>Volg ons op Facebook. Lees onze privacyverklaring.</footer>
</body></html>
HTML
run --format json pagina.html
expect_exit 0
expect_json '[.documents[0].findings[].text] | unique' '["idioten"]'
run --format json --html-all pagina.html
expect_json '[.documents[0].findings[].text] | index("wij") != null' true
expect_json '.documents[0].words > 30' true

# Contexts show what a reader sees: references decoded, tags and Markdown
# markers gone.
printf '<p>De caf&eacute;s van <b>deze idioten</b> &amp; meer.</p>\n' > context.html
run context.html
expect_stdout_contains '"idioten"  De cafés van deze idioten & meer.'
printf 'De **idioten** moeten zich _schamen_.\n' > context.md
run --format json context.md
expect_json '.documents[0].findings[0].context' '"De idioten moeten zich schamen."'
