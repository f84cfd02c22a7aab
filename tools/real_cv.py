#!/usr/bin/env python3
"""Cross-validation by site on the dev part of the real-text corpus.

The dev figures in the README: the dev passages are cut into five folds by
site (no site in two folds); for each fold a model is trained from
lexicons/wijzij.prior on the other four folds plus the project's own dev
drafts (as tools/train_model.sh does), and the fold is read with it. The
macro-F1 of scheme, column, voice and axis is computed over all dev
passages, the way `wijzij eval` computes it. Test passages are never read.

    python3 tools/real_cv.py [--prior FILE] [--seeds a,b,c] [--confusion] [--given-voice]
                             [--predictions FILE]

With --predictions each dev passage's labels and the verdicts read for it
in the first cut are written to FILE (TSV), for reading the errors.

With --given-voice each passage is read with its labelled voice given
(wijzij --voice), as a user who knows the sender reads it.

Each seed cuts the folds differently (a hash of seed and site); the figures
are the mean over the seeds. Needs build/wijzij (or WIJZIJ) and the cache
(python3 tools/real_corpus.py export).
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from real_corpus import cache_dir  # noqa: E402
from train_labels import drafts, read_labels, write  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDS = 5


def fold_of(site, seed):
    return int(hashlib.md5((seed + site).encode()).hexdigest(), 16) % FOLDS


def read_fold(binary, prior, train_rows, test_rows, workdir, k, given_voice=False):
    labels = os.path.join(workdir, f"train{k}.tsv")
    write(train_rows, labels)
    model = os.path.join(workdir, f"fold{k}.model")
    subprocess.run([binary, "--no-config", "--model", prior, "train", labels, "--split", "dev",
                    "-o", model], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    # With the voice given, each voice's passages are read with --voice, as a
    # user who knows the sender would read them.
    groups = ([[r for r in test_rows if r["voice"] == v] for v in sorted({r["voice"] for r in test_rows})]
              if given_voice else [test_rows])
    read = []
    for group in groups:
        voice = ["--voice", group[0]["voice"]] if given_voice else []
        out = subprocess.run([binary, "--no-config", "--model", model, "-f", "counts", "-j", "1"]
                             + voice + [r["path"] for r in group],
                             check=True, capture_output=True, text=True).stdout
        read += [json.loads(line) for line in out.splitlines()]
    return read


def macro_f1(gold, predicted):
    scores = []
    for c in sorted(set(gold)):
        support = sum(g == c for g in gold)
        said = sum(p == c for p in predicted)
        right = sum(g == p == c for g, p in zip(gold, predicted))
        precision = right / said if said else 0
        recall = right / support
        scores.append(2 * precision * recall / (precision + recall) if right else 0)
    return sum(scores) / len(scores)


def confusion(name, gold, predicted):
    classes = sorted(set(gold) | set(predicted))
    print(f"{name} (rows expected, columns predicted: {' '.join(classes)})")
    for c in classes:
        row = [sum(g == c and p == d for g, p in zip(gold, predicted)) for d in classes]
        print(f"  {c:<30} {row}")


def write_predictions(path, dev, predicted, tasks):
    with open(path, "w", encoding="utf-8") as out:
        out.write("\t".join(["path", "site", "genre"] + [f"{t}\t{t}_read" for t in tasks]) + "\n")
        for r in dev:
            d = predicted[r["path"]]
            cells = [r["path"], r["site"], r.get("genre", "")]
            for task, read in tasks.items():
                cells += [r[task], read(d)]
            out.write("\t".join(cells) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prior", default=os.path.join(REPO, "lexicons", "wijzij.prior"))
    parser.add_argument("--seeds", default=",a,b", help="fold cuts, comma-separated")
    parser.add_argument("--confusion", action="store_true", help="print the confusion of each cut")
    parser.add_argument("--given-voice", action="store_true",
                        help="read each passage with its labelled voice given (--voice)")
    parser.add_argument("--predictions", help="write labels and verdicts of the first cut here")
    args = parser.parse_args()
    binary = os.environ.get("WIJZIJ", os.path.join(REPO, "build", "wijzij"))
    cache = cache_dir()
    dev = [r for r in read_labels(os.path.join(cache, "labels.tsv")) if r["split"] == "dev"]
    if not dev:
        sys.exit(f"real_cv: no dev passages in {cache}/labels.tsv (run real_corpus.py export)")
    own = drafts()
    tasks = {"scheme": lambda d: d["scheme"]["id"], "column": lambda d: d["column"]["id"],
             "voice": lambda d: d["voice"]["id"], "axis": lambda d: d["axis"]["id"]}
    totals = {t: [] for t in tasks}
    with tempfile.TemporaryDirectory() as workdir:
        for seed in args.seeds.split(","):
            predicted = {}
            with concurrent.futures.ThreadPoolExecutor(2) as pool:
                jobs = [pool.submit(read_fold, binary, args.prior,
                                    [r for r in dev if fold_of(r["site"], seed) != k] + own,
                                    [r for r in dev if fold_of(r["site"], seed) == k],
                                    workdir, k, args.given_voice) for k in range(FOLDS)]
                for job in jobs:
                    for d in job.result():
                        predicted[d["path"]] = d
            line = []
            for task, read in tasks.items():
                gold = [r[task] for r in dev]
                said = [read(predicted[r["path"]]) for r in dev]
                totals[task].append(macro_f1(gold, said))
                line.append(f"{task} {totals[task][-1]:.3f}")
                if args.confusion:
                    confusion(task, gold, said)
            print(f"cut '{seed}': " + ", ".join(line))
            if args.predictions and seed == args.seeds.split(",")[0]:
                write_predictions(args.predictions, dev, predicted, tasks)
    print("mean: " + ", ".join(f"{t} {sum(v) / len(v):.3f}" for t, v in totals.items()))


if __name__ == "__main__":
    main()
