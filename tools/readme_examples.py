#!/usr/bin/env python3
"""The README's sample outputs, checked against the binary or rewritten by it.

A sample is a fenced block whose first line is `$ wijzij ARGS`; the rest of
the block is what the command prints, run from the repository root with no
config file and no colours. A sample that ends in a line `...` shows the
first lines of the output only.

    python3 tools/readme_examples.py check  build/wijzij   # exit 1 on a stale sample
    python3 tools/readme_examples.py update build/wijzij   # rewrite them in README.md
"""
import difflib
import os
import re
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = re.compile(r"^```\n\$ (wijzij [^\n]*)\n(.*?)^```$", re.M | re.S)


def output_of(binary, command):
    args = shlex.split(command)[1:]
    env = dict(os.environ, NO_COLOR="1")
    done = subprocess.run([binary, "--no-config", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)
    return done.stdout


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("check", "update"):
        sys.exit(__doc__)
    mode, binary = sys.argv[1], os.path.abspath(sys.argv[2])
    path = os.path.join(ROOT, "README.md")
    text = open(path, encoding="utf-8").read()
    stale = []

    def replace(match):
        command, shown = match.group(1), match.group(2)
        actual = output_of(binary, command)
        if shown.endswith("...\n"):
            keep = len(shown.splitlines()) - 1
            actual = "".join(actual.splitlines(True)[:keep]) + "...\n"
        if actual != shown:
            stale.append((command, shown, actual))
        return f"```\n$ {command}\n{actual}```"

    updated = SAMPLE.sub(replace, text)
    if mode == "update":
        open(path, "w", encoding="utf-8").write(updated)
        print(f"README.md: {len(stale)} sample(s) rewritten")
        return
    for command, shown, actual in stale[:5]:
        print(f"README.md: the sample of `{command}` differs from what it prints now:")
        sys.stdout.writelines(difflib.unified_diff(
            shown.splitlines(True), actual.splitlines(True), "README.md", "wijzij"))
    if stale:
        print("Rewrite them with: python3 tools/readme_examples.py update build/wijzij")
        sys.exit(1)


if __name__ == "__main__":
    main()
