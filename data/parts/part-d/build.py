#!/usr/bin/env python3
"""Build part-d of the Engage blog corpus (books, music, pets, science, cycling).

Reads the hand-written thread files src/<thread>.txt (post + hand-written comments) and the comments added in
corpus v2 (src/added.txt), then mixes in spam made from the hand-written variants in src/spam.txt and
low-relevance filler from the hand-written pool src/filler.txt; invented names, links, phone numbers and
e-mails come from data/tools/corpuskit.py. Writes posts.csv and comments.csv.

Thread file format:
    thread: <id>
    title: <title>
    spam: <number of generated spam comments to insert (v2 keeps 70%)>
    low: <number of generated filler comments to insert>
    ---
    <post text>
    ---
    >> g | author | author_url | author_email
    comment text (may span lines)
    >> l | ...      (hand-written low_relevance)
    >> s | ...      (hand-written spam)
"""
import glob
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import corpuskit as kit  # noqa: E402

PART = "part-d"
SPAM_SCALE = 0.7
LABELS = {"g": "genuine", "l": "low_relevance", "s": "spam"}
BLOG_AUTHORS = {"Maren Holt", "Theo Vasquez", "Priya Natarajan", "Alan Okafor", "Jess Lindqvist"}
CULTURES = {"us": 4, "uk": 4, "fr": 3, "it": 3, "pl": 2, "de": 2, "nl": 1, "nordic": 2, "es": 1, "latam": 1, "pt": 1,
            "ru": 1, "cz": 1, "gr": 1, "tr": 2, "in_n": 2, "in_s": 1, "in_e": 1, "pk_bd": 1, "ng": 2, "gh_ke": 2,
            "za_et": 1, "arab": 1, "fa": 1, "cn": 1, "jp": 1, "kr": 1, "vn": 1, "ph": 1, "id_my": 1, "th": 1, "il": 1}
GREETINGS = ["Hi {name},", "Hello {name}!", "Dear {name},", "Hi there!", "Hello all,", "Good evening,"]
SIGNOFFS = ["All the best,\n{me}", "Warmly,\n{me}", "{me}", "Cheers", "Thanks again!", "- {me}", "Best,\n{me}",
            "Happy reading!", "Ride safe!", "Take care,\n{me}"]
OPENERS = ["Lovely post.", "Great article!", "Thanks for writing this.", "Such a good read.", "Brilliant post!",
           "Really enjoyed this.", "Thank you!", "Fascinating stuff."]


def parse_thread(path):
    raw = open(path, encoding="utf-8").read().replace("\r\n", "\n")
    head, post, body = raw.split("\n---\n", 2)
    meta = dict((k.strip(), v.strip()) for k, v in (line.split(":", 1) for line in head.strip().splitlines()))
    comments, cur = [], None
    for line in body.split("\n"):
        m = re.match(r"^>> ([gls]) \|(.*)$", line)
        if m:
            parts = [p.strip() for p in m.group(2).split("|")] + ["", ""]
            cur = {"label": LABELS[m.group(1)], "author": parts[0], "author_url": parts[1],
                   "author_email": parts[2], "lines": []}
            comments.append(cur)
        elif cur is not None:
            cur["lines"].append(line)
    for c in comments:
        c["content"] = "\n".join(c.pop("lines")).strip("\n").rstrip()
    return meta, post.strip(), comments


def thread_files():
    return [p for p in sorted(glob.glob(os.path.join(SRC, "*.txt")))
            if open(p, encoding="utf-8").readline().startswith("thread:")]


def main():
    rng = random.Random("part-d/v2")
    part = kit.Part(rng, SRC, CULTURES, ["cyrillic", "greek", "armenian", "cherokee"],
                    ["math-bold-italic", "math-sans-bold", "fullwidth", "math-monospace"], GREETINGS, SIGNOFFS, OPENERS,
                    filler={"mention": 0.12, "email_share": 0.25, "url_share": 0.08},
                    people={"email_share": 0.33, "url_share": 0.09})
    posts, threads = [], []
    for path in thread_files():
        meta, post, comments = parse_thread(path)
        thread = meta["thread"]
        blogger = next((c["author"] for c in comments if c["author"] in BLOG_AUTHORS), "")
        part.add_hand_written(thread, comments)
        part.prepare(comments, BLOG_AUTHORS, 0.2, keep=0.25, name_share=0.4,
                     dress={"greet": 0.05, "sign": 0.06, "opener": 0.08, "lower": 0.08,
                            "addressee": blogger.split()[0] if blogger else ""})
        posts.append({"thread": thread, "title": meta["title"], "text": post})
        generated = ["spam"] * round(int(meta.get("spam", 0)) * SPAM_SCALE) + ["low"] * int(meta.get("low", 0))
        rng.shuffle(generated)
        seq = kit.interleave(rng, comments, generated, first_slot=0)
        out = part.fill(seq, part.context(thread, meta["title"], post, blogger),
                        spam_dress={"greet": 0.04, "sign": 0.06}, low_dress={"greet": 0.02, "sign": 0.03},
                        copy_share=0.09, skip=BLOG_AUTHORS)
        threads.append((thread, out))
    rows = kit.write_part(HERE, PART, posts, threads)
    print("%s: %d posts, %d comments, %d filler lines unused" % (PART, len(posts), len(rows), len(part.pool)))


if __name__ == "__main__":
    main()
