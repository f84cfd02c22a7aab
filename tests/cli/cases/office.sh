# Word and OpenDocument drafts, made by a real converter (pandoc): findings
# at the paragraph (line) and character (column) a user finds in the word
# processor; broken, encrypted and oversized files get a clear error and exit
# 2 while the other inputs are still analysed.
if ! command -v pandoc > /dev/null; then
  [ "${WIJZIJ_REQUIRE_PANDOC:-}" = 1 ] && { fail "pandoc not found (tools/setup.sh installs it)"; exit 1; }
  skip "pandoc not installed (tools/setup.sh installs it)"
fi
cat > concept.md <<'MD'
# Verklaring

De bibliotheek is open.

- Een punt
- Deze idioten moeten zich schamen.

| kolom | tekst |
|---|---|
| a | Houd je aan de regels. |
MD
pandoc concept.md -o concept.docx
pandoc concept.md -o concept.odt
for f in concept.docx concept.odt; do
  run --format json "$f"
  expect_exit 0
  expect_json '[.documents[0].findings[] | select(.category == "moraliserend") | [.line, .column]] | first' '[4,6]'
  expect_json '[.documents[0].findings[] | select(.category == "naleving") | .line] | first' 8
done
run concept.docx
expect_stdout_contains '"idioten"  Deze idioten moeten zich schamen.'

# Broken, encrypted and too large: one clear line each, the rest analysed.
printf 'geen zip' > kapot.docx
python3 - <<'PY'
import zipfile
# A zip bomb: 4 MB of text that packs into a few kilobytes.
with zipfile.ZipFile("bom.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("word/document.xml", "<w:document>" + "a" * (4 << 20) + "</w:document>")
# A document marked encrypted (the flag a password sets).
data = bytearray(open("concept.odt", "rb").read())
for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
    at = data.find(signature)
    while at >= 0:
        data[at + flag_at] |= 1
        at = data.find(signature, at + 4)
open("geheim.odt", "wb").write(bytes(data))
PY
run --max-file-size 1M --format line kapot.docx bom.docx geheim.odt concept.docx
expect_exit 2
expect_stderr_contains 'wijzij: kapot.docx: not a zip archive, so no .docx or .odt'
expect_stderr_contains 'wijzij: bom.docx: word/document.xml unpacks to more than 1048576 bytes (--max-file-size)'
expect_stderr_contains 'wijzij: geheim.odt: the document is encrypted'
expect_stdout_contains 'concept.docx:4:6: warning: "idioten"'

# Other office formats get a hint instead of a bare "binary file".
printf 'oud\0document' > oud.doc
run oud.doc
expect_exit 2
expect_stderr_contains "oud.doc: binary file (NUL byte at byte 3), skipped; wijzij reads .docx, .odt"

# SARIF gives paragraph and character, no byte offsets into the archive, and
# the SARIF Multitool test covers the shape; JSON keeps the extracted text's.
run --format sarif concept.docx
expect_json '[.runs[0].results[].locations[0].physicalLocation.region | has("byteOffset")] | unique' '[false]'
