#!/usr/bin/env python3
"""Verify part-c CSVs: parse, thread refs, unique ids, valid labels, counts."""
import csv, collections, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ok = True
for fn in ("posts.csv", "comments.csv"):
    raw = open(os.path.join(HERE, fn), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        print("BOM in", fn); ok = False
    raw.decode("utf-8")
posts = list(csv.DictReader(open(os.path.join(HERE, "posts.csv"), encoding="utf-8", newline="")))
rows = list(csv.DictReader(open(os.path.join(HERE, "comments.csv"), encoding="utf-8", newline="")))
assert list(posts[0].keys()) == ["thread", "title", "text"]
assert list(rows[0].keys()) == ["id", "source", "thread", "author", "author_url", "author_email", "content", "label"]
threads = {p["thread"] for p in posts}
if len(threads) != len(posts): print("duplicate thread ids"); ok = False
ids = collections.Counter(r["id"] for r in rows)
dups = [i for i, n in ids.items() if n > 1]
if dups: print("duplicate ids", dups[:5]); ok = False
for r in rows:
    if r["thread"] not in threads: print("unknown thread", r["id"]); ok = False
    if r["label"] not in ("genuine", "low_relevance", "spam"): print("bad label", r["id"]); ok = False
    if r["source"] != "engage-blog-corpus": print("bad source", r["id"]); ok = False
    if not r["content"].strip() or not r["author"].strip(): print("empty field", r["id"]); ok = False
    if not r["id"].startswith(r["thread"] + "-"): print("id/thread mismatch", r["id"]); ok = False
# ids sequential per thread
by = collections.defaultdict(list)
for r in rows: by[r["thread"]].append(int(r["id"].rsplit("-", 1)[1]))
for t, ns in by.items():
    if ns != list(range(1, len(ns) + 1)): print("non-sequential ids", t); ok = False
for p in posts:
    wc = len(p["text"].split())
    if not 150 <= wc <= 600: print("post length", p["thread"], wc); ok = False
lab = collections.Counter(r["label"] for r in rows)
print("posts:", len(posts), "comments:", len(rows))
print("labels:", {k: (v, round(100 * v / len(rows), 1)) for k, v in lab.items()})
topic = collections.defaultdict(collections.Counter)
for r in rows: topic[r["thread"].split("-")[0]][r["label"]] += 1
for t, c in topic.items(): print("topic", t, sum(c.values()), dict(c))
for t in sorted(by): 
    c = collections.Counter(r["label"] for r in rows if r["thread"] == t)
    print("  ", t, len(by[t]), dict(c))
print("OK" if ok else "PROBLEMS FOUND")
sys.exit(0 if ok else 1)
