#!/usr/bin/env python3
"""Writes N labeled comments by cycling the public corpora in ../shared/data (or $ENGAGE_SHARED_DATA).

Usage: cycle-corpora.py ROWS OUT.csv

Every *.dedup.csv there (id,source,thread,author,content,label) is read, the rows are shuffled once with a fixed
seed, then repeated until ROWS are written; the k-th repetition gets ids 'k-<id>' and threads '<thread>#k', so each
copy is its own thread and folds by thread stay honest. The output is scratch data for timing: never commit it.
"""
import csv
import glob
import os
import random
import sys

def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    rows_wanted, out_path = int(sys.argv[1]), sys.argv[2]
    root = os.path.dirname(os.path.abspath(__file__))
    shared = os.environ.get("ENGAGE_SHARED_DATA") or os.path.join(root, "..", "..", "..", "shared", "data")
    files = sorted(glob.glob(os.path.join(shared, "*", "*.dedup.csv")))
    if not files:
        print(f"cycle-corpora: no public corpora found: expected */*.dedup.csv under {os.path.abspath(shared)} "
              "(../shared/data beside the repository root, or set ENGAGE_SHARED_DATA).", file=sys.stderr)
        return 1
    rows = []
    for path in files:
        with open(path, newline="", encoding="utf-8") as f:
            rows.extend(r for r in csv.DictReader(f) if r["content"].strip())
    random.Random(20261129).shuffle(rows)
    fields = ["id", "source", "thread", "author", "content", "label"]
    with open(out_path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for n in range(rows_wanted):
            k, row = divmod(n, len(rows))
            r = rows[row]
            writer.writerow({**r, "id": f"{k}-{r['id']}", "thread": f"{r['thread']}#{k}"})
    print(f"cycle-corpora: {rows_wanted} rows from {len(rows)} in {len(files)} corpora -> {out_path}", file=sys.stderr)
    return 0

if __name__ == "__main__":
    sys.exit(main())
