#!/usr/bin/env python3
"""The labels `wijzij train` fits the shipped model on.

One labels file with absolute paths: the passages of the real-text corpus
(their texts in the cache) and the project's own drafts (examples/corpus
and examples/reading), every field `wijzij train` reads. `--split dev` at
training keeps the development parts. tools/train_model.sh writes it for
the shipped model, tools/real_cv.py for each fold.

    python3 tools/train_labels.py REAL_LABELS OUT
"""

import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ["voice", "scheme", "column", "narratives", "axis", "intimidation", "split"]
DRAFTS = ("examples/corpus/labels.tsv", "examples/reading/labels.tsv")


def read_labels(path):
    """The rows of a labels file as dicts, keyed by its '# path' header."""
    header = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# path"):
            header = line[2:].split("\t")
        elif line and not line.startswith("#"):
            yield dict(zip(header, line.split("\t")))


def drafts():
    """The project's labelled drafts, with absolute paths."""
    rows = []
    for labels in DRAFTS:
        base = os.path.join(REPO, os.path.dirname(labels))
        for r in read_labels(os.path.join(REPO, labels)):
            r["path"] = os.path.join(base, r["path"])
            rows.append(r)
    return rows


def write(rows, path):
    """A labels file of `rows`; a field a row lacks is '-' (unlabelled)."""
    lines = ["# path\t" + "\t".join(FIELDS)]
    lines += ["\t".join([r["path"]] + [r.get(f, "-") for f in FIELDS]) for r in rows]
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1].strip())
    write(list(read_labels(sys.argv[1])) + drafts(), sys.argv[2])
