#!/usr/bin/env python3
"""Builds posts.csv and comments.csv for part-e of the Engage blog corpus: technical blogs.

Hand-written (src/): one file per thread in src/threads/ (post, every genuine comment, the blogger's replies,
thread-specific low-relevance and spam comments), src/filler.txt (generic low-relevance lines, each used at most
once) and src/spam.txt (word lists and dozens of hand-written variants per spam style).
Generated here: the thread's remaining spam and filler (from those files), generated author names, e-mails and
homepages, and the interleaving. Deterministic: fixed seeds, so a rebuild gives byte-identical files.

Thread file format:
    thread: <topic>-<slug>
    title: ...
    blogger: <name>          blogger_url: <url>
    points: <phrase> | <phrase> | ...     (what the post is about, for topical spam)
    spam: <generated spam count>          low: <generated filler count>
    ---
    <post text>
    ---
    == g | author | author_url | author_email     genuine comment (text on the following lines)
    == a                                         the blogger's reply (genuine)
    == l | author | url | email                  low relevance
    == s | author | url | email                  spam
"""
import glob
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import corpuskit as kit  # noqa: E402

PART = "part-e"
TOPIC_WORDS = {"data": ["data analysis", "pandas", "R", "statistics"], "ops": ["DevOps", "Linux", "cloud", "servers"],
               "web": ["web development", "JavaScript", "front-end"], "dev": ["programming", "Python", "SQL", "Git"]}
CULTURES = {"in_n": 5, "in_s": 5, "in_e": 2, "pk_bd": 3, "ng": 3, "us": 4, "uk": 2, "de": 2, "fr": 1, "es": 1,
            "latam": 2, "pt": 2, "it": 1, "pl": 1, "ru": 1, "tr": 1, "arab": 2, "cn": 2, "jp": 1, "kr": 1, "vn": 1,
            "ph": 2, "id_my": 2, "gh_ke": 2, "za_et": 1, "nl": 1, "nordic": 1, "gr": 1, "fa": 1, "il": 1, "cz": 1}
LABELS = {"g": "genuine", "a": "genuine", "l": "low_relevance", "s": "spam"}
GREETINGS = ["Hi {name},", "Hello {name},", "Hello sir,", "Hi team,", "Dear {name},", "Hey,"]
SIGNOFFS = ["Thanks,\n{me}", "Regards,\n{me}", "Thanks & Regards\n{me}", "Cheers!", "- {me}", "Best regards", "{me}"]
OPENERS = ["Great post!", "Thanks for the article.", "Nice tutorial.", "Very helpful post."]


def parse_thread(path):
    raw = open(path, encoding="utf-8").read()
    head, post, body = raw.split("\n---\n", 2)
    meta = {}
    for line in head.strip().split("\n"):
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    comments, cur = [], None
    for line in body.split("\n"):
        m = re.match(r"^== ([glas])(?: \|(.*))?$", line)
        if m:
            fields = [f.strip() for f in (m.group(2) or "").split("|")] + ["", "", ""]
            if m.group(1) == "a":
                fields = [meta["blogger"], meta["blogger_url"], ""]
            cur = {"label": LABELS[m.group(1)], "author": fields[0], "author_url": fields[1],
                   "author_email": fields[2], "lines": [], "blogger": m.group(1) == "a"}
            comments.append(cur)
        elif cur is not None:
            cur["lines"].append(line)
    for c in comments:
        c["content"] = "\n".join(c.pop("lines")).strip()
        if not c["content"] or not c["author"]:
            raise SystemExit("empty comment or author in %s" % path)
    return meta, post.strip(), comments


def main():
    rng = random.Random("engage/part-e/v2")
    part = kit.Part(rng, os.path.join(HERE, "src"), CULTURES, ["cyrillic", "greek", "armenian", "cherokee"],
                    ["math-bold", "math-sans-bold", "math-monospace", "fullwidth", "math-bold-script"],
                    GREETINGS, SIGNOFFS, OPENERS, filler={"mention": 0.12, "url_share": 0.07, "email_share": 0.2},
                    people={"email_share": 0.3, "url_share": 0.12})
    posts, threads = [], []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "threads", "*.txt"))):
        meta, post, hand = parse_thread(path)
        thread, blogger = meta["thread"], meta["blogger"]
        posts.append({"thread": thread, "title": meta["title"], "text": post + "\n\n" + blogger})
        part.add_hand_written(thread, hand)
        part.prepare(hand, [blogger], 0.2, keep=0.45, name_share=0.4)
        ctx = part.context(thread, meta["title"], post, blogger, Title=meta["title"],
                           point=[p.strip() for p in meta["points"].split("|")],
                           topic_word=TOPIC_WORDS[thread.split("-")[0]],
                           codeline=[l.strip() for l in post.split("\n") if l.startswith("    ") and 8 < len(l.strip()) < 90]
                           or [meta["title"]])
        generated = ["spam"] * int(meta["spam"]) + ["low"] * int(meta["low"])
        rng.shuffle(generated)
        seq = kit.interleave(rng, hand, generated, first_slot=1)
        out = part.fill(seq, ctx, spam_dress={"greet": 0.05, "sign": 0.05, "addressee": "admin"},
                        low_dress={"greet": 0.02, "sign": 0.02}, copy_share=0.08, skip=(blogger,))
        threads.append((thread, out))
    rows = kit.write_part(HERE, PART, posts, threads)
    print("%s: %d posts, %d comments, %d filler lines unused" % (PART, len(posts), len(rows), len(part.pool)))


if __name__ == "__main__":
    main()
