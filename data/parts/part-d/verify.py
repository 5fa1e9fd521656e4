#!/usr/bin/env python3
"""Check posts.csv / comments.csv of part-d and print counts."""
import csv, collections, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ok = True
def fail(msg):
    global ok; ok = False; print("FAIL:", msg)
for name in ("posts.csv", "comments.csv"):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): fail(f"{name} has BOM")
    raw.decode("utf-8")
posts = list(csv.DictReader(open(os.path.join(HERE, "posts.csv"), encoding="utf-8", newline="")))
rows = list(csv.DictReader(open(os.path.join(HERE, "comments.csv"), encoding="utf-8", newline="")))
threads = {p["thread"] for p in posts}
if len(threads) != len(posts): fail("duplicate thread ids")
for p in posts:
    n = len(p["text"].split())
    if not 150 <= n <= 600: fail(f"{p['thread']} has {n} words")
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids): fail("duplicate comment ids")
seen = collections.Counter()
for r in rows:
    if set(r) != {"id", "source", "thread", "author", "author_url", "author_email", "content", "label"}: fail("bad columns")
    if r["thread"] not in threads: fail(f"unknown thread {r['thread']}")
    if r["label"] not in ("genuine", "low_relevance", "spam"): fail(f"bad label {r['id']}")
    if r["source"] != "engage-blog-corpus": fail(f"bad source {r['id']}")
    seen[r["thread"]] += 1
    if r["id"] != f"{r['thread']}-{seen[r['thread']]:03d}": fail(f"id out of order {r['id']}")
    if not r["content"].strip(): fail(f"empty content {r['id']}")
# every domain-looking token must use a reserved TLD (.example/.test/.invalid)
for r in rows:
    text = r["content"] + " " + r["author_url"] + " " + r["author_email"]
    for u in re.findall(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|info|biz|us|uk|in|ru|xyz|online|shop|store|blog|me)(?![\w.-])", text, re.I):
        fail(f"non-reserved domain {u!r} in {r['id']}")
lab = collections.Counter(r["label"] for r in rows)
print(f"posts: {len(posts)}  comments: {len(rows)}")
print("labels:", {k: f"{v} ({v/len(rows):.1%})" for k, v in lab.items()})
bytopic = collections.defaultdict(collections.Counter)
for r in rows: bytopic[r["thread"].split("-")[0]][r["label"]] += 1
for t, c in sorted(bytopic.items()):
    print(f"  {t:8s} posts={sum(1 for p in posts if p['thread'].startswith(t+'-'))} total={sum(c.values())} " + " ".join(f"{k}={c[k]}" for k in ("genuine", "low_relevance", "spam")))
per = collections.defaultdict(collections.Counter)
for r in rows: per[r["thread"]][r["label"]] += 1
for t in sorted(per, key=lambda t: sum(per[t].values())):
    c = per[t]; n = sum(c.values())
    print(f"  {t:40s} {n:3d}  g={c['genuine']:2d} l={c['low_relevance']:2d} s={c['spam']:2d} ({c['spam']/n:.0%} spam)")
print("OK" if ok else "ERRORS")
sys.exit(0 if ok else 1)
