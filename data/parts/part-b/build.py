#!/usr/bin/env python3
"""Build part-b of the Engage.Classifier blog-comment corpus (cooking, gardening, parenting, fitness).

Reads the hand-written posts and comments in src/<topic>.txt and the comments added in corpus v2
(src/added.txt), then fills every thread up to its #SPAM / #LOW targets: spam from the hand-written variants
in src/spam.txt, filler from the hand-written pool src/filler.txt. Invented names, links, phone numbers and
e-mails come from data/tools/corpuskit.py. Writes posts.csv and comments.csv.

Source format (src/<topic>.txt):
  #THREAD slug / #TITLE ... / #AUTHOR ... / #SPAM n / #LOW n / #POST <text> / #COMMENTS
  "> author | url | email"   starts a hand-written genuine comment
  ">L author | url | email"  starts a hand-written low_relevance comment
  ">S author | url | email"  starts a hand-written spam comment
Everything up to the next marker is the comment text.

Deterministic: fixed random seed, so re-running gives identical files.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import corpuskit as kit  # noqa: E402

PART = "part-b"
TOPIC_FILES = ["cooking.txt", "gardening.txt", "parenting.txt", "fitness.txt"]
SPAM_SCALE = 0.7          # v2 keeps 70% of the v1 spam count per thread
BLOG_URL = {"cooking": "https://flourandsteam.com/", "gardening": "https://balconytobed.co.uk/",
            "parenting": "https://smallhumansbigfeelings.com/", "fitness": "https://milesandplates.ie/"}
CULTURES = {"us": 4, "uk": 4, "ng": 3, "gh_ke": 2, "ph": 3, "in_n": 2, "in_s": 2, "pk_bd": 1, "latam": 3, "es": 2,
            "pt": 3, "de": 2, "fr": 2, "it": 2, "nl": 1, "nordic": 2, "pl": 1, "ru": 1, "tr": 1, "arab": 1, "za_et": 2,
            "id_my": 1, "cn": 1, "jp": 1, "kr": 1, "vn": 1, "gr": 1, "il": 1}
GREETINGS = ["Hi {name}!", "Hello {name},", "Hey {name} 👋", "Hi lovely,", "Hiya,", "Hello everyone,", "Dear {name},"]
SIGNOFFS = ["xx {me}", "Love,\n{me}", "Thanks!\n{me}", "{me} x", "Cheers!", "Hugs,\n{me}", "Thank you! 💕", "— {me}",
            "Best wishes,\n{me}", "{me} from Leeds"]
OPENERS = ["Love this!", "Great post!", "Thank you for this!", "Such a helpful post.", "Lovely read.", "Thanks so much!",
           "Brilliant post.", "This is great.", "Really enjoyed this."]


def parse(path):
    threads, cur, mode, buf, comment = [], None, None, [], None

    def flush_comment():
        nonlocal comment, buf
        if comment is not None:
            comment["content"] = "\n".join(buf).strip("\n").rstrip()
            cur["comments"].append(comment)
        comment, buf = None, []

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
            if mode != "comments":
                for key, tag in (("title", "#TITLE "), ("author", "#AUTHOR ")):
                    if line.startswith(tag):
                        cur[key] = line[len(tag):].strip()
                if line.startswith("#SPAM "):
                    cur["spam"] = int(line[6:])
                if line.startswith("#LOW "):
                    cur["low"] = int(line[5:])
                if line.startswith(("#TITLE ", "#AUTHOR ", "#SPAM ", "#LOW ")):
                    continue
            if line == "#POST":
                mode, buf = "post", []
                continue
            if line == "#COMMENTS":
                cur["post"] = "\n".join(buf).strip()
                buf, mode = [], "comments"
                continue
            if mode == "post":
                buf.append(line)
                continue
            if mode == "comments":
                label = None
                for tag, lab in (("> ", "genuine"), (">L ", "low_relevance"), (">S ", "spam")):
                    if line.startswith(tag):
                        label, rest = lab, line[len(tag):]
                if label:
                    flush_comment()
                    parts = [p.strip() for p in rest.split("|")] + ["", ""]
                    comment = {"author": parts[0], "author_url": parts[1], "author_email": parts[2], "label": label}
                    buf = []
                else:
                    buf.append(line)
        if cur is not None:
            flush_comment()
    return threads


def build():
    rng = random.Random(20240611)
    part = kit.Part(rng, SRC, CULTURES, ["cyrillic", "greek", "cherokee"], ["math-bold-script", "math-sans-italic", "fullwidth"],
                    GREETINGS, SIGNOFFS, OPENERS, filler={"mention": 0.1, "email_share": 0.25},
                    people={"email_share": 0.18, "url_share": 0.06})
    posts, threads = [], []
    for fname in TOPIC_FILES:
        for th in parse(os.path.join(SRC, fname)):
            slug, topic, author = th["thread"], th["thread"].split("-", 1)[0], th["author"]
            posts.append({"thread": slug, "title": th["title"], "text": th["post"] + "\n\n- " + author})
            hand = th["comments"]
            part.add_hand_written(slug, hand)
            host = BLOG_URL[topic].split("//")[1].strip("/")

            def blog_contact(c):
                c["author_url"] = BLOG_URL[topic]
                c["author_email"] = author.split()[0].lower() + "@" + host

            part.prepare(hand, [author], 0.2, keep=0.25, name_share=0.5, on_blogger=blog_contact,
                         dress={"greet": 0.06, "sign": 0.07, "opener": 0.1, "addressee": author.split()[0], "lower": 0.08})
            n_gen_spam = max(0, round(th["spam"] * SPAM_SCALE) - sum(c["label"] == "spam" for c in hand))
            n_gen_low = max(0, th["low"] - sum(c["label"] == "low_relevance" for c in hand))
            n_genuine = sum(c["label"] == "genuine" for c in hand)
            # spam-swamped threads: part of the spam arrives after the conversation has died down
            tail = int(n_gen_spam * 0.4) if n_gen_spam > n_genuine else 0
            generated = ["spam"] * (n_gen_spam - tail) + ["low"] * n_gen_low
            rng.shuffle(generated)
            seq = kit.interleave(rng, hand, generated, first_slot=1) + ["spam"] * tail
            out = part.fill(seq, part.context(slug, th["title"], th["post"], author),
                            spam_dress={"greet": 0.04, "sign": 0.07, "addressee": author.split()[0]},
                            low_dress={"greet": 0.03, "sign": 0.04}, copy_share=0.08, skip=(author,), echo=True)
            threads.append((slug, out))
    rows = kit.write_part(HERE, PART, posts, threads)
    print("%s: %d posts, %d comments, %d filler lines unused" % (PART, len(posts), len(rows), len(part.pool)))


if __name__ == "__main__":
    build()
