#!/usr/bin/env python3
"""Checks posts.csv / comments.csv of part-a and prints counts."""
import csv, os, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
ok = True
def fail(msg):
    global ok; ok = False; print("ERROR:", msg)
for name in ("posts.csv", "comments.csv"):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): fail(name + " has BOM")
    raw.decode("utf-8")
with open(os.path.join(HERE, "posts.csv"), encoding="utf-8", newline="") as fh:
    r = csv.reader(fh); hdr = next(r); posts = list(r)
if hdr != ["thread", "title", "text"]: fail("posts header %r" % hdr)
threads = {}
for p in posts:
    if len(p) != 3: fail("posts row width %d" % len(p))
    if p[0] in threads: fail("dup thread " + p[0])
    threads[p[0]] = p
    n = len(p[2].split())
    if not 150 <= n <= 600: fail("post %s has %d words" % (p[0], n))
with open(os.path.join(HERE, "comments.csv"), encoding="utf-8", newline="") as fh:
    r = csv.reader(fh); hdr = next(r); rows = list(r)
if hdr != ["id", "source", "thread", "author", "author_url", "author_email", "content", "label"]: fail("comments header %r" % hdr)
ids = set(); per_thread = defaultdict(Counter); labels = Counter(); topic = defaultdict(Counter)
expect_n = defaultdict(int)
for row in rows:
    if len(row) != 8: fail("row width %d: %r" % (len(row), row[:1])); continue
    cid, src, th, au, url, em, content, lab = row
    if cid in ids: fail("dup id " + cid)
    ids.add(cid)
    if src != "engage-blog-corpus": fail("source " + src)
    if th not in threads: fail("unknown thread " + th)
    expect_n[th] += 1
    if cid != "%s-%03d" % (th, expect_n[th]): fail("id out of order " + cid)
    if lab not in ("genuine", "low_relevance", "spam"): fail("label " + lab)
    if not content.strip(): fail("empty content " + cid)
    if not au.strip(): fail("empty author " + cid)
    per_thread[th][lab] += 1; labels[lab] += 1; topic[th.split("-")[0]][lab] += 1
print("posts:", len(posts), " comments:", len(rows))
tot = sum(labels.values())
for k in ("genuine", "low_relevance", "spam"):
    print("  %-14s %4d  %.1f%%" % (k, labels[k], 100.0 * labels[k] / tot))
print("per topic:")
for t, c in topic.items():
    print("  %-12s posts=%d total=%4d genuine=%3d low=%3d spam=%3d" % (t, sum(1 for p in threads if p.startswith(t + "-")), sum(c.values()), c["genuine"], c["low_relevance"], c["spam"]))
print("per thread:")
for th in threads:
    c = per_thread[th]; n = sum(c.values())
    print("  %-42s n=%3d g=%3d l=%3d s=%3d spam%%=%3.0f" % (th, n, c["genuine"], c["low_relevance"], c["spam"], 100.0 * c["spam"] / max(n, 1)))
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
