#!/usr/bin/env python3
"""Build part-b of the Engage.Classifier blog-comment corpus.

Reads the hand-written posts and comments in src/*.txt, then fills every
thread up to its #SPAM / #LOW targets with generated spam and low-relevance
filler (templates, spintax and word lists in spamgen.py / fillergen.py), and
writes posts.csv and comments.csv.

Source format (src/<topic>.txt):
  #THREAD slug / #TITLE ... / #AUTHOR ... / #SPAM n / #LOW n / #POST <text> / #COMMENTS
  "> author | url | email"   starts a hand-written genuine comment
  ">L author | url | email"  starts a hand-written low_relevance comment
  ">S author | url | email"  starts a hand-written spam comment
Everything up to the next marker is the comment text.

Deterministic: fixed random seed, so re-running gives identical files.
"""
import csv
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import spamgen  # noqa: E402
import fillergen  # noqa: E402

SOURCE = "engage-blog-corpus"
TOPIC_FILES = ["cooking.txt", "gardening.txt", "parenting.txt", "fitness.txt"]
BLOG_URL = {"cooking": "https://flourandsteam.example/", "gardening": "https://balconytobed.example/",
            "parenting": "https://smallhumansbigfeelings.example/", "fitness": "https://milesandplates.example/"}


def add_contact_details(rng, th, topic):
    """Blog-author replies carry the blog's URL and email (as a blog engine
    would record them); some other hand-written commenters left an email."""
    host = BLOG_URL[topic].split("//")[1].strip("/")
    for c in th["comments"]:
        if c["author"] == th["author"]:
            c["author_url"] = BLOG_URL[topic]
            c["author_email"] = th["author"].split()[0].lower() + "@" + host
        elif c["label"] == "genuine" and not c["author_email"] and rng.random() < 0.18:
            local = re.sub(r"[^a-z0-9]+", rng.choice([".", "_", ""]), c["author"].lower()).strip("._")
            if rng.random() < 0.4:
                local += str(rng.randint(1, 99))
            c["author_email"] = f"{local}@{rng.choice(spamgen.MAIL_DOMAINS)}"


def parse(path):
    threads = []
    cur = None
    mode = None
    buf = []
    comment = None

    def flush_comment():
        nonlocal comment, buf
        if comment is not None:
            comment["content"] = "\n".join(buf).strip("\n").rstrip()
            cur["comments"].append(comment)
        comment = None
        buf = []

    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("#BLOG"):
                continue
            if line.startswith("#THREAD "):
                if cur is not None:
                    flush_comment()
                cur = {"thread": line.split(None, 1)[1].strip(), "comments": [], "post": ""}
                threads.append(cur)
                mode = None
                continue
            if cur is None:
                continue
            if mode != "comments" and line.startswith("#TITLE "):
                cur["title"] = line[7:].strip()
                continue
            if mode != "comments" and line.startswith("#AUTHOR "):
                cur["author"] = line[8:].strip()
                continue
            if mode != "comments" and line.startswith("#SPAM "):
                cur["spam"] = int(line[6:])
                continue
            if mode != "comments" and line.startswith("#LOW "):
                cur["low"] = int(line[5:])
                continue
            if line == "#POST":
                mode = "post"
                buf = []
                continue
            if line == "#COMMENTS":
                cur["post"] = "\n".join(buf).strip()
                buf = []
                mode = "comments"
                continue
            if mode == "post":
                buf.append(line)
                continue
            if mode == "comments":
                label = None
                if line.startswith("> "):
                    label, rest = "genuine", line[2:]
                elif line.startswith(">L "):
                    label, rest = "low_relevance", line[3:]
                elif line.startswith(">S "):
                    label, rest = "spam", line[3:]
                if label:
                    flush_comment()
                    parts = [p.strip() for p in rest.split("|")]
                    parts += [""] * (3 - len(parts))
                    comment = {"author": parts[0], "author_url": parts[1],
                               "author_email": parts[2], "label": label, "hand": True}
                    buf = []
                else:
                    buf.append(line)
        if cur is not None:
            flush_comment()
    return threads


def topic_of(slug):
    return slug.split("-", 1)[0]


def build():
    rng = random.Random(20240611)
    posts_rows = []
    comment_rows = []
    used_texts = set()
    sgen = spamgen.SpamGen(rng, used_texts)
    fgen = fillergen.FillerGen(rng, used_texts)

    for fname in TOPIC_FILES:
        for th in parse(os.path.join(HERE, "src", fname)):
            slug = th["thread"]
            topic = topic_of(slug)
            posts_rows.append({"thread": slug, "title": th["title"],
                               "text": th["post"] + "\n\n- " + th["author"]})
            add_contact_details(rng, th, topic)
            hand = th["comments"]
            for c in hand:
                used_texts.add(c["content"].lower())
            n_hand_low = sum(1 for c in hand if c["label"] == "low_relevance")
            n_hand_spam = sum(1 for c in hand if c["label"] == "spam")
            n_gen_low = max(0, th["low"] - n_hand_low)
            n_gen_spam = max(0, th["spam"] - n_hand_spam)
            n_genuine = sum(1 for c in hand if c["label"] == "genuine")

            # spam-swamped threads: part of the spam arrives after the
            # conversation has died down (old posts keep collecting spam)
            tail_spam = 0
            if n_gen_spam > n_genuine:
                tail_spam = int(n_gen_spam * 0.4)
            gen = ["spam"] * (n_gen_spam - tail_spam) + ["low"] * n_gen_low
            rng.shuffle(gen)
            # random order-preserving interleave of hand-written and generated
            seq = []
            hi, gi = 0, 0
            while hi < len(hand) or gi < len(gen):
                rem_h, rem_g = len(hand) - hi, len(gen) - gi
                if rng.random() < rem_h / (rem_h + rem_g):
                    seq.append(hand[hi]); hi += 1
                else:
                    seq.append(gen[gi]); gi += 1
            seq += ["spam"] * tail_spam

            out = []
            for item in seq:
                if item == "spam":
                    c = sgen.make(topic, th, out)
                    c["label"] = "spam"
                elif item == "low":
                    c = fgen.make(topic, th, out)
                    c["label"] = "low_relevance"
                else:
                    c = item
                out.append(c)

            for i, c in enumerate(out, 1):
                comment_rows.append({
                    "id": f"{slug}-{i:03d}",
                    "source": SOURCE,
                    "thread": slug,
                    "author": c["author"],
                    "author_url": c.get("author_url", ""),
                    "author_email": c.get("author_email", ""),
                    "content": c["content"],
                    "label": c["label"],
                })

    with open(os.path.join(HERE, "posts.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["thread", "title", "text"],
                           quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writeheader()
        w.writerows(posts_rows)
    with open(os.path.join(HERE, "comments.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "source", "thread", "author", "author_url",
                                           "author_email", "content", "label"],
                           quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writeheader()
        w.writerows(comment_rows)
    print(f"wrote {len(posts_rows)} posts, {len(comment_rows)} comments")


if __name__ == "__main__":
    build()
