#!/usr/bin/env bash
# Fits the shipped model's weights: starts from lexicons/wijzij.prior (the
# hand-set model, with every text and comment) and writes
# lexicons/wijzij.model with the weights `wijzij train` learns on the dev
# split of the real-text corpus (its texts in the cache, see
# examples/real/README.md) and of the project's drafts (examples/corpus and
# examples/reading).
# Deterministic: the same lexicons, prior and texts give the same model.
#
#   bash tools/train_model.sh            (needs build/wijzij and the cache)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${WIJZIJ:-build/wijzij}
cache=${WIJZIJ_REAL_CACHE:-$HOME/.cache/wijzij/real}
python3 tools/real_corpus.py export > /dev/null
labels=$(mktemp)
trap 'rm -f "$labels"' EXIT
python3 - "$cache/labels.tsv" examples/corpus/labels.tsv examples/reading/labels.tsv "$labels" <<'PY'
import os, sys
real, drafts, reading, out = sys.argv[1:5]
fields = ["voice", "scheme", "column", "narratives", "axis", "intimidation", "split"]
rows = ["# path\t" + "\t".join(fields)]
def read(path):
    header = None
    for line in open(path):
        line = line.rstrip("\n")
        if line.startswith("# path"):
            header = line[2:].split("\t")
        elif line and not line.startswith("#"):
            yield dict(zip(header, line.split("\t")))
for r in read(real):
    rows.append("\t".join([r["path"]] + [r.get(f, "-") for f in fields]))
for labels in (drafts, reading):
    base = os.path.abspath(os.path.dirname(labels))
    for r in read(labels):
        rows.append("\t".join([os.path.join(base, r["path"])] + [r.get(f, "-") for f in fields]))
open(out, "w").write("\n".join(rows) + "\n")
PY
"$bin" --no-config --model lexicons/wijzij.prior train "$labels" --split dev -o lexicons/wijzij.model
