#!/usr/bin/env python3
"""Build posts.csv and comments.csv for corpus part C (travel, gaming, local news, DIY).

Hand-written sources (src/):
  travel.txt, gaming.txt, localnews.txt, diy.txt  posts + genuine conversation (in order)
  extra.txt            more genuine comments, appended to the threads
  added.txt            comments added in corpus v2 (new kinds: thanks to the author, permission requests, ...)
  offtopic.txt         hand-written low-relevance chatter per thread (placed at random positions)
  filler.txt           pool of generic low-relevance comments (each used at most once)
  spam_by_thread.txt   hand-written topical spam per thread
  spam.txt             word lists and dozens of hand-written variants per spam style
  points.txt           what each post is about, for topical spam
Generated here: the rest of the spam and filler (from those files), near-copy filler, invented names, links,
phone numbers and e-mails (data/tools/corpuskit.py), e-mails/URLs for some genuine commenters, and the
interleaving. Deterministic (fixed seed).
"""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import corpuskit as kit  # noqa: E402

R = random.Random(7321)
PART = "part-c"
SPAM_SCALE = 0.7          # v2 keeps 70% of the v1 spam count per thread

# thread -> (low_relevance target, spam target); genuine count comes from the sources
PLAN = {
    "travel-night-trains-europe": (12, 36),
    "travel-hostel-red-flags": (9, 22),
    "travel-lisbon-on-40-a-day": (8, 34),
    "travel-carry-on-only-packing": (6, 13),
    "travel-vietnam-sleeper-bus": (5, 10),
    "travel-insurance-claim-guatemala": (2, 8),
    "gaming-steam-deck-one-year": (14, 33),
    "gaming-backlog-confession": (10, 17),
    "gaming-budget-gpu-1080p": (8, 42),
    "gaming-souls-like-difficulty": (9, 14),
    "gaming-retro-crt-setup": (4, 2),
    "localnews-council-parking-meters": (15, 30),
    "localnews-library-renovation": (5, 6),
    "localnews-river-cleanup-day": (6, 25),
    "localnews-school-bus-route-cuts": (8, 22),
    "localnews-farmers-market-moves": (4, 4),
    "diy-regrout-shower-tile": (10, 38),
    "diy-deck-stain-mistakes": (7, 20),
    "diy-replace-toilet-fill-valve": (9, 52),
    "diy-drywall-patch-doorknob-hole": (5, 12),
    "diy-insulating-attic-hatch": (3, 1),
}
TOPIC_FILES = ["travel.txt", "gaming.txt", "localnews.txt", "diy.txt"]


# ---------------------------------------------------------------- parsing
def parse_comment_block(lines, label):
    out = []
    cur = None
    for ln in lines:
        if ln.startswith("~~ "):
            if cur:
                out.append(cur)
            head = ln[3:]
            lab = label
            m = re.match(r"\[(L|S)\]\s*", head)
            if m:
                lab = {"L": "low_relevance", "S": "spam"}[m.group(1)]
                head = head[m.end():]
            parts = [p.strip() for p in head.split("|")] + ["", ""]
            cur = {"author": parts[0], "author_url": parts[1], "author_email": parts[2],
                   "lines": [], "label": lab}
        elif cur is not None:
            cur["lines"].append(ln)
    if cur:
        out.append(cur)
    for c in out:
        c["content"] = "\n".join(c.pop("lines")).strip("\n")
    return out


def parse_sections(path):
    """Return list of (kind, name, lines)."""
    secs = []
    kind = name = None
    buf = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            ln = raw.rstrip("\n")
            m = re.match(r"^=== (POST|COMMENTS) (\S+)$", ln) or re.match(r"^=== (\S+)$", ln)
            if m:
                if kind is not None or name is not None:
                    secs.append((kind, name, buf))
                if len(m.groups()) == 2:
                    kind, name = m.group(1), m.group(2)
                else:
                    kind, name = "THREAD", m.group(1)
                buf = []
            else:
                buf.append(ln)
    if name is not None:
        secs.append((kind, name, buf))
    return secs


posts = {}      # thread -> dict(title, author, text, topic)
order = []
genuine = {}    # thread -> list of comments
for fn in TOPIC_FILES:
    topic = fn[:-4]
    for kind, name, lines in parse_sections(os.path.join(SRC, fn)):
        if kind == "POST":
            author = lines[0].split(":", 1)[1].strip()
            title = lines[1].split(":", 1)[1].strip()
            body = "\n".join(lines[2:]).strip()
            paras = [p.strip() for p in body.split("\n") if p.strip()]
            posts[name] = {"title": title, "author": author, "text": "\n\n".join(paras),
                           "topic": topic, "paras": paras}
            order.append(name)
        else:
            genuine.setdefault(name, []).extend(parse_comment_block(lines, "genuine"))
for kind, name, lines in parse_sections(os.path.join(SRC, "extra.txt")):
    genuine[name].extend(parse_comment_block(lines, "genuine"))

offtopic = {}
for kind, name, lines in parse_sections(os.path.join(SRC, "offtopic.txt")):
    offtopic[name] = parse_comment_block(lines, "low_relevance")
handspam = {}
for kind, name, lines in parse_sections(os.path.join(SRC, "spam_by_thread.txt")):
    handspam[name] = parse_comment_block(lines, "spam")

with open(os.path.join(SRC, "filler.txt"), encoding="utf-8") as f:
    FILLER = [x.strip("\n") for x in f.read().split("\n%%\n") if x.strip()]
R.shuffle(FILLER)

assert set(PLAN) == set(posts), set(PLAN) ^ set(posts)


# ---------------------------------------------------------------- v2 generation
CULTURES = {"us": 5, "uk": 2, "de": 3, "nl": 2, "nordic": 2, "fr": 2, "es": 2, "latam": 2, "pt": 2, "it": 1, "pl": 2,
            "cz": 1, "ru": 1, "gr": 1, "tr": 2, "arab": 1, "fa": 1, "in_n": 2, "in_s": 1, "pk_bd": 1, "cn": 1, "jp": 2,
            "kr": 1, "vn": 2, "th": 1, "id_my": 2, "ph": 1, "ng": 1, "gh_ke": 1, "za_et": 1, "il": 1}
GREETINGS = ["Hi {name},", "Hey {name}!", "Hello!", "Hi all,", "Hey there,", "Morning {name},", "Hi {name} and everyone,"]
SIGNOFFS = ["Cheers, {me}", "Thanks!", "Safe travels!", "{me}", "- {me}", "Greetings from Munich", "Cheers,\n{me}",
            "Happy travels,\n{me}", "Thx", "Best,\n{me}"]
OPENERS = ["Great write-up!", "Thanks for this!", "Nice post.", "Really useful, cheers.", "Good stuff.", "Love this.",
           "Great read, thanks.", "Cool article."]
BLOG_URLS = {"Marisol Vance": "https://cheapseatslongroutes.com", "Theo Lindqvist": "https://savepoint.gg",
             "Harriet Okafor": "https://alderfallsledger.com", "Pete Santangelo": "https://alderfallsledger.com",
             "Gus Pereira": "https://gusfixesthings.com"}
BLOG_EMAILS = {"Marisol Vance": "marisol@cheapseatslongroutes.com", "Theo Lindqvist": "theo@savepoint.gg",
               "Harriet Okafor": "h.okafor@alderfallsledger.com", "Pete Santangelo": "pete@alderfallsledger.com",
               "Gus Pereira": "gus@gusfixesthings.com"}


def split_long(text):
    """Some long hand-written comments are split into paragraphs at a sentence boundary (wording unchanged)."""
    if "\n" in text or len(text) <= 170 or R.random() >= 0.4:
        return text
    cuts = [m.end() for m in re.finditer(r"[.!?] (?=[A-Z@])", text)]
    cuts = [k for k in cuts if 50 < k < len(text) - 40]
    if not cuts:
        return text
    k = R.choice(cuts)
    return text[:k - 1] + R.choice(["\n\n", "\n", "\n\n"]) + text[k:]


def main():
    part = kit.Part(R, SRC, CULTURES, ["cyrillic", "greek", "armenian", "cherokee"],
                    ["math-monospace", "math-bold", "fullwidth", "math-bold-fraktur"], GREETINGS, SIGNOFFS, OPENERS,
                    filler={"mention": 0.12, "email_share": 0.14, "url_share": 0.05},
                    people={"email_share": 0.22, "url_share": 0.07}, pool=FILLER)
    threads, post_rows = [], []
    for thread in order:
        n_low, n_spam = PLAN[thread]
        n_spam = round(n_spam * SPAM_SCALE)
        blogger = posts[thread]["author"]
        hand = [dict(c) for c in genuine[thread]]
        part.add_hand_written(thread, hand)

        def blog_contact(c):
            c["author_url"] = c["author_url"] or (BLOG_URLS[c["author"]] if R.random() < 0.5 else "")
            c["author_email"] = c["author_email"] or (BLOG_EMAILS[c["author"]] if R.random() < 0.5 else "")

        part.prepare(hand, list(BLOG_URLS), 0.2, keep=0.25, name_share=0.4, on_blogger=blog_contact, edit=split_long,
                     dress={"greet": 0.05, "sign": 0.06, "opener": 0.08, "addressee": blogger.split()[0], "lower": 0.08})
        n_copies = round(n_low * 0.18) if n_low >= 5 else 0
        floating = [dict(c) for c in offtopic.get(thread, [])]
        floating += ["low"] * max(0, n_low - n_copies - len(floating))
        floating += [dict(c) for c in handspam.get(thread, [])]
        floating += ["spam"] * max(0, n_spam - len(handspam.get(thread, [])))
        R.shuffle(floating)
        seq = kit.interleave(R, hand, floating, first_slot=0)
        out = part.fill(seq, part.context(thread, posts[thread]["title"], posts[thread]["text"], blogger),
                        spam_dress={"greet": 0.04, "sign": 0.05, "addressee": blogger.split()[0]},
                        low_dress={"greet": 0.02, "sign": 0.03}, fill_people=True)
        # near-copies of earlier short comments (filler or short genuine), posted again later
        for _ in range(n_copies):
            cands = [i for i, c in enumerate(out) if (c["label"] == "low_relevance" or (
                     c["label"] == "genuine" and len(c["content"]) < 45 and "?" not in c["content"]))
                     and "@" not in c["content"] and c["author"] not in BLOG_URLS]
            i = R.choice(cands or [i for i, c in enumerate(out) if c["label"] == "low_relevance"])
            out.insert(R.randint(i + 1, len(out)), {"author": part.names.fresh()[0], "author_url": "", "author_email": "",
                                                   "content": kit.near_copy(R, out[i]["content"]),
                                                   "label": "low_relevance"})
        post_rows.append({"thread": thread, "title": posts[thread]["title"],
                          "text": "By " + blogger + "\n\n" + posts[thread]["text"]})
        threads.append((thread, out))
    rows = kit.write_part(HERE, PART, post_rows, threads)
    print("%s: %d posts, %d comments, %d filler lines unused" % (PART, len(post_rows), len(rows), len(FILLER)))


if __name__ == "__main__":
    main()
