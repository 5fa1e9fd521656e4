#!/usr/bin/env python3
"""Builds posts.csv and comments.csv for part-a of the engage blog corpus (marketing, programming,
finance, photography, gadgets).

Hand-written, in src/: the posts, every genuine comment and the thread-specific low-relevance comments
(<topic>.txt), comments added in corpus v2 (added.txt), the generic low-relevance pool (filler.txt), what each
post is about (points.txt) and the spam: word lists and dozens of hand-written variants per style (spam.txt).
Generated here: which variants and filler lines go where, invented authors, links, phone numbers and e-mails
(data/tools/corpuskit.py), optional contact fields, greeting/sign-off lines, and the interleaving.
Deterministic: fixed seed.
"""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import corpuskit as kit  # noqa: E402

PART = "part-a"
TOPIC_FILES = ["finance.txt", "gadgets.txt", "marketing.txt", "photography.txt", "programming.txt"]
SPAM_SCALE = 0.7          # v2 keeps 70% of the v1 spam count per thread
CULTURES = {"us": 5, "uk": 3, "in_n": 4, "in_s": 3, "in_e": 1, "pk_bd": 2, "ng": 3, "gh_ke": 1, "ph": 2,
            "id_my": 1, "de": 2, "fr": 1, "es": 1, "latam": 2, "pt": 2, "it": 1, "pl": 1, "ru": 1, "arab": 1,
            "tr": 1, "cn": 1, "jp": 1, "kr": 1, "vn": 1, "nordic": 1, "nl": 1, "za_et": 1, "il": 1, "fa": 1}
GREETINGS = ["Hi {name},", "Hello {name},", "Hey {name}!", "Hi there,", "Hello,", "Good morning {name},", "Dear {name},"]
SIGNOFFS = ["Cheers,\n{me}", "Thanks,\n{me}", "Best,\n{me}", "- {me}", "Regards,\n{me}", "Thanks!", "Cheers!",
            "Kind regards", "Best regards,\n{me}", "{me}"]
OPENERS = ["Great post!", "Thanks for this.", "Really useful, thanks.", "Nice write-up.", "Thank you for sharing this.",
           "Good article.", "Love this post.", "Very helpful, thanks!", "Great read.", "Excellent post."]


# ---------------------------------------------------------------- parsing (part-a's own source format)
def parse_topic_file(path):
    threads, cur, mode = [], None, None
    for raw in open(path, encoding="utf-8").read().split("\n"):
        line = raw.rstrip()
        if line.startswith("### "):
            cur = {"thread": line[4:].strip(), "text": [], "comments": [], "spam": 0, "filler": 0, "blogger_url": ""}
            threads.append(cur)
            mode = "head"
            continue
        if cur is None:
            continue
        if mode == "head":
            if line.startswith("text:"):
                mode = "text"
            elif ":" in line:
                k, v = [x.strip() for x in line.split(":", 1)]
                cur[k] = int(v) if k in ("spam", "filler") else v
            continue
        if mode == "text":
            if line.strip() == "---":
                mode = "comments"
            else:
                cur["text"].append(line)
            continue
        if not line.strip():
            continue
        kind = line[:1]
        if kind == "a":
            content = line.split("|", 1)[1]
            cur["comments"].append({"author": cur["blogger"], "author_url": cur["blogger_url"], "author_email": "",
                                    "content": fix(content), "label": "genuine", "blogger": True})
        elif kind in "gl":
            parts = line.split("|", 4)
            if len(parts) != 5:
                raise SystemExit("bad line in %s: %r" % (path, line))
            _, author, url, email, content = [p.strip() for p in parts]
            cur["comments"].append({"author": author, "author_url": url, "author_email": email, "content": fix(content),
                                    "label": "genuine" if kind == "g" else "low_relevance"})
        else:
            raise SystemExit("bad line in %s: %r" % (path, line))
    for t in threads:
        t["body"] = re.sub(r"\n{3,}", "\n\n", "\n".join(t["text"]).strip())
    return threads


def fix(s):
    return s.strip().replace("\\n", "\n")


# ---------------------------------------------------------------- main
def main():
    rng = random.Random(20241123)
    part = kit.Part(rng, SRC, CULTURES, ["cyrillic", "greek", "armenian"], ["math-bold", "math-sans", "fullwidth"],
                    GREETINGS, SIGNOFFS, OPENERS, filler={"mention": 0.14}, people={"email_share": 0.22, "url_share": 0.08})
    posts, threads = [], []
    for f in TOPIC_FILES:
        for t in parse_topic_file(os.path.join(SRC, f)):
            thread, blogger_first = t["thread"], t["blogger"].split()[0]
            hand = t["comments"]
            part.add_hand_written(thread, hand)
            part.prepare(hand, [t["blogger"]], 0.2, keep=0.25, name_share=0.45,
                         dress={"greet": 0.05, "sign": 0.05, "opener": 0.08, "addressee": blogger_first, "lower": 0.08})
            generated = ["spam"] * round(t["spam"] * SPAM_SCALE) + ["low"] * t["filler"]
            rng.shuffle(generated)
            seq = kit.interleave(rng, hand, generated, first_slot=1 if rng.random() < 0.7 else 0)
            out = part.fill(seq, part.context(thread, t["title"], t["body"], t["blogger"]),
                            spam_dress={"greet": 0.05, "sign": 0.06, "addressee": "admin"},
                            low_dress={"greet": 0.02, "sign": 0.03})
            posts.append({"thread": thread, "title": t["title"], "text": t["body"]})
            threads.append((thread, out))
    rows = kit.write_part(HERE, PART, posts, threads)
    print("%s: %d posts, %d comments, %d filler lines unused" % (PART, len(posts), len(rows), len(part.pool)))


if __name__ == "__main__":
    main()
