#!/usr/bin/env python3
"""Merges data/parts/*/{posts,comments}.csv into data/posts.csv and data/comments.csv.

Each part was written by one member of the team (see data/parts/*/NOTES.md); this script only
concatenates them in part order, checks ids and threads, and writes RFC 4180 CSV with CRLF records.
Standard library only: python3 data/tools/merge_parts.py
"""
import csv
import glob
import os
import sys
from collections import Counter

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
parts = sorted(glob.glob(os.path.join(root, "parts", "*", "comments.csv")))
if not parts:
    sys.exit("no parts found under data/parts/*/comments.csv")

post_fields = ["thread", "title", "text"]
comment_fields = ["id", "source", "thread", "author", "author_url", "author_email", "content", "label"]
posts, comments, threads, ids = [], [], set(), set()
for comments_path in parts:
    part = os.path.dirname(comments_path)
    with open(os.path.join(part, "posts.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["thread"] in threads:
                sys.exit(f"thread {row['thread']} appears in two parts")
            threads.add(row["thread"])
            posts.append({k: row.get(k, "") for k in post_fields})
    with open(comments_path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["id"] in ids:
                sys.exit(f"comment id {row['id']} appears twice")
            if row["thread"] not in threads:
                sys.exit(f"comment {row['id']} has unknown thread {row['thread']}")
            if row["label"] not in ("genuine", "low_relevance", "spam"):
                sys.exit(f"comment {row['id']} has label {row['label']!r}")
            ids.add(row["id"])
            comments.append({k: row.get(k, "") for k in comment_fields})

for name, fields, rows in (("posts.csv", post_fields, posts), ("comments.csv", comment_fields, comments)):
    with open(os.path.join(root, name), "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)

labels = Counter(c["label"] for c in comments)
print(f"{len(posts)} posts, {len(comments)} comments: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
