#!/usr/bin/env python3
"""Prints, for each surface trait of a comment, its share per label: the artifact table of data/README.md.

A corpus a model can separate by how it was written (every genuine reply opens with "@", every spam domain
ends in ".example", only spam has long digit runs) teaches the model that shortcut instead of what spam is.
This script measures those traits so the corpus can be checked: only real payload signals (links to
commercial sites, phone numbers and messenger handles offered as contact, look-alike letters, zero-width
characters, HTML in the author field) should differ much between labels.

Usage (standard library only):
    python3 data/tools/artifacts.py [comments.csv] [--per-source]
Default input: data/comments.csv beside this script. --per-source adds one table per `source` value (one per
part). Traits are defined in TRAITS below; every share is "rows with the trait / rows with the label".
"""
import csv
import os
import re
import statistics
import sys
import unicodedata
from collections import Counter, defaultdict

LABELS = ("genuine", "low_relevance", "spam")

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'\])]+", re.I)
HREF = re.compile(r"""(?:href\s*=\s*["']?|\[url=)([^"'\s>\]]+)""", re.I)
TLDS = ("com net org io in co uk de dev me info biz us ca au nz fr es it nl pl br ru ch at se no dk fi "
        "ie be pt cz jp cn kr id ph pk ng ke za ae sg my vn tr gr ro hu xyz online site shop store app "
        "tech blog page club top live pro edu gov example test invalid ly gl gle tv cc eu asia").split()
BARE_DOMAIN = re.compile(r"\b(?:[a-z0-9](?:[a-z0-9-]{0,40}[a-z0-9])?\.)+(?:" + "|".join(TLDS) + r")\b(?:/[^\s<>\"')]*)?", re.I)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# A phone-like run: optional +, then at least 9 digits in groups separated by spaces, dots, dashes or brackets.
PHONE = re.compile(r"(?<![\w.])(?:\+\d{1,3}[\s.-]*)?(?:\(?\d{2,5}\)?[\s.-]){1,5}\d{2,5}(?![\w.])|(?<![\w.])\+?\d{10,13}(?![\w.])")
HANDLE = re.compile(r"(?:telegram|whatsapp|whats app|wa\.me|t\.me|signal|wechat|viber|line id|kik|snapchat|insta(?:gram)?)\b", re.I)
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u180e]")
HTML_ANCHOR = re.compile(r"<a\s+href|\[url=|\]\(https?://", re.I)
CODE = re.compile(r"`|^(?: {4}|\t)\S|^\s*(?:>>>|\$ |#include|import |from \w+ import|def |SELECT |library\(|const |let |git |docker |kubectl |pip |npm )|Traceback|Error:|error:|Exception|\b[A-Za-z_]\w*(?:\.\w+)*\([^()\s]*[^()]*\)|(?:^|\s)--?[a-z][\w-]+=?|\b[a-z_]+=[\w\"'.]|[{};]\s*$", re.M)
GREETING = re.compile(r"^(?:hi|hello|hey|dear|hallo|hola|bonjour|ciao|ola|olá|halo|greetings|good (?:morning|evening|day))\b[^\n]{0,30}$", re.I)
SIGNOFF = re.compile(r"^(?:cheers|thanks|thank you|thx|regards|best|best regards|kind regards|greetings|many thanks|"
                     r"viele grüße|saludos|merci|obrigad[oa]|gracias|salam|terima kasih|grazie|--?\s*\w+|[A-Z][a-z]+)[\s,!.]*(?:\w+)?[\s,!.]*$")
PRAISE = set(("great nice awesome amazing excellent wonderful fantastic good useful helpful informative thanks thank "
              "love loved brilliant superb perfect beautiful best cool valuable appreciate appreciated impressive "
              "interesting clear well-written").split())
STOP = {
    "en": "the and is to of it this that you for with was are have not but what",
    "de": "der die das und ist nicht ich ein eine mit für auf den sie es zu",
    "es": "el la los las que de y en es por para con una un muy pero",
    "fr": "le la les et est pas je une un des pour que dans avec sur",
    "pt": "os que em é não um uma para com muito obrigado você isso está",
    "it": "il lo gli che di è non una per con sono grazie questo anche",
    "nl": "het een niet ik dat van voor met op zijn ook maar",
    "pl": "nie na się że jest jak ale dla tak już czy",
    "id": "yang dan di ini itu dengan untuk tidak ada saya kami anda dari",
    "tr": "ve bir bu da de için ile çok ne var ama gibi",
    "sv": "och att det är som en på för med jag inte har",
}
STOP = {k: set(v.split()) for k, v in STOP.items()}
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.U)


def script_of(ch):
    """Script family of a letter, by Unicode name; None for non-letters."""
    if not ch.isalpha():
        return None
    o = ord(ch)
    if 0x1D400 <= o <= 0x1D7FF:
        return "math"
    if 0xFF21 <= o <= 0xFF5A:
        return "fullwidth"
    name = unicodedata.name(ch, "")
    for s in ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE"):
        if name.startswith(s) or (" " + s + " ") in name:
            return s.lower()
    return "other"


def lookalike_scripts(text):
    """Scripts mixed into otherwise Latin words (the disguise), plus math/full-width letters anywhere."""
    found = set()
    for w in re.findall(r"\S+", text):
        scripts = Counter(script_of(c) for c in w if c.isalpha())
        scripts.pop(None, None)
        for s in ("math", "fullwidth"):
            if scripts.get(s):
                found.add(s)
        if scripts.get("latin"):
            for s in ("cyrillic", "greek", "armenian", "cherokee"):
                if scripts.get(s):
                    found.add(s)
    return found


def links(text):
    """Hosts of the links in a text: URLs, HTML/BBCode/Markdown targets and bare domain.tld words."""
    hosts = []
    for m in URL.finditer(text):
        hosts.append(re.sub(r"^(?:https?://)?(?:www\.)?", "", m.group(0), flags=re.I).split("/")[0])
    for m in HREF.finditer(text):
        hosts.append(re.sub(r"^(?:https?://)?(?:www\.)?", "", m.group(1), flags=re.I).split("/")[0])
    stripped = EMAIL.sub(" ", URL.sub(" ", HREF.sub(" ", text)))
    for m in BARE_DOMAIN.finditer(stripped):
        tok = m.group(0)
        if re.match(r"^\d+(\.\d+)+$", tok):
            continue
        hosts.append(tok.split("/")[0].lower())
    return [h.lower().rstrip(".,;:!?") for h in hosts if "." in h]


def tld(host):
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "net", "ac", "gov") and len(parts[-1]) == 2:
        return "." + ".".join(parts[-2:])
    return "." + parts[-1]


def language(text):
    text = unicodedata.normalize("NFKC", text)      # "fancy font" and full-width letters count as Latin here
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "none"
    scripts = Counter(script_of(c) for c in letters)
    top, n = scripts.most_common(1)[0]
    if top != "latin" and n > 0.5 * len(letters):
        return top
    words = [w.lower() for w in WORD.findall(text)]
    hits = {lang: sum(w in stop for w in words) for lang, stop in STOP.items()}
    best = max(hits, key=hits.get)
    if best != "en" and hits[best] >= 2 and hits[best] > hits["en"]:
        return best
    return "en"


def greeting_line(lines):
    return len(lines) > 1 and bool(GREETING.match(lines[0].strip()))


def signoff_line(lines):
    return len(lines) > 1 and len(lines[-1].strip()) <= 25 and bool(SIGNOFF.match(lines[-1].strip())) and not lines[-1].strip().endswith("?")


def traits(row, reuse):
    text = row["content"]
    lines = [l for l in text.split("\n") if l.strip()]
    words = [w.lower() for w in WORD.findall(text)]
    hosts = links(text)
    look = lookalike_scripts(text + " " + row["author"])
    lang = language(text)
    t = {
        "starts with @": text.lstrip().startswith("@"),
        "@name anywhere": bool(re.search(r"(?<![\w.])@[A-Za-z]", EMAIL.sub(" ", text))),
        "link in text": bool(hosts),
        "2+ links in text": len(hosts) >= 2,
        "link on .example/.test/.invalid": any(set(h.split(".")) & {"example", "test", "invalid"} for h in hosts),
        "HTML/BBCode/Markdown link in text": bool(HTML_ANCHOR.search(text)),
        "e-mail address in text": bool(EMAIL.search(text)),
        "phone-like digit run": bool(PHONE.search(EMAIL.sub(" ", URL.sub(" ", text)))),
        "messenger word (Telegram, WhatsApp ...)": bool(HANDLE.search(text)),
        "any digit": bool(re.search(r"\d", text)),
        "look-alike letters (any script)": bool(look),
        "zero-width character": bool(ZERO_WIDTH.search(text + row["author"])),
        "code or error text": bool(CODE.search(re.sub(r"<[^>]+>|\[/?url[^\]]*\]", " ", URL.sub(" ", text)))),
        "multi-line": len(lines) > 1,
        "greeting on its own line": greeting_line(lines),
        "sign-off on its own line": signoff_line(lines),
        "has praise word": any(w in PRAISE for w in words),
        "praise words >= 20% of words": bool(words) and sum(w in PRAISE for w in words) / len(words) >= 0.2,
        "all lower-case (has letters)": any(c.isalpha() for c in text) and text == text.lower() and any(c.isupper() for c in text.upper()),
        "@handle-like mention (lower-case with digit or _)": bool(re.search(r"(?<![\w.])@[a-z0-9._]*[0-9_][a-z0-9._]*\b", EMAIL.sub(" ", text))),
        "money amount ($, €, £, k)": bool(re.search(r"[$€£₹]\s?\d|\d\s?(?:k|usd|eur|btc|usdt)\b", text, re.I)),
        "question mark": "?" in text,
        "exclamation mark": "!" in text,
        "non-English": lang not in ("en", "none"),
        "no letters (emoji, symbols)": lang == "none",
        "under 40 characters": len(text) < 40,
        "over 300 characters": len(text) > 300,
        "author_url set": bool(row.get("author_url", "").strip()),
        "author_email set": bool(row.get("author_email", "").strip()),
        "author name with a link or HTML": bool(re.search(r"<a |https?://|www\.", row["author"], re.I)),
        "author name used in 2+ threads": reuse.get(row["author"].strip().lower(), 0) >= 2,
    }
    return t, hosts, look, lang, len(text), len(lines)


def table(rows, title):
    names = Counter(r["label"] for r in rows)
    threads_of = defaultdict(set)
    for r in rows:
        threads_of[r["author"].strip().lower()].add(r["thread"])
    reuse = {a: len(t) for a, t in threads_of.items()}
    share = defaultdict(Counter)
    tlds = defaultdict(Counter)
    scripts = defaultdict(Counter)
    langs = defaultdict(Counter)
    lengths = defaultdict(list)
    nlines = defaultdict(list)
    for r in rows:
        lab = r["label"]
        t, hosts, look, lang, n, nl = traits(r, reuse)
        for k, v in t.items():
            share[k][lab] += bool(v)
        for h in set(tld(h) for h in hosts):
            tlds[h][lab] += 1
        for s in look:
            scripts[s][lab] += 1
        langs[lang][lab] += 1
        lengths[lab].append(n)
        nlines[lab].append(nl)
    labels = [l for l in LABELS if names[l]]
    out = []
    out.append(f"### {title}: " + ", ".join(f"{l} {names[l]}" for l in labels))
    out.append("")
    out.append("| trait | " + " | ".join(labels) + " |")
    out.append("|---|" + "---:|" * len(labels))
    pct = lambda c, l: f"{100.0 * c / names[l]:.1f}%"
    out.append("| median length (characters) | " + " | ".join(str(int(statistics.median(lengths[l]))) for l in labels) + " |")
    out.append("| median non-empty lines | " + " | ".join(str(int(statistics.median(nlines[l]))) for l in labels) + " |")
    for k in share:
        out.append(f"| {k} | " + " | ".join(pct(share[k][l], l) for l in labels) + " |")
    for s in sorted(scripts):
        out.append(f"| look-alike script: {s} | " + " | ".join(pct(scripts[s][l], l) for l in labels) + " |")
    top_tlds = sorted(tlds, key=lambda k: -sum(tlds[k].values()))[:14]
    for k in top_tlds:
        out.append(f"| link TLD {k} | " + " | ".join(pct(tlds[k][l], l) for l in labels) + " |")
    top_langs = [k for k in sorted(langs, key=lambda k: -sum(langs[k].values())) if k not in ("en", "none")][:8]
    for k in top_langs:
        out.append(f"| language: {k} | " + " | ".join(pct(langs[k][l], l) for l in labels) + " |")
    out.append("")
    print("\n".join(out))


def main(argv):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "comments.csv")
    per_source = "--per-source" in argv
    args = [a for a in argv if not a.startswith("--")]
    if args:
        path = args[0]
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        for k in ("author", "author_url", "author_email", "thread"):
            r[k] = r.get(k) or ""
    table(rows, "all rows")
    if per_source:
        for src in sorted(set(r.get("source", "") for r in rows)):
            table([r for r in rows if r.get("source", "") == src], src)


if __name__ == "__main__":
    main(sys.argv[1:])
