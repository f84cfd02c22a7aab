#!/usr/bin/env python3
"""The real-text corpus: references in the repository, texts in a cache.

No sentence of a real text enters the repository. examples/real/refs.tsv
holds, per passage, the page's url and site, its genre, a hash of the
passage's first eight words and its word count, and the labels. The texts
live in a cache outside the repository (WIJZIJ_REAL_CACHE, default
~/.cache/wijzij/real):

    excerpts/<key>.txt   the saved search excerpt of a page (key: url hash)
    passages/<id>.txt    the passage cut from it
    collected/<batch>.tsv  passages added by one collecting session

A passage is a run of whitespace-separated words of its excerpt: the run
that starts where the first eight words hash to `hash` and is `words` long.

    real_corpus.py add EXCERPT --url URL --genre G --start W --end W --batch B
                       [--split dev|test] [--refs REFS]
                                      (refuses a url of REFS and a site of its other split)
    real_corpus.py cut EXCERPT --hash H --words N
    real_corpus.py check [REFS]       which cached passages are missing or differ
    real_corpus.py export [REFS] DIR  labels files for `wijzij eval` over the cache
    real_corpus.py refill [REFS] [--split S]  what to look up to fill an empty cache
    real_corpus.py agreement [REFS] [SECOND]  the two readers' Cohen's kappa on the
                                      passages in the cache

The cache does not travel with the repository. `refill` lists each missing
passage with the file its page's excerpt goes to and a search query made of
the words of its url; examples/real/README.md says how to fill it.
"""

import argparse
import hashlib
import os
import re
import sys
import urllib.parse

HASH_WORDS = 8
MIN_WORDS, MAX_WORDS = 40, 250
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_REFS = os.path.join(REPO, "examples", "real", "refs.tsv")
DEFAULT_SECOND = os.path.join(REPO, "examples", "real", "second_reader.tsv")
LABEL_FIELDS = ["voice", "scheme", "column", "narratives", "axis", "intimidation"]
GENRES = ("persbericht_gemeente", "burgemeester", "politie", "minister",
          "partij", "actiegroep", "column", "blog", "nieuws", "brief", "post")


def cache_dir():
    return os.environ.get("WIJZIJ_REAL_CACHE",
                          os.path.expanduser("~/.cache/wijzij/real"))


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def url_key(url):
    return sha(url)[:16]


def site_of(url):
    host = urllib.parse.urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def word_spans(text):
    """(start, end) of every whitespace-separated word, in order."""
    return [m.span() for m in re.finditer(r"\S+", text)]


def start_hash(words):
    return sha(" ".join(words[:HASH_WORDS]))[:16]


def cut(text, hash_, count):
    """The passage of `text` whose first words hash to hash_, or None."""
    spans = word_spans(text)
    words = [text[s:e] for s, e in spans]
    for i in range(len(words) - count + 1):
        if start_hash(words[i:i + HASH_WORDS]) == hash_:
            return text[spans[i][0]:spans[i + count - 1][1]]
    return None


def find_run(words, phrase, start=0):
    want = phrase.split()
    for i in range(start, len(words) - len(want) + 1):
        if words[i:i + len(want)] == want:
            return i
    return -1


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def known_urls(refs):
    """Every url already taken, with the sentence that says where: in this
    cache's collected batches or in the references."""
    urls = {}
    folder = os.path.join(cache_dir(), "collected")
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        for line in read(os.path.join(folder, name)).splitlines():
            fields = line.split("\t")
            if len(fields) > 1 and fields[0] != "id":
                urls[fields[1]] = f"already collected as {fields[0]}"
    for r in refs:
        urls[r["url"]] = f"already in the references as {r['id']}"
    return urls


def cmd_add(args):
    if args.genre not in GENRES:
        sys.exit(f"unknown genre '{args.genre}'; one of: {', '.join(GENRES)}")
    refs = read_refs(args.refs) if os.path.exists(args.refs) else []
    taken = known_urls(refs)
    if args.url in taken:
        sys.exit(f"{args.url} is {taken[args.url]}")
    # No site may be in both splits: a passage for one split refuses a site
    # of the other.
    other = "dev" if args.split == "test" else "test"
    if site_of(args.url) in {r["site"] for r in refs if r.get("split") == other}:
        sys.exit(f"{site_of(args.url)} is a site of the {other} split; take another site")
    text = read(args.excerpt)
    spans = word_spans(text)
    words = [text[s:e] for s, e in spans]
    first = find_run(words, args.start)
    if first < 0:
        sys.exit(f"start words not found in {args.excerpt}: {args.start!r}")
    end_words = args.end.split()
    last_start = find_run(words, args.end, first)
    if last_start < 0:
        sys.exit(f"end words not found after the start: {args.end!r}")
    last = last_start + len(end_words) - 1
    count = last - first + 1
    if not MIN_WORDS <= count <= MAX_WORDS:
        sys.exit(f"passage has {count} words; it must have {MIN_WORDS} to {MAX_WORDS}")
    hash_ = start_hash(words[first:first + HASH_WORDS])
    passage_id = "r" + sha(args.url + hash_)[:8]
    write(os.path.join(cache_dir(), "excerpts", url_key(args.url) + ".txt"), text)
    write(os.path.join(cache_dir(), "passages", passage_id + ".txt"),
          text[spans[first][0]:spans[last][1]] + "\n")
    row = [passage_id, args.url, site_of(args.url), args.genre, hash_, str(count)]
    batch = os.path.join(cache_dir(), "collected", args.batch + ".tsv")
    new = not os.path.exists(batch)
    os.makedirs(os.path.dirname(batch), exist_ok=True)
    with open(batch, "a", encoding="utf-8") as f:
        if new:
            f.write("id\turl\tsite\tgenre\thash\twords\n")
        f.write("\t".join(row) + "\n")
    print(f"{passage_id}\t{count} words\t{site_of(args.url)}")


def cmd_cut(args):
    passage = cut(read(args.excerpt), args.hash, args.words)
    if passage is None:
        sys.exit(f"no run of {args.words} words with hash {args.hash} in {args.excerpt}")
    print(passage)


def read_refs(path):
    """Rows of a refs file as dicts keyed by its '# '-prefixed header."""
    header, rows = None, []
    for line in read(path).splitlines():
        if line.startswith("# id\t"):
            header = line[2:].split("\t")
        elif line and not line.startswith("#"):
            if header is None:
                sys.exit(f"{path}: no '# id<TAB>…' header line before the rows")
            rows.append(dict(zip(header, line.split("\t"))))
    return rows


def passage_status(ref):
    """'ok', 'missing' or 'differs' for the cached text of one reference."""
    path = os.path.join(cache_dir(), "passages", ref["id"] + ".txt")
    excerpt = os.path.join(cache_dir(), "excerpts", url_key(ref["url"]) + ".txt")
    if not os.path.exists(path):
        if os.path.exists(excerpt):
            passage = cut(read(excerpt), ref["hash"], int(ref["words"]))
            if passage is not None:
                write(path, passage + "\n")
                return "ok"
        return "missing"
    words = read(path).split()
    if len(words) != int(ref["words"]) or start_hash(words) != ref["hash"]:
        return "differs"
    return "ok"


def cmd_check(args):
    rows = read_refs(args.refs)
    bad = 0
    for ref in rows:
        status = passage_status(ref)
        if status != "ok":
            bad += 1
            print(f"{ref['id']}\t{status}\t{ref['url']}")
    print(f"{len(rows) - bad} of {len(rows)} passages in {cache_dir()}", file=sys.stderr)
    return 1 if bad else 0


def slug_query(url):
    """Search words from a url's path: its longest segment, ids dropped."""
    parts = urllib.parse.urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    words = []
    for segment in sorted(segments, key=len, reverse=True)[:1]:
        segment = re.sub(r"\.(html?|php|aspx?)$", "", segment)
        words = [w for w in re.split(r"[-_+.~]+", urllib.parse.unquote(segment))
                 if w and not re.fullmatch(r"[0-9a-z]*[0-9][0-9a-z]*", w.lower())]
    if len(words) < 3:
        words = [site_of(url).split(".")[0]] + words
    return " ".join(words)


def cmd_refill(args):
    """Per missing passage: its split, where its excerpt goes, its url and a query."""
    rows = [r for r in read_refs(args.refs) if not args.split or r.get("split") == args.split]
    missing = [r for r in rows if passage_status(r) != "ok"]
    print("id\tsplit\texcerpt\turl\tquery")
    for r in missing:
        path = os.path.join(cache_dir(), "excerpts", url_key(r["url"]) + ".txt")
        print("\t".join([r["id"], r.get("split", "-"), path, r["url"], slug_query(r["url"])]))
    print(f"{len(missing)} of {len(rows)} passages to find again", file=sys.stderr)
    return 0


def cmd_export(args):
    """Labels files in wijzij eval's format, with paths into the cache."""
    rows = [r for r in read_refs(args.refs) if passage_status(r) == "ok"]
    folder = os.path.join(cache_dir(), "passages")
    fields = ["voice", "scheme", "column", "narratives", "axis", "intimidation",
              "split", "certain", "genre", "site"]
    lines = ["# path\t" + "\t".join(fields)]
    for r in rows:
        lines.append("\t".join([os.path.join(folder, r["id"] + ".txt")] +
                               [r.get(f, "-") for f in fields]))
    write(os.path.join(args.dir, "labels.tsv"), "\n".join(lines) + "\n")
    print(f"{len(rows)} passages -> {os.path.join(args.dir, 'labels.tsv')}")


def kappa(first, second):
    """Cohen's kappa of two readers' labels of the same passages."""
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second)) / n
    expected = sum(first.count(c) * second.count(c) for c in set(first)) / (n * n)
    return observed, (observed - expected) / (1 - expected) if expected < 1 else 1.0


def cmd_agreement(args):
    """Per label field: how often the two readers agree, and their kappa, on
    the passages the second reader labelled that are in the cache (the
    readers' agreement on the passages a figure is measured on)."""
    second = {r["id"]: r for r in read_refs(args.second)}
    rows = [r for r in read_refs(args.refs) if r["id"] in second and passage_status(r) == "ok"]
    if not rows:
        print("no passage of the second reader is in the cache", file=sys.stderr)
        return 1
    print(f"{len(rows)} passages labelled by both readers are in the cache")
    print("field\tagreement\tkappa")
    for field in LABEL_FIELDS:
        # Narratives are a set: the same narratives in any order agree.
        label = lambda r: ",".join(sorted(r.get(field, "-").split(",")))  # noqa: E731
        observed, k = kappa([label(r) for r in rows], [label(second[r["id"]]) for r in rows])
        print(f"{field}\t{observed:.2f}\t{k:.2f}")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="cut a passage from a saved excerpt and record it")
    add.add_argument("excerpt")
    add.add_argument("--url", required=True)
    add.add_argument("--genre", required=True)
    add.add_argument("--start", required=True, help="the passage's first words, as written")
    add.add_argument("--end", required=True, help="the passage's last words, as written")
    add.add_argument("--batch", required=True)
    add.add_argument("--split", choices=("dev", "test"), default="dev",
                     help="the split the passage is for; a site of the other is refused")
    add.add_argument("--refs", default=DEFAULT_REFS,
                     help="the references whose urls, and sites of the other split, are refused")
    c = sub.add_parser("cut", help="print the passage of an excerpt by hash and count")
    c.add_argument("excerpt")
    c.add_argument("--hash", required=True)
    c.add_argument("--words", type=int, required=True)
    check = sub.add_parser("check", help="report missing or changed cached passages")
    check.add_argument("refs", nargs="?", default=DEFAULT_REFS)
    export = sub.add_parser("export", help="write labels.tsv for wijzij eval")
    export.add_argument("refs", nargs="?", default=DEFAULT_REFS)
    export.add_argument("dir", nargs="?", default=cache_dir())
    refill = sub.add_parser("refill", help="list missing passages with a query to find each")
    refill.add_argument("refs", nargs="?", default=DEFAULT_REFS)
    refill.add_argument("--split", choices=("dev", "test"),
                        help="only this split (fill test first: its figures stay comparable)")
    agreement = sub.add_parser("agreement", help="the two readers' kappa on the cached passages")
    agreement.add_argument("refs", nargs="?", default=DEFAULT_REFS)
    agreement.add_argument("second", nargs="?", default=DEFAULT_SECOND)
    args = parser.parse_args()
    handler = {"add": cmd_add, "cut": cmd_cut, "check": cmd_check, "export": cmd_export,
               "refill": cmd_refill, "agreement": cmd_agreement}
    sys.exit(handler[args.command](args))


if __name__ == "__main__":
    main()
