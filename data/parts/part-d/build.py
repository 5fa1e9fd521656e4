#!/usr/bin/env python3
"""Build part-d of the Engage blog corpus.

Reads hand-written thread files from src/*.txt (post + hand-written comments)
and mixes in generated spam and low-relevance filler (see spamgen.py),
then writes posts.csv and comments.csv.

Thread file format:
    thread: <id>
    title: <title>
    spam: <number of generated spam comments to insert>
    low: <number of generated filler comments to insert>
    ---
    <post text>
    ---
    >> g | author | author_url | author_email
    comment text (may span lines)
    >> l | ...      (hand-written low_relevance)
    >> s | ...      (hand-written spam)
"""
import csv, glob, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import spamgen

LABELS = {"g": "genuine", "l": "low_relevance", "s": "spam"}
BLOG_AUTHORS = {"Maren Holt", "Theo Vasquez", "Priya Natarajan", "Alan Okafor", "Jess Lindqvist"}
MAIL_DOMAINS = ["mailbox.example", "fastmail.test", "inboxly.example", "postbox.test", "qmail.example",
                "webpost.invalid", "gmaill.test", "hotmale.example"]


def person_fields(c):
    """Deterministically give some hand-written genuine commenters an e-mail
    address and/or a personal site (same name -> same values everywhere)."""
    if c["label"] != "genuine" or c["author"] in BLOG_AUTHORS:
        return
    h = random.Random("who/" + c["author"])
    local = re.sub(r"[^a-z0-9._]", "", c["author"].lower().replace(" ", h.choice([".", "_", ""])).strip("._")) or "reader"
    if not c["author_email"] and h.random() < 0.33:
        c["author_email"] = local + (str(h.randint(1, 99)) if h.random() < 0.4 else "") + "@" + h.choice(MAIL_DOMAINS)
    if not c["author_url"] and h.random() < 0.09:
        c["author_url"] = "https://" + local.replace(".", "").replace("_", "") + h.choice([".example", "-notes.example", ".test", "blog.example"])


def parse_thread(path):
    raw = open(path, encoding="utf-8").read().replace("\r\n", "\n")
    head, post, body = raw.split("\n---\n", 2)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    comments = []
    cur = None
    for line in body.split("\n"):
        m = re.match(r"^>> ([gls]) \|(.*)$", line)
        if m:
            if cur:
                comments.append(cur)
            parts = [p.strip() for p in m.group(2).split("|")]
            parts += [""] * (3 - len(parts))
            cur = {"label": LABELS[m.group(1)], "author": parts[0],
                   "author_url": parts[1], "author_email": parts[2], "lines": []}
        elif cur is not None:
            cur["lines"].append(line)
    if cur:
        comments.append(cur)
    for c in comments:
        c["content"] = "\n".join(c.pop("lines")).strip("\n").rstrip()
        person_fields(c)
    return meta, post.strip(), comments


def main():
    files = sorted(glob.glob(os.path.join(HERE, "src", "*.txt")))
    posts, rows = [], []
    for i, path in enumerate(files):
        meta, post, comments = parse_thread(path)
        thread = meta["thread"]
        rng = random.Random(f"part-d/{thread}")
        topic = thread.split("-")[0]
        posts.append((thread, meta["title"], post))
        gen = []
        for _ in range(int(meta.get("spam", 0))):
            gen.append(spamgen.make_spam(rng, topic, post, meta["title"]))
        for _ in range(int(meta.get("low", 0))):
            gen.append("FILLER")
        rng.shuffle(gen)
        # insert generated rows at random positions between hand-written ones
        seq = list(comments)
        for g in gen:
            pos = rng.randint(0, len(seq))
            if g == "FILLER":
                earlier = seq[:pos]
                g = spamgen.make_filler(rng, topic, earlier)
            seq.insert(pos, g)
        for n, c in enumerate(seq, 1):
            rows.append([f"{thread}-{n:03d}", "engage-blog-corpus", thread,
                         c["author"], c["author_url"], c["author_email"],
                         c["content"], c["label"]])
    with open(os.path.join(HERE, "posts.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["thread", "title", "text"])
        w.writerows(posts)
    with open(os.path.join(HERE, "comments.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["id", "source", "thread", "author", "author_url",
                    "author_email", "content", "label"])
        w.writerows(rows)
    print(f"{len(posts)} posts, {len(rows)} comments")


if __name__ == "__main__":
    main()
