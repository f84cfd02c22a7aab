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
python3 tools/train_labels.py "$cache/labels.tsv" "$labels"
"$bin" --no-config --model lexicons/wijzij.prior train "$labels" --split dev -o lexicons/wijzij.model
