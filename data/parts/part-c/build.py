#!/usr/bin/env python3
"""Build posts.csv and comments.csv for corpus part C.

Hand-written sources (src/):
  travel.txt, gaming.txt, localnews.txt, diy.txt  posts + genuine conversation (in order)
  extra.txt            more genuine comments, appended to the threads
  offtopic.txt         hand-written low-relevance chatter per thread (placed at random positions)
  filler.txt           pool of generic low-relevance comments (each used at most once)
  spam_by_thread.txt   hand-written topical spam per thread
Generated here: the rest of the spam (templates, spintax, word lists), near-copy filler,
emails/URLs for some genuine commenters, and the interleaving of everything.
Deterministic (fixed seed).
"""
import csv
import os
import random
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
R = random.Random(7321)
SOURCE = "engage-blog-corpus"

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


# ---------------------------------------------------------------- helpers
PH = re.compile(r"\{(spellname|recname|loanname|kw|url|url2|amt|small|coin|email|phone|tg|price|bonus|name|person|place|brand|s|sl|sl_cap|title|link)\}")


def spin(s):
    """Expand {a|b|c} spintax (nested allowed); {placeholders} become [[placeholders]]."""
    s = PH.sub(r"[[\1]]", s)
    pat = re.compile(r"\{([^{}]*)\}")
    while True:
        m = pat.search(s)
        if not m:
            return s
        s = s[:m.start()] + R.choice(m.group(1).split("|")) + s[m.end():]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


TLDS = [".example"] * 6 + [".test"] * 3 + [".example.com", ".example.net"]


def domain_for(words):
    w = slug(words)
    style = R.random()
    if style < 0.45:
        base = w
    elif style < 0.7:
        base = w.replace("-", "")
    elif style < 0.85:
        base = w + R.choice(["-online", "-store", "-hq", "-pro", "-24", "-deals", "-shop", "-club"])
    else:
        base = R.choice(["best", "top", "get", "my", "the", "buy", "go"]) + w.replace("-", "")
    return base[:40].strip("-") + R.choice(TLDS)


def url_for(words, path=True):
    d = domain_for(words)
    scheme = R.choice(["https://", "https://", "http://", "https://www.", "http://www.", ""])
    p = ""
    if path and R.random() < 0.55:
        p = R.choice([
            "/", "/shop/", "/?p=" + str(R.randint(100, 99999)), "/" + slug(words) + ".html",
            "/products/" + slug(words), "/go/" + str(R.randint(10, 999)), "/index.php?id=" + str(R.randint(1, 5000)),
            "/blog/" + slug(words) + "-" + str(R.randint(2019, 2024)), "/?ref=" + R.choice(["blog", "c", "cm", "x7"]),
        ])
    return scheme + d + p


FIRST = ("Kristine Dwight Lashonda Mose Antonia Reggie Janelle Ferdinand Shelby Lucio Marlys Hubert Cheryl Vito "
         "Tamika Rosario Wendell Darla Emory Lorenzo Bettina Cornell Felicia Hortense Ambrose Delphine Kurt Latoya "
         "Gerri Brandon Melvin Ione Jewel Ulrich Catalina Noel Sabrina Everett Luann Jarrod Maribel Quentin Yolanda "
         "Ricky Siobhan Alec Tessa Omar Brigitte Lanny Jolene Mattie Harlan Nadine Porfirio Lucy Gavin Arletha").split()
LAST = ("Holloway Okeefe Brister Fairweather Gomes Hutchins Lambright Vasquez Delacroix Pruitt Chandler Mcculloch "
        "Kowal Stroud Beaumont Nakamura Rinaldi Tillman Abernathy Poole Eckert Sorensen Hawley Villareal Goode Ashby "
        "Baptiste Kerr Lindgren Mayfield Osei Pritchett Quarles Renfro Stanton Truong Underwood Whitlock Yarbrough Zeller").split()


def fake_person():
    r = R.random()
    f, l = R.choice(FIRST), R.choice(LAST)
    if r < 0.45:
        return f + " " + l
    if r < 0.65:
        return f
    if r < 0.78:
        return (f + l[0]).lower() + str(R.randint(1, 99))
    if r < 0.88:
        return f.lower() + "_" + l.lower()
    return f + " " + l[0] + "."


MAIL_DOMS = ["inbox.example", "mailbox.example", "webmail.test", "postbox.example", "mail.test", "fastmail.example"]


def email_for(name):
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", R.choice([".", "", "_"]), name.lower()).strip("._")
    if not base:
        base = "user"
    if R.random() < 0.5:
        base += str(R.randint(1, 999))
    return base[:28] + "@" + R.choice(MAIL_DOMS)


HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
        "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "H": "Н", "K": "К", "M": "М", "T": "Т", "B": "В"}
GREEK = {"o": "ο", "p": "ρ", "a": "α", "v": "ν", "u": "υ", "i": "ι", "O": "Ο", "A": "Α", "E": "Ε", "T": "Τ"}
CYR_R = {"r": "г", "n": "п"}  # look-alike-ish in some fonts


def homoglyph(text, rate=None):
    rate = rate if rate is not None else R.uniform(0.15, 0.45)
    table = dict(HOMO)
    if R.random() < 0.4:
        table.update(GREEK)
    if R.random() < 0.3:
        table.update(CYR_R)
    out = []
    in_url = False
    for tok in re.split(r"(\s+)", text):
        if "http" in tok or ".example" in tok or ".test" in tok or "@" in tok:
            out.append(tok)
            continue
        out.append("".join(table[ch] if ch in table and R.random() < rate else ch for ch in tok))
    return "".join(out)


# ---------------------------------------------------------------- spam vocabulary
KW = {
    "watches": ["replica watches", "swiss replica watches", "rolex replica for sale", "cheap replica watches uk",
                "fake omega watches", "best replica watch site", "aaa luxury watches replica", "replica tag heuer",
                "discount designer watches"],
    "sunglasses": ["cheap sunglasses", "oakley sunglasses outlet", "ray ban sunglasses cheap", "discount sunglasses online",
                   "polarized sunglasses sale", "fake ray bans", "cheap oakleys", "sunglasses wholesale"],
    "jerseys": ["cheap nfl jerseys", "wholesale jerseys china", "authentic nba jerseys cheap", "soccer jerseys wholesale",
                "custom hockey jerseys cheap", "cheap mlb jerseys", "nfl jerseys from china", "cheap jerseys free shipping"],
    "handbags": ["designer handbags outlet", "michael kors outlet online", "louis vuitton bags cheap", "coach outlet store online",
                 "replica handbags", "prada bags sale", "cheap designer purses", "gucci belt replica"],
    "shoes": ["cheap jordans", "nike air max outlet", "ugg boots clearance", "christian louboutin outlet", "cheap running shoes",
              "yeezy boost replica", "nike free run cheap", "timberland boots outlet"],
    "outlets": ["coach factory outlet", "north face outlet", "moncler outlet", "canada goose jackets sale", "pandora charms cheap",
                "tiffany jewelry outlet", "burberry scarf outlet", "longchamp outlet"],
}
SIG_KW = ["best running shoes", "garcinia cambogia extract", "how to lose belly fat fast", "cheap car insurance quotes",
          "cbd gummies for sleep", "keto diet pills", "forex trading signals", "essay writing service", "teeth whitening kit",
          "hair loss treatment for men", "roofing contractor near me", "male enhancement pills", "buy instagram followers",
          "cheap web hosting", "online dating tips", "weight loss supplements", "anti aging cream", "bitcoin price prediction",
          "payday loans online", "free movie streaming", "seo company", "home security systems", "vape juice cheap",
          "dog training tips", "slot online terpercaya", "situs judi bola", "personal injury lawyer", "mesothelioma attorney",
          "best vpn deals", "cheap flights", "work from home jobs", "replica watches", "wedding photographer", "carpet cleaning",
          "penny stocks to buy", "memory foam mattress", "natural testosterone booster", "diet plan for beginners",
          "online casino real money", "auto repair shop", "plumber near me", "locksmith 24 hour", "buy youtube views",
          "pest control services", "tummy tuck cost", "skin tag remover", "air conditioner repair", "gold ira companies"]
TOPIC_KW = {
    "travel": ["cheap flights to bali", "visa on arrival service", "hotel booking deals", "travel insurance quote",
               "car rental airport cheap", "bali villa rental", "luxury cruise deals", "tour packages thailand",
               "best travel backpack", "airport parking cheap"],
    "gaming": ["buy cheap game keys", "wow gold cheap", "free v bucks generator", "elo boosting service",
               "free steam gift card", "mod apk unlimited coins", "gaming chair sale", "fortnite accounts for sale",
               "cheap gaming laptop", "valorant boosting"],
    "localnews": ["roof repair near me", "junk removal service", "personal injury lawyer", "dumpster rental",
                  "bail bonds 24 hours", "real estate agent near me", "tree removal service", "house cleaning service",
                  "auto body shop", "criminal defense attorney"],
    "diy": ["plumber near me", "water damage restoration", "best cordless drill 2024", "tile cleaning near me",
            "epoxy garage floor", "gutter cleaning service", "appliance repair", "kitchen remodel cost",
            "roof replacement cost", "foundation repair"],
}
CITIES = ["Bangalore", "Pune", "Hyderabad", "Delhi", "Gurgaon", "Noida", "Chennai", "Mumbai", "Kolkata", "Jaipur",
          "Ahmedabad", "Lucknow", "Chandigarh", "Ghaziabad", "Faridabad", "Indore", "Bhopal", "Nagpur"]
US_CITIES = ["Austin TX", "Houston", "Phoenix AZ", "Dallas", "San Diego", "Orlando FL", "Denver", "Tampa", "Las Vegas",
             "Charlotte NC", "Atlanta GA", "Sacramento", "Columbus OH", "Tucson", "Raleigh"]
TRADES = ["Plumber", "Roofing Contractor", "Locksmith", "HVAC Repair", "Garage Door Repair", "Electrician",
          "Carpet Cleaning", "Pest Control", "Moving Company", "Water Heater Repair", "Tree Service", "Window Cleaning"]
COINS = ["Bitcoin", "BTC", "Ethereum", "crypto", "USDT", "Solana", "forex"]


def kw_author(kw):
    r = R.random()
    if r < 0.6:
        return kw
    if r < 0.8:
        return kw.title()
    return kw.replace(" ", "")


def phone_us():
    return R.choice(["+1 (855) 555-01{:02d}", "1-888-555-01{:02d}", "+1 (877) 555-01{:02d}", "(800) 555-01{:02d}",
                     "+1-844-555-01{:02d}", "+1 209 555 01{:02d}"]).format(R.randint(0, 99))


def phone_other():
    return R.choice(["+44 7700 900{:03d}".format(R.randint(0, 999)), "+234 80{} 000 {:04d}".format(R.randint(1, 9), R.randint(0, 9999)),
                     "+91 98{:02d}0 0{:04d}".format(R.randint(0, 99), R.randint(0, 9999)),
                     "+1 (312) 555-01{:02d}".format(R.randint(0, 99))])


def tg_handle():
    return R.choice(["@", "@"]) + R.choice(["crypto", "recovery", "support", "invest", "fx", "help", "trade", "loan", "official", "mentor"]) \
        + R.choice(["_", "", "."]) + R.choice(["desk", "pro", "agent", "team", "master", "expert", "247", "admin", "guru", "now"]) \
        + R.choice(["", str(R.randint(1, 99))])


# ---------------------------------------------------------------- spam templates
PRAISE = [
    "{Hi|Hello|Hey there|Howdy}! {I just|I} {wanted to|want to} {say|mention} that your {blog|site|website} is {really|truly|seriously} {great|awesome|fantastic}. {The way you|How you} {explain|write about|present} {things|everything|this topic} is {so clear|very clear|easy to follow}. {Keep it up|Keep up the good work|Well done}!",
    "{Wonderful|Excellent|Terrific|Superb} {article|post|write up}! {More people|Everyone} {should|must} {read|see} {this|this kind of} {information|content}, it is {very|extremely} {valuable|useful} for {all readers|everybody}. {I will share|Sharing} it {with my friends|on my facebook} {right now|today}.",
    "I {really|truly} {like|love|enjoy} {articles|posts} {like this|of this kind} {which|that} {give|bring} {new|fresh} {ideas|knowledge} to the reader. {Thank you|Thanks} {a lot|so much} for {letting|allowing} me to {leave a comment|share my opinion} {here|on your site}.",
    "{Thanks|Thank you} for {this|your} {helpful|nice|useful} {post|content}, {I learn|I learned|i get} {many|so many|a lot of} {new things|good ideas} {from it|today}. {Waiting|I am waiting} for {your next|more} {posts|updates}. {By the way|Also}, {can|could} {I|we} {contact|email} you {about|for} {a collaboration|guest posting}?",
    "{Good|Nice|Great} {day|morning|evening}! {I have|I've} {read|gone through} {your|this} {post|article} {twice|two times} and {I|i} {must|have to} say it is {very|really} {well written|informative}. {My|My little} {sister|cousin|brother} {is|was} {looking for|searching} {exactly|precisely} this {information|topic}, {I will|I'll} {send|forward} {it|the link} to {her|him} {now|today}.",
    "{I spent|I've spent} {hours|the whole morning|all day} {searching|browsing} {the internet|Google} for {good|quality} {information|content} {on|about} this {topic|subject} and {finally|at last} {found|landed on} your {page|blog}. {Very|Really} {glad|happy} I {did|came here}. {Keep posting|Continue the good work}!",
    "{Wow|Hmm|Oh}, {I wrote|I typed} a {very|really} long comment {but|and} {it disappeared|it did not appear|the page refreshed} {after I clicked submit|for some reason}. {Anyway|Anyways}, {I just want|just wanted} to {say|tell you} {I am|I'm} {enjoying|loving} {your|this} {blog|website} {a lot|very much}. Do you {have|give} any {advice|tips} for {a new|beginner} {blogger|writer} {like me|as myself}?",
    "{It seems|Looks} {like|as if} you {read|know} {exactly|precisely} what {I was|i am} {thinking|wondering} {about|today}! {Your|The} {explanation|information} {here|in this post} is {very|so} {complete|thorough}, {maybe|perhaps} {some|a few} {more|extra} {pictures|images|videos} {would|could} make it {even|much} {better|perfect}, {but|however} {overall|in general} {great|excellent} {job|work}.",
    "{I appreciate|Appreciate} the {effort|hard work|time} you {put|invest} {in|into} {writing|creating} {this|such} {content|articles}. {Nowadays|These days} {most|many} {blogs|sites} {just copy|only repeat} {each other|the same things}, {but|while} {yours|your blog} is {different|original}. {Added|I added} {it|your site} to my {bookmarks|favorites} {already|right away}.",
    "{Hello|Hi} {admin|webmaster|author}, {would it be|is it} {ok|okay|possible} {if|that} I {use|translate} {part of|some parts of} {this|your} {post|article} on my {own|personal} {site|blog}? I {will|promise to} {give|put} {a link|credit} {back|to your page}. My {readers|visitors} {would|will} {love|really like} {it|this}.",
    "{Hey|Hi|Hello}, {what|which} {theme|template|plugin} {are you using|do you use} {for|on} {this|your} {blog|site}? {It|The design} {looks|is} {so|very} {clean|professional} and {loads|works} {fast|quick} {on my phone|on mobile}. {I want|I'm planning} to {start|build} {my own|a} {site|blog} {soon|this year}.",
    "{Very|Really|Truly} {nice|good|great} {site|blog} {you have|you've got} here. {Quality|Good} {writing|content} {like this|such as this} is {rare|hard to find} {these days|nowadays|now}. {Thank you|Thanks} and {best regards|greetings|take care}!",
    "{Great|Nice} {piece|bit} of {content|writing}. I {came across|found} your {blog|website} {by accident|accidentally|via google} and {I have to|I must} {say|admit} {I really|I truly} {enjoyed|liked} {reading|going through} {your|the} {posts|articles}. {I'll|I will} {subscribe|follow} {for sure|definitely}.",
    "{Hey|Hi} {there|all}, {this is|it is} my first {time|visit} {here|on this site} and {I find|i found} {it|this} {really|very} {helpful|useful}. {Hope|I hope} {I can|to} {give|return} {something|the favor} {back|one day} {to|for} {the community|others}.",
    "{Hello|Hi} {everyone|all|friends}, {this|such a} {post|article} is {very|really} {useful|helpful} {for|to} {me|beginners}, {please|keep} {continue|keep} {sharing|posting} {like this|more}. {Thank you|Thanks}!",
    "{This is|What a} {really|very} {useful|practical} {information|guide}, {especially|mostly} for {newbies|beginners|people who are new}. {Short|Simple|Clear} {and|but} {to the point|informative}. {Thank you|Thanks} for {posting|sharing} {it|this}!",
]

SIGS = [
    "My webpage :: {kw}", "Here is my blog post; {kw}", "Feel free to surf to my site ... {kw}", "Also visit my homepage ... {kw}",
    "my web site - {kw}", "Look at my page: {url}", "Stop by my homepage: {kw}", "my blog post: {kw}", "Also visit my site; {kw}",
    "Here is my page; {url}", "Take a look at my web blog :: {url}", "Also visit my web page: {kw}", "My website ... {kw}",
    "Feel free to visit my blog post; {kw}", "Look into my web-site: {url}", "my page {kw}", "Check out my web-site - {url}",
    "Visit my homepage {kw}", "Here is my web site - {url}", "Feel free to visit my web-site ... {url}", "{kw}",
    "Also visit my web blog - {kw}", "My blog; {url}", "Also see my site :: {kw}",
]

LOAN = [
    "{Need|Need some} {cash|money} {fast|today|now}? Get up to ${amt} {today|in 24 hours|same day} with {no credit check|bad credit OK|no paperwork}! Approval in {2|5|10} minutes. Apply {now|here|today}: {url}",
    "Bad credit loans guaranteed approval direct lenders {url}\nno faxing payday loans\ninstallment loans for bad credit\n{url2}",
    "{Are you in need of|Do you need} a {loan|financial help|personal loan} to {pay off your bills|start a business|clear your debts}? We offer loans at {2%|3%|1.5%} interest rate to individuals and companies. Contact us via email: {email}",
    "Get approved for a ${amt} personal loan in minutes!! No collateral. Funds in your account tomorrow. {url}",
    "payday loans online same day deposit {url} fast cash advance no credit check {url2}",
]
CASINO = [
    "{Best|Top|#1} online {casino|slots} {2024|this year} — {100|150|200|300}% welcome bonus + {50|100|200} free spins!!! {Play now|Claim now|Sign up}: {url} 🎰🎰",
    "situs slot gacor hari ini, {deposit|depo} {10rb|25rb|pulsa} tanpa potongan, maxwin {x500|x1000}! daftar: {url}",
    "I won ${amt} playing {blackjack|roulette|slots} online last {week|night}, this {site|casino} actually pays out fast. {url}",
    "{Live|Online} sports betting with the best odds, free ${bonus} bet for new players {url}",
]
CRYPTO = [
    "I turned ${small} into ${amt} in {three|two|five} weeks with {a|an} {AI|automated} {coin} trading bot. Not financial advice but check {url} 🚀🚀🚀",
    "{coin} is going to {explode|moon|10x} this {month|year}. Join our {free|VIP} signals {group|channel} before it's too late: {url}",
    "Earn passive income with {coin} staking, {12|18|25}% daily returns guaranteed. Withdraw anytime. {url}",
    "Who else is making money with {coin}? I started with ${small} and now I make ${amt} a month. Message me on Telegram {tg} to learn how.",
]
SEO = [
    "Hi, I {noticed|saw} your {website|site} isn't ranking on page 1 of Google for {several|many|important} keywords. We can fix that. We offer {SEO audits, link building and local SEO|on-page SEO, backlinks and content writing|guest posts on high DA sites}. Reply to {email} for a free {audit|report}.",
    "{Hello|Hi} {webmaster|admin|site owner}, we sell {high DA|DA 50+|PBN} backlinks and guest posts {starting|from} ${price}. {100%|Fully} {dofollow|permanent}. Check our {list|packages}: {url}",
    "Want more {traffic|visitors|customers}? {Buy|Get} {10,000|50,000|100,000} real {targeted|organic} visitors for just ${price}! {url}",
    "Dear Sir/Madam, I am a {professional|freelance} web designer and SEO expert with {8|10|12} years experience. I can redesign your {blog|website} and bring it to top 3 of Google in 30 days. Whatsapp: {phone}",
]
CONTACT = [
    "For any {issue|problem|error} with your {printer|router|email account|antivirus|bank app} {call|contact} our 24/7 {support|helpline} {phone} for instant {support|help}.",
    "dm {me |}on telegram {tg} for {investment|trading|forex} {tips|signals}",
    "{Need|Looking for} {a hacker|a private investigator|someone to check your partner's phone}? {Contact|Text} {tg} on Telegram, {fast|discreet} and {reliable|trusted}.",
    "Whatsapp {phone} for {cheap|best} {web design|logo design|app development|seo} services",
    "Call {phone} {to get|for} {instant|same day} {cash|loan approval|tax refund help}. {Available|Open} 24/7!!",
    "Hello {dear|friend}, I want to be your {friend|pen pal}. {Add|Text} me on whatsapp {phone}",
    "{Earn|Make} ${small} {daily|per day} from home, no experience needed. {Contact|Message} {tg} on Telegram {for details|now}",
    "{Airline|Flight} booking support number {phone} - call now for {cancellation|refund|changes}, {24 hours|24/7} service",
]
SPELL_NAMES = ["Dr. Okoro", "Dr Ajayi", "Lord Zakuza", "Priest Ogudu", "Dr. Ekpen", "Baba Oduwa", "Dr. Mudasiru", "Mama Gloria", "Prophet Amana"]
RECOVERY_NAMES = ["Spartan Recovery", "CyberTrace Recovery", "Digital Asset Rescue", "Marcus Hale", "Gerald Finch", "HackFix Recovery"]
LOAN_NAMES = ["Cornerstone", "Sunrise Capital", "Liberty Trust", "Mr. Pedro Harlan", "Greenfield Credit"]
TESTIMONIAL = [
    "I want to use this {medium|opportunity|platform} to {thank|appreciate} {spellname} for what he did for me. My {husband|boyfriend|wife} left me for another {woman|man} and I was {heartbroken|devastated} for {six months|a year|two years}. I contacted {spellname} and he cast a {love spell|reunion spell} for me, and within {48 hours|3 days|one week} my {husband|partner} came back {begging|apologising} for forgiveness. If you need help, {email|contact} him: {email} or WhatsApp {phone}. He also helps with {lottery|court cases|job promotion|fertility}.",
    "I lost ${amt} to a fake {crypto|forex|investment} platform last year and thought I would never see it again. A friend recommended {recname} and his team of {recovery experts|certified hackers}. Within {two weeks|10 days} they recovered {all of|most of} my {funds|money}. I'm so grateful. Contact them at {email} or Telegram {tg}. They are {legit|genuine|real}!!!",
    "Hello everyone, my name is {person} from {place}. I was {in debt|broke|unemployed} and my {bank|credit union} refused me a loan because of my credit score. Then I met {loanname} {Loan Company|Financial Services|Lending}, they gave me ${amt} at {2|3}% interest in {24 hours|2 days}. I don't know if anyone else needs help but you can email them at {email}. God bless.",
    "{My name is {person}|Hi, I'm {person}} and I want to share my testimony. I was diagnosed with {herpes|diabetes|HPV} {two|three|five} years ago and doctors said there's no cure. I found {spellname} online, a herbal doctor from {Africa|Nigeria|the Philippines}, who sent me a {herbal medicine|herbal mixture}. After {2 weeks|21 days} I tested negative!!! Contact him on {email} or whatsapp {phone}.",
    "{Wow|Amazing} blog. {Also|BTW} I want to testify about {spellname}, the {greatest|most powerful|real} {spell caster|spiritual healer} in the world. {He helped me win the lottery|He brought back my ex|He helped me get pregnant after 7 years}. {Contact|Reach} him at {email}. {Thank you|Thanks} {spellname}!!!",
]
SHORT = [
    "nice. {url}", "good post {url}", "thx {kw}", "{kw} {url}", "great!! {url}", "cool {url}", "{url}", "{url}\n{url2}",
    "check this {url}", "Interesting... {kw}", "lol {url}", "nice article {kw}", "{kw}", "see here {url}", "Yes! {url}",
    "very good {url}", "ok {kw} {url}", "My site: {url}", "Thank u {url}", "+1 {url}",
]
NOLINK = [
    "{Make|Earn} ${amt} a month working from home on your laptop. I {did it|started last year} and {quit my job|paid off my car}. Search \"{brand}\" on Google to start.",
    "Hey guys check out my {channel|profile} for {funny videos|gaming clips|giveaways|free stuff}!! {subscribe|follow} and I'll follow back 🙏🙏",
    "{Hot|Lonely} {singles|girls|women} in your area want to {chat|meet}. Check my profile 😘",
    "{I|We} sell {followers|likes|5 star reviews} for {instagram|tiktok|google maps|amazon}, {cheap|best} {price|rates}, {message|contact} me {here|privately}.",
    "{Congratulations|Congrats}! You have been selected to receive a free {iPhone 15|gift card|$1000 voucher}. {Reply|Respond} with your email to claim.",
    "{Buy|Order} {ozempic|tramadol|xanax|viagra} online without prescription, discreet delivery worldwide. {Text|Contact} {phone}",
]
MOVERS = ["{trade} {city}", "{trade} in {city}", "{city} {trade}", "best {trade} {city}"]
MOVER_TRADES = ["Packers and Movers", "packers and movers", "Movers and Packers", "Packers Movers"]
NAMES_SPELL = ["Dr. Okoro", "Dr Ajayi", "Lord Zakuza", "Priest Ogudu", "Dr. Ekpen", "Baba Oduwa", "Dr. Mudasiru",
               "Mama Gloria", "Dr Kobi", "Prophet Amana", "Spartan Recovery", "CyberTrace Recovery", "Digital Asset Rescue",
               "Marcus Hale", "Gerald Finch", "Cornerstone", "Sunrise Capital", "Liberty Trust"]
PLACES = ["Texas", "Ohio", "Manchester UK", "Sydney", "Toronto", "Cape Town", "Dublin", "Florida", "Berlin", "Auckland"]
BRANDS = ["QuickCashCircle", "Profit Lane", "HomeIncomeHQ", "EasyEarn24", "DailyPayday Club", "SideHustleSecrets"]


def fill(tpl, topic=None, kw=None, url=None):
    kw = kw or R.choice(SIG_KW)
    url = url or url_for(kw)
    s = spin(tpl)
    repl = {
        "{kw}": kw, "{url}": url, "{url2}": url_for(R.choice(SIG_KW)), "{amt}": R.choice(["5,000", "1,500", "2,500", "10,000", "35,000", "850", "47,300", "12,000"]),
        "{small}": R.choice(["100", "200", "250", "300", "500"]), "{coin}": R.choice(COINS), "{email}": email_for(R.choice(NAMES_SPELL + FIRST)),
        "{phone}": R.choice([phone_us(), phone_other()]), "{tg}": tg_handle(), "{price}": R.choice(["5", "9.99", "15", "29", "49"]),
        "{bonus}": R.choice(["50", "100", "25"]), "{name}": R.choice(NAMES_SPELL), "{spellname}": R.choice(SPELL_NAMES), "{recname}": R.choice(RECOVERY_NAMES), "{loanname}": R.choice(LOAN_NAMES), "{person}": R.choice(FIRST) + " " + R.choice(LAST),
        "{place}": R.choice(PLACES), "{brand}": R.choice(BRANDS),
    }
    for nk in ("{spellname}", "{recname}", "{loanname}"):
        if "[[" + nk[1:-1] + "]]" in s and R.random() < 0.75:
            nm = repl[nk]
            repl["{email}"] = email_for(re.sub(r"^(Dr\.? |Mr\. |Lord |Priest |Baba |Mama |Prophet )", "", nm) + R.choice(["", " spell", " temple", " recovery", " help", " loans", " solution"]))
    repl = {"[[" + k[1:-1] + "]]": v for k, v in repl.items()}
    for k, v in repl.items():
        while k in s:
            s = s.replace(k, v if k not in ("[[url2]]", "[[phone]]", "[[tg]]") else (
                url_for(R.choice(SIG_KW)) if k == "[[url2]]" else email_for(R.choice(NAMES_SPELL + FIRST)) if k == "[[email]]"
                else R.choice([phone_us(), phone_other()]) if k == "[[phone]]" else tg_handle()), 1)
    return s


def casing(s):
    r = R.random()
    if r < 0.08:
        return s.lower()
    if r < 0.11 and not re.search(r"http|\.example|\.test|@", s):
        return s.upper()
    return s


def post_sentence(thread):
    sents = []
    for p in posts[thread]["paras"]:
        for s in re.split(r"(?<=[.!?])\s+", p):
            if 40 <= len(s) <= 200:
                sents.append(s)
    return R.choice(sents)


def make_spam(thread):
    topic = posts[thread]["topic"]
    kind = R.choices(
        ["kwlist", "loan", "casino", "crypto", "seo", "movers", "praise_sig", "praise_url", "bare", "anchor",
         "contact", "testimonial", "copy", "short", "nolink", "topical", "trade"],
        weights=[7, 5, 4, 5, 5, 3, 14, 8, 5, 6, 7, 5, 8, 6, 4, 7, 4])[0]
    author = url = email = ""
    content = ""
    homo_ok = False
    if kind == "kwlist":
        cat = R.choice(list(KW))
        kws = R.sample(KW[cat] + (KW[R.choice(list(KW))] if R.random() < 0.4 else []), k=R.randint(3, 7))
        kws = list(dict.fromkeys(kws))
        style = R.random()
        site = url_for(R.choice(kws), path=False)
        if style < 0.3:
            lines = kws
        elif style < 0.6:
            lines = [k + " " + url_for(k) for k in kws]
        elif style < 0.8:
            lines = ['<a href="{}">{}</a>'.format(normalize_url(url_for(k)), k) for k in kws]
        else:
            lines = ["[url={}]{}[/url]".format("http://" + domain_for(k), k) for k in kws]
        if R.random() < 0.25:
            lines.append(site)
        content = "\n".join(lines)
        author = kw_author(kws[0]) if R.random() < 0.5 else fake_person()
        if R.random() < 0.5:
            url = "http://" + domain_for(kws[0])
    elif kind in ("loan", "casino", "crypto"):
        tpl = R.choice({"loan": LOAN, "casino": CASINO, "crypto": CRYPTO}[kind])
        kw = R.choice({"loan": ["payday loans online", "bad credit loans", "fast cash loans", "installment loans"],
                       "casino": ["online casino real money", "slot gacor", "best casino bonus", "sports betting"],
                       "crypto": ["bitcoin trading bot", "crypto signals", "crypto investment", "forex signals"]}[kind])
        content = fill(tpl, kw=kw)
        author = kw_author(kw) if R.random() < 0.45 else fake_person()
        url = url_for(kw, path=False) if R.random() < 0.5 else ""
        homo_ok = True
    elif kind == "seo":
        content = fill(R.choice(SEO), kw="seo services")
        author = R.choice(["SEO Expert", "seo services", "Rank Booster", "digital marketing agency", fake_person(), fake_person()])
        homo_ok = True
    elif kind == "movers":
        trade = R.choice(MOVER_TRADES)
        cities = R.sample(CITIES, k=R.randint(3, 9))
        lines = []
        for c in cities:
            line = R.choice(MOVERS).replace("{trade}", trade).replace("{city}", c)
            if R.random() < 0.5:
                line += " " + url_for(trade + " " + c)
            lines.append(line)
        if R.random() < 0.3:
            lines.insert(0, R.choice(["Nice blog!", "Thanks for sharing this information.", "Very nice post."]))
        content = "\n".join(lines)
        author = trade + " " + cities[0] if R.random() < 0.6 else fake_person()
        url = url_for(trade + " " + cities[0]) if R.random() < 0.7 else ""
    elif kind in ("praise_sig", "praise_url"):
        kw = R.choice(SIG_KW + TOPIC_KW[topic])
        praise = spin(R.choice(PRAISE))
        if kind == "praise_sig":
            sig = fill(R.choice(SIGS), kw=kw)
            content = praise + R.choice(["\n\n", "\n", " ", " ", " ", " "]) + sig
        else:
            content = praise
            if R.random() < 0.3:
                content += " " + url_for(kw)
        author = kw_author(kw) if R.random() < 0.55 else fake_person()
        url = url_for(kw) if (kind == "praise_url" or R.random() < 0.6) else ""
        if kind == "praise_url" and not url:
            url = url_for(kw)
        homo_ok = True
    elif kind == "bare":
        kw = R.choice(SIG_KW + TOPIC_KW[topic])
        n = R.randint(1, 4)
        links = [url_for(R.choice(SIG_KW)) for _ in range(n)]
        links[0] = url_for(kw)
        content = R.choice(["\n", " ", "\n\n", "  "]).join(links)
        author = R.choice([fake_person(), kw_author(kw), ""]) or fake_person()
    elif kind == "anchor":
        kw = R.choice(SIG_KW + TOPIC_KW[topic])
        u = url_for(kw)
        if "://" not in u:
            u = "https://" + u
        a = '<a href="{}">{}</a>'.format(u, R.choice([kw, "cheap " + kw, kw + " " + R.choice(["2024", "online", "sale", "reviews"]), "click here", "this site"]))
        pre = R.choice(["", spin("{Great|Nice|Cool|Good} {post|article|blog}! "), spin("{You can|Please} {find|read} more {here|about it here}: "),
                        "I found " + R.choice(["a good", "the best", "an amazing"]) + " " + kw + " here " , spin("{Hmm|Wow}, "), ""])
        content = pre + a
        if R.random() < 0.35:
            k2 = R.choice(SIG_KW)
            content += R.choice(["\n", " ", " | "]) + '<a href="https://{}">{}</a>'.format(domain_for(k2), k2)
        author = kw_author(kw) if R.random() < 0.5 else fake_person()
        url = u if R.random() < 0.4 else ""
    elif kind == "contact":
        content = fill(R.choice(CONTACT))
        author = R.choice([fake_person(), fake_person(), R.choice(["Support Team", "Customer Care", "Helpdesk", "Agent Sarah", "Official Support", "Crypto Mentor"])])
        homo_ok = True
    elif kind == "testimonial":
        content = fill(R.choice(TESTIMONIAL))
        if R.random() < 0.4:
            content = content.replace(". ", ".\n", R.randint(1, 3))
        author = fake_person()
    elif kind == "copy":
        sent = post_sentence(thread)
        kw = R.choice(TOPIC_KW[topic] + SIG_KW[:12])
        u = url_for(kw)
        tpl = R.choice([
            "{s} {link}",
            "\"{s}\" - {so true|exactly|agree 100%}. {link}",
            "{I agree|Totally agree|Yes} that {sl} That's {why|the reason} I {always|now} {use|recommend} {kw}: {link}",
            "{s}\n\n{Good|Nice|Great} {point|info}. {link}",
            "{Interesting|Great} post about {title}. {s} {Visit|Check} {my site|our site|us} for {more|the best} {kw}: {link}",
            "{sl_cap} {Read|See} more about {kw} at {link}",
            "{You wrote|You said}: {s} {Very|Really} {helpful|useful}. We {offer|provide} {kw} {at the best price|with free shipping|in your area}, {visit|see} {link}",
            "Re: {title} -- {s} {Great|Nice} {topic|read}. {kw} {link}",
        ])
        content = spin(tpl)
        link = u
        if R.random() < 0.25:
            link = '<a href="https://{}">{}</a>'.format(domain_for(kw), kw)
        content = (content.replace("[[s]]", sent).replace("[[sl]]", sent[0].lower() + sent[1:])
                   .replace("[[sl_cap]]", sent).replace("[[title]]", posts[thread]["title"]).replace("[[kw]]", kw).replace("[[link]]", link))
        author = kw_author(kw) if R.random() < 0.5 else fake_person()
        url = url_for(kw) if R.random() < 0.5 else ""
    elif kind == "short":
        kw = R.choice(SIG_KW + TOPIC_KW[topic])
        content = fill(R.choice(SHORT), kw=kw)
        author = kw_author(kw) if R.random() < 0.5 else fake_person()
        url = url_for(kw) if R.random() < 0.5 else ""
    elif kind == "nolink":
        content = fill(R.choice(NOLINK))
        author = fake_person()
        homo_ok = True
    elif kind == "topical":
        kw = R.choice(TOPIC_KW[topic])
        tpl = R.choice([
            "{Looking for|Need} {kw}? We {offer|have} the {best|lowest} prices {guaranteed|online|in town}. {Visit|Check out} {url} {today|now}!",
            "{Great|Nice} {post|read}! {By the way|BTW|Also}, {if anyone needs|for anyone looking for} {kw}, {I recommend|try} {url}, {they are|it's} {the best|amazing|legit}.",
            "{kw} - {cheap|affordable|best} {and fast|and reliable|quality}. {Call|Contact} {phone} or {visit|go to} {url}",
            "{Thanks|Thank you} for {this|the info}. {We are|Our company is} {a leading|the #1|a trusted} {kw} {provider|company|service} {since 2009|with 5 star reviews}. {url}",
            "{kw}\n{url}\n{Call|Phone}: {phone}",
        ])
        content = fill(tpl, kw=kw)
        author = kw_author(kw) if R.random() < 0.6 else fake_person()
        url = url_for(kw) if R.random() < 0.6 else ""
    elif kind == "trade":
        trade, city = R.choice(TRADES), R.choice(US_CITIES)
        kw = trade + " " + city
        author = kw
        url = url_for(kw)
        content = spin(R.choice([
            "{Nice|Great|Good} {post|article|info}!",
            "{Thanks|Thank you} for {sharing|posting} this.",
            "{Very|Really} {informative|helpful} {article|blog}. {Keep it up|Thanks}.",
            "I {will|'ll} {bookmark|save} this {page|site}.",
            "{This|It} is {helpful|useful} {information|info}, {thanks|thank you}.",
            "{Wow|Awesome}, {great|nice} {tips|ideas|work}.",
        ]))
        if R.random() < 0.4:
            content += " " + trade.lower() + " " + city.split()[0].lower()
        if R.random() < 0.3:
            content += "\n" + phone_us()
    if kind in ("praise_sig", "praise_url", "trade", "topical", "copy", "short") and R.random() < 0.4:
        content = re.sub(r"!+", ".", content).replace("..", ".")
    content = casing(content) if kind not in ("anchor", "kwlist") else content
    if homo_ok and R.random() < 0.22:
        content = homoglyph(content)
    if not author:
        author = fake_person()
    if R.random() < 0.4:
        email = email_for(author if R.random() < 0.6 else fake_person())
    return {"author": author, "author_url": normalize_url(url), "author_email": email, "content": content,
            "label": "spam", "_kind": kind}


def normalize_url(u):
    if not u:
        return ""
    if u.startswith("http"):
        return u
    return "http://" + u


# ---------------------------------------------------------------- low relevance
LOW_NAMES = ["Kim", "jay", "Maria", "sarah_k", "Tommy", "anon", "Guest", "Lou", "Pat", "bella", "ricardo", "nina.b",
             "Alex", "M.", "hank88", "Jo", "Sue", "dave", "Chris P.", "Ola", "vee", "mike_t", "Gabriela", "Ken", "Zoe",
             "Amir", "Helen", "Ludo", "kat", "Ray", "Bo", "ellie_b", "Tess", "Grant", "Mei", "Noah", "Ivy", "Derek", "Paula",
             "Femi", "Sven", "Bex", "ash", "J. Morales", "Oona", "Rita S.", "Dom", "Wes", "Jin", "cam", "Lila", "Stu"]


def low_author():
    if R.random() < 0.75:
        return R.choice(LOW_NAMES)
    return fake_person()


def near_copy(text):
    t = text
    ops = R.sample(["lower", "punct", "emoji", "prefix", "suffix", "typo"], k=R.randint(1, 2))
    for op in ops:
        if op == "lower":
            t = t.lower()
        elif op == "punct":
            t = t.rstrip(".!") + R.choice(["!!", "!", "", "...", " !"])
        elif op == "emoji":
            t = t + " " + R.choice(["🙂", "👍", "🔥", "😊", "🙏", ":)"])
        elif op == "prefix":
            t = R.choice(["Same, ", "^ ", "Agree. ", "yes! ", "this. "]) + (t[0].lower() + t[1:] if t else t)
        elif op == "suffix":
            t = t + (R.choice([" x2", " (again)", " lol", " 2"]) if t[-1:] in ".!?)" else R.choice([" too", " as well", " x2", " lol"]))
        elif op == "typo" and len(t) > 8:
            i = R.randrange(1, len(t) - 2)
            t = t[:i] + t[i + 1] + t[i] + t[i + 2:]
    return t


# ---------------------------------------------------------------- assemble
def make_contact(c):
    return {"author": c["author"], "author_url": c.get("author_url", ""), "author_email": c.get("author_email", ""),
            "content": c["content"], "label": c["label"]}


blog_emails = {"Marisol Vance": "marisol@cheapseatslongroutes.example", "Theo Lindqvist": "theo@savepoint.example",
               "Harriet Okafor": "h.okafor@alderfallsledger.example", "Pete Santangelo": "pete@alderfallsledger.example",
               "Gus Pereira": "gus@gusfixesthings.example"}
blog_urls = {"Marisol Vance": "https://cheapseatslongroutes.example", "Theo Lindqvist": "https://savepoint.example",
             "Harriet Okafor": "https://alderfallsledger.example", "Pete Santangelo": "https://alderfallsledger.example",
             "Gus Pereira": "https://gusfixesthings.example"}

rows = []
for thread in order:
    n_low, n_spam = PLAN[thread]
    gen = [make_contact(c) for c in genuine[thread]]
    # some genuine commenters get an email and/or personal site, consistent per author within the thread
    ident = {}
    for c in gen:
        a = c["author"]
        if a not in ident:
            if a in blog_emails:
                ident[a] = (blog_urls[a] if R.random() < 0.5 else "", blog_emails[a] if R.random() < 0.5 else "")
            else:
                u = e = ""
                if R.random() < 0.22:
                    e = email_for(a)
                if R.random() < 0.07:
                    u = "https://" + slug(a).replace("-", "") + R.choice([".example", ".test", ".example.org"])
                ident[a] = (u, e)
        u, e = ident[a]
        if not c["author_url"] and u:
            c["author_url"] = u
        if not c["author_email"] and e:
            c["author_email"] = e
        if c["author"] in blog_emails:
            c["author_url"] = c["author_url"] or ident[a][0]
    for c in gen:
        txt = c["content"]
        if "\n" not in txt and len(txt) > 170 and R.random() < 0.4:
            cuts = [m.end() for m in re.finditer(r"[.!?] (?=[A-Z@])", txt)]
            cuts = [k for k in cuts if 50 < k < len(txt) - 40]
            if cuts:
                k = R.choice(cuts)
                c["content"] = txt[:k - 1] + R.choice(["\n\n", "\n", "\n\n"]) + txt[k:]
    floating = []
    # low relevance: hand-written off-topic + pool + near copies
    lows = [make_contact(c) for c in offtopic.get(thread, [])]
    n_copies = max(0, round(n_low * 0.18)) if n_low >= 5 else 0
    while len(lows) < n_low - n_copies:
        lows.append({"author": low_author(), "author_url": "", "author_email": "", "content": FILLER.pop(), "label": "low_relevance"})
    for c in lows:
        if R.random() < 0.12 and not c["author_email"]:
            c["author_email"] = email_for(c["author"])
        if R.random() < 0.05 and not c["author_url"]:
            c["author_url"] = "https://" + slug(c["author"]).replace("-", "") + R.choice([".example", ".test"])
    floating += lows
    spams = [make_contact(c) for c in handspam.get(thread, [])]
    kinds_used = []
    while len(spams) < n_spam:
        s = make_spam(thread)
        # avoid more than 2 of the same kind in a row within a thread for variety
        if len(kinds_used) >= 2 and kinds_used[-1] == kinds_used[-2] == s["_kind"]:
            continue
        kinds_used.append(s["_kind"])
        spams.append(s)
    floating += spams
    # merge: keep genuine order, scatter others
    seq = list(gen)
    for item in floating:
        seq.insert(R.randint(0, len(seq)), item)
    # near-copies of earlier short comments (filler or short genuine)
    for _ in range(n_copies):
        cands = [i for i, c in enumerate(seq) if (c["label"] == "low_relevance" or (
                 c["label"] == "genuine" and len(c["content"]) < 45 and "?" not in c["content"]))
                 and "@" not in c["content"] and c["author"] not in blog_emails]
        if not cands:
            cands = [i for i, c in enumerate(seq) if c["label"] == "low_relevance"]
        i = R.choice(cands)
        pos = R.randint(i + 1, len(seq))
        seq.insert(pos, {"author": low_author(), "author_url": "", "author_email": "",
                         "content": near_copy(seq[i]["content"]), "label": "low_relevance"})
    for n, c in enumerate(seq, 1):
        rows.append({"id": "{}-{:03d}".format(thread, n), "source": SOURCE, "thread": thread,
                     "author": c["author"], "author_url": c["author_url"], "author_email": c["author_email"],
                     "content": c["content"], "label": c["label"]})

with open(os.path.join(HERE, "posts.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["thread", "title", "text"])
    for t in order:
        w.writerow([t, posts[t]["title"], "By " + posts[t]["author"] + "\n\n" + posts[t]["text"]])

with open(os.path.join(HERE, "comments.csv"), "w", encoding="utf-8", newline="") as f:
    cols = ["id", "source", "thread", "author", "author_url", "author_email", "content", "label"]
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(cols)
    for r in rows:
        w.writerow([r[c] for c in cols])

print("posts:", len(order), "comments:", len(rows), "filler left:", len(FILLER))
