#!/usr/bin/env python3
"""Verify part-b posts.csv / comments.csv and print counts."""
import csv, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ok = True
def read(name, header):
    global ok
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        print(name, "has BOM"); ok = False
    raw.decode("utf-8")
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    if rows[0] != header:
        print(name, "bad header", rows[0]); ok = False
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            print(name, "row", i, "has", len(r), "fields"); ok = False
    return [dict(zip(header, r)) for r in rows[1:]]
posts = read("posts.csv", ["thread", "title", "text"])
comments = read("comments.csv", ["id", "source", "thread", "author", "author_url", "author_email", "content", "label"])
threads = {p["thread"] for p in posts}
if len(threads) != len(posts): print("duplicate thread ids"); ok = False
for p in posts:
    n = len(p["text"].split())
    if not 150 <= n <= 600: print("post length", p["thread"], n); ok = False
ids = collections.Counter(c["id"] for c in comments)
for k, v in ids.items():
    if v > 1: print("duplicate id", k); ok = False
pos = collections.defaultdict(int)
for c in comments:
    if c["thread"] not in threads: print("unknown thread", c["id"]); ok = False
    if c["label"] not in ("genuine", "low_relevance", "spam"): print("bad label", c["id"]); ok = False
    if c["source"] != "engage-blog-corpus": print("bad source", c["id"]); ok = False
    if not c["content"].strip(): print("empty content", c["id"]); ok = False
    pos[c["thread"]] += 1
    if c["id"] != f'{c["thread"]}-{pos[c["thread"]]:03d}': print("id out of sequence", c["id"]); ok = False
lab = collections.Counter(c["label"] for c in comments)
print(f"posts: {len(posts)}  comments: {len(comments)}")
for l in ("genuine", "low_relevance", "spam"):
    print(f"  {l:14s} {lab[l]:5d}  {100*lab[l]/len(comments):5.1f}%")
print("per topic:")
bytopic = collections.defaultdict(collections.Counter)
for c in comments: bytopic[c["thread"].split("-")[0]][c["label"]] += 1
for t, cnt in bytopic.items():
    print(f"  {t:10s} total {sum(cnt.values()):4d}  genuine {cnt['genuine']:4d}  low {cnt['low_relevance']:4d}  spam {cnt['spam']:4d}")
print("per thread:")
byth = collections.defaultdict(collections.Counter)
for c in comments: byth[c["thread"]][c["label"]] += 1
for p in posts:
    cnt = byth[p["thread"]]
    print(f"  {p['thread']:40s} {sum(cnt.values()):3d}  g {cnt['genuine']:3d}  l {cnt['low_relevance']:3d}  s {cnt['spam']:3d}  words {len(p['text'].split())}")
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
