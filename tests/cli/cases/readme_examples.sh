# Every sample output in README.md is what the binary prints now
# (python3 tools/readme_examples.py update build/wijzij rewrites them).
python3 "$ROOT/tools/readme_examples.py" check "$WIJZIJ" > "$WORK/.out" 2>&1 ||
  fail "$(cat "$WORK/.out")"
