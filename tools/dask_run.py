#!/usr/bin/env python3
"""Runs wijzij over JSON Lines archives on a Dask cluster.

The inputs are cut into parts of about --blocksize bytes, always at a line
end; each Dask worker pipes its parts through
`wijzij -j 1 --input-format jsonl --format jsonl` and the result lines are
written to OUTPUT sorted by record id (records with the same id keep their
input order). The lines are written as wijzij printed them, except that
`path` names the line within its part (`-:17`), not within the file.

    dask_run.py --local 2 -o resultaten.jsonl build/wijzij teksten/*.jsonl
    dask_run.py --scheduler tcp://10.0.0.5:8786 -o resultaten.jsonl \\
        /usr/local/bin/wijzij /gedeeld/teksten/*.jsonl
    dask_run.py --local 2 -o tellingen.jsonl wijzij teksten.jsonl -- --format counts

Arguments after `--` go to wijzij. On a real cluster the wijzij binary and
the inputs must be at the same paths on every worker and on this machine
(which reads the file sizes to plan the parts); the results come back here
to be sorted, so they must fit in this machine's memory.

Exit status: 0, or 1 when a part reached wijzij's --fail-on policy; 2 when
wijzij failed on a part (a malformed record, an unreadable binary, a crash),
with its message, and then OUTPUT is not written.
"""

import argparse
import json
import logging
import os
import subprocess
import sys

import dask
from dask.bytes import read_bytes
from distributed import Client, LocalCluster, get_worker

# wijzij's exit statuses that still mean every record was analysed.
CLEAN, POLICY_REACHED = 0, 1


def parse_args():
    parser = argparse.ArgumentParser(
        description="Run wijzij over JSON Lines files on a Dask cluster.")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="address of a running Dask scheduler")
    where.add_argument("--local", metavar="N", type=int,
                       help="start a local cluster of N worker processes")
    parser.add_argument("-o", "--output", required=True,
                        help="file for the result lines, sorted by id")
    parser.add_argument("--blocksize", default="64 MiB",
                        help="bytes per part (default: 64 MiB)")
    parser.add_argument("wijzij", help="the wijzij binary")
    parser.add_argument("inputs", nargs="+", help="JSON Lines files")
    # Everything after `--` is for wijzij, not for argparse.
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    args = parser.parse_args(argv)
    if args.local is not None and args.local < 1:
        parser.error("--local needs at least 1 worker")
    args.wijzij_args = extra
    return args


def wijzij_command(binary, extra):
    # A path with a slash is made absolute, so workers started elsewhere find
    # it; a bare name is looked up in each worker's PATH.
    if os.sep in binary:
        binary = os.path.abspath(binary)
    return [binary, "-j", "1", "--input-format", "jsonl", "--format", "jsonl",
            *extra]


def run_part(block, command, label):
    """Pipes one part through wijzij on a worker.

    Returns (worker address, exit status, stdout, stderr). Raises with
    wijzij's own message when it failed, so the error reaches the client.
    """
    worker = get_worker().address
    if not block:
        return worker, CLEAN, b"", b""
    try:
        done = subprocess.run(command, input=block, capture_output=True,
                              check=False)
    except OSError as error:
        raise RuntimeError(f"{label}: cannot run {command[0]} on {worker}: "
                           f"{error}") from None
    if done.returncode not in (CLEAN, POLICY_REACHED):
        message = done.stderr.decode("utf-8", "replace").strip()
        raise RuntimeError(f"{label}: wijzij exited with status "
                           f"{done.returncode} on {worker} (line numbers count "
                           f"from the start of the part):\n{message}")
    return worker, done.returncode, done.stdout, done.stderr


def parts_of(inputs, blocksize, command):
    # read_bytes cuts each file after a newline near every blocksize bytes;
    # the parts are read on the workers, not here.
    _, blocks, paths = read_bytes(inputs, delimiter=b"\n", blocksize=blocksize,
                                  sample=False, include_path=True)
    parts = []
    for path, file_blocks in zip(paths, blocks):
        for i, block in enumerate(file_blocks):
            label = f"{path}, part {i + 1} of {len(file_blocks)}"
            parts.append(dask.delayed(run_part)(block, command, label))
    return parts


def id_order(line):
    # JSON ids may be numbers, strings or anything else; numbers sort by
    # value, then strings, then the rest by their JSON text.
    record_id = json.loads(line).get("id")
    if isinstance(record_id, (int, float)) and not isinstance(record_id, bool):
        return (0, record_id, "")
    if isinstance(record_id, str):
        return (1, 0, record_id)
    return (2, 0, json.dumps(record_id, sort_keys=True))


def start_client(args):
    """Returns (client, cluster); cluster is None for a running scheduler."""
    if args.local is None:
        return Client(args.scheduler), None
    # Processes, one thread each: a worker runs one wijzij at a time, as an
    # executor on a real cluster would. The workers' own logs are silenced:
    # a failed part is reported once, below, with wijzij's message.
    cluster = LocalCluster(n_workers=args.local, threads_per_worker=1,
                           processes=True, dashboard_address=None,
                           silence_logs=logging.CRITICAL)
    client = Client(cluster)
    client.wait_for_workers(args.local)
    return client, cluster


def main():
    args = parse_args()
    command = wijzij_command(args.wijzij, args.wijzij_args)
    try:
        client, cluster = start_client(args)
    except (OSError, TimeoutError) as error:
        print(f"dask_run.py: no Dask cluster: {error}", file=sys.stderr)
        return 2
    try:
        parts = parts_of(args.inputs, args.blocksize, command)
        results = client.gather(client.compute(parts))
    except (RuntimeError, OSError) as error:
        print(f"dask_run.py: {error}", file=sys.stderr)
        return 2
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    # wijzij's notes (such as where --fail-on was reached) still reach the user.
    for _, _, _, err in results:
        sys.stderr.buffer.write(err)
    sys.stderr.flush()
    lines = [line for _, _, out, _ in results for line in out.splitlines(True)]
    lines.sort(key=id_order)  # stable: equal ids keep their input order
    with open(args.output, "wb") as out:
        out.writelines(lines)
    workers = {worker for worker, _, _, _ in results}
    print(f"dask_run.py: {len(lines)} results from {len(parts)} parts on "
          f"{len(workers)} workers", file=sys.stderr)
    return max((status for _, status, _, _ in results), default=CLEAN)


if __name__ == "__main__":
    sys.exit(main())
