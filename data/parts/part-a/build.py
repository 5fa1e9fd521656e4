#!/usr/bin/env python3
"""Builds posts.csv and comments.csv for part-a of the engage blog corpus.

Hand-written material lives in src/*.txt (posts, genuine comments, thread-specific
low-relevance comments, blogger replies). src/filler.txt is a hand-written pool of
generic low-relevance comments. Spam is generated here from many templates,
spintax and word lists, and mixed into each thread at random positions.
Deterministic: fixed seed.
"""
import csv, glob, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
SOURCE = "engage-blog-corpus"
rng = random.Random(20241123)

# ---------------------------------------------------------------- parsing
def parse_topic_file(path):
    threads = []
    cur = None
    mode = None
    for raw in open(path, encoding="utf-8").read().split("\n"):
        line = raw.rstrip()
        if line.startswith("### "):
            cur = {"thread": line[4:].strip(), "text": [], "comments": [],
                   "spam": 0, "filler": 0, "blogger_url": "", "file": os.path.basename(path)}
            threads.append(cur)
            mode = "head"
            continue
        if cur is None:
            continue
        if mode == "head":
            if line.startswith("text:"):
                mode = "text"
                continue
            if ":" in line:
                k, v = line.split(":", 1)
                k = k.strip(); v = v.strip()
                if k in ("spam", "filler"):
                    cur[k] = int(v)
                else:
                    cur[k] = v
            continue
        if mode == "text":
            if line.strip() == "---":
                mode = "comments"
                continue
            cur["text"].append(line)
            continue
        if mode == "comments":
            if not line.strip():
                continue
            kind = line[:1]
            if kind == "a":
                _, content = line.split("|", 1)
                cur["comments"].append({"author": cur["blogger"], "author_url": cur.get("blogger_url", ""),
                                        "author_email": "", "content": fix(content), "label": "genuine"})
            elif kind in "gl":
                parts = line.split("|", 4)
                if len(parts) != 5:
                    raise SystemExit("bad line in %s: %r" % (path, line))
                _, author, url, email, content = [p.strip() for p in parts]
                cur["comments"].append({"author": author, "author_url": url, "author_email": email,
                                        "content": fix(content),
                                        "label": "genuine" if kind == "g" else "low_relevance"})
            else:
                raise SystemExit("bad line in %s: %r" % (path, line))
    for t in threads:
        body = "\n".join(t["text"]).strip()
        body = re.sub(r"\n{3,}", "\n\n", body)
        t["body"] = body
    return threads

def fix(s):
    return s.strip().replace("\\n", "\n")

# ---------------------------------------------------------------- helpers
def spin(s):
    """Expand {a|b|c} spintax (single level, may repeat)."""
    while True:
        m = re.search(r"\{([^{}]*)\}", s)
        if not m:
            return s
        s = s[:m.start()] + rng.choice(m.group(1).split("|")) + s[m.end():]

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

TLDS = [".example", ".example", ".example", ".test", ".example.net", ".example.org", ".example.com"]

def kw_url(kw, path=True):
    host = slug(kw)
    if rng.random() < 0.3:
        host = host.replace("-", "")
    if rng.random() < 0.25:
        host = host + rng.choice(["-online", "24", "hq", "-pro", "4u", "-shop", "-now"])
    scheme = rng.choice(["http://", "https://", "https://www.", "http://www."])
    u = scheme + host + rng.choice(TLDS)
    if path and rng.random() < 0.45:
        u += "/" + rng.choice([slug(kw), "?ref=" + str(rng.randint(10, 9999)), "index.php?p=" + str(rng.randint(2, 900)),
                               "blog/" + slug(kw), "go/" + str(rng.randint(100, 999)), "", "product/" + slug(kw)])
    return u

def short_url():
    return rng.choice(["http://bit.example/", "https://tiny.test/", "http://clck.example/", "https://s.example.net/"]) + \
        "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.randint(5, 8)))

def any_url(kw):
    return short_url() if rng.random() < 0.15 else kw_url(kw)

FIRST = ["James", "Maria", "Jessica", "Kevin", "Linda", "Ahmed", "Priya", "Olivia", "Daniel", "Sophia", "Brandon",
         "Ashley", "Mohammed", "Grace", "Tyler", "Natalie", "Victor", "Hannah", "Rahul", "Chloe", "Marcus", "Emily",
         "Lorenzo", "Fatima", "Henry", "Isabella", "Chen", "Amara", "Derek", "Rosa", "Samuel", "Tina", "Wendy",
         "Frank", "Aisha", "Liam", "Nora", "Oscar", "Paula", "Quentin", "Rebecca", "Stella", "Boris", "Elena",
         "Diego", "Kayla", "Jasmine", "Gary", "Helen", "Ivan", "Julie", "Carmen", "Noah", "Zara", "Sandra"]
LAST = ["Miller", "Johnson", "Brown", "Garcia", "Smith", "Wilson", "Taylor", "Anderson", "Thomas", "Moore",
        "Martin", "Jackson", "White", "Lopez", "Harris", "Clark", "Lewis", "Walker", "Young", "Allen", "King",
        "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts",
        "Carter", "Phillips", "Evans", "Turner", "Torres", "Parker", "Collins", "Edwards", "Stewart", "Morris",
        "Nguyen", "Khan", "Okafor", "Patel", "Sharma", "Reyes", "Kowalski", "Fischer", "Rossi"]

def fake_name():
    r = rng.random()
    f, l = rng.choice(FIRST), rng.choice(LAST)
    if r < 0.45:
        return f + " " + l
    if r < 0.6:
        return f
    if r < 0.7:
        return f.lower()
    if r < 0.8:
        return f + " " + l[0] + "."
    if r < 0.9:
        return (f + l).lower() + str(rng.randint(1, 99))
    return f.lower() + "_" + l.lower()

def mail_for(name):
    user = slug(name).replace("-", rng.choice([".", "", "_"])) or "info"
    if rng.random() < 0.3:
        user += str(rng.randint(1, 999))
    return user + "@" + rng.choice(["mail.example", "inbox.test", "post.example.com", "email.example.net",
                                      "webmail.example.org", "fastmail.test"])

def phone():
    return rng.choice([
        "+1 (855) 555-01%02d" % rng.randint(0, 99),
        "+1-888-555-01%02d" % rng.randint(0, 99),
        "1 800 555 01%02d" % rng.randint(0, 99),
        "+44 7700 900%03d" % rng.randint(0, 999),
        "+234 701 555 %04d" % rng.randint(0, 9999),
        "+91 98765 0%04d" % rng.randint(0, 9999),
        "+1 (213) 555-01%02d" % rng.randint(0, 99),
        "+61 491 570 %03d" % rng.randint(100, 199),
    ])

def handle():
    return rng.choice(["crypto", "fx", "signals", "support", "help", "agent", "mentor", "invest", "coach", "desk",
                       "profit", "official", "recovery", "loans", "trader"]) + rng.choice(["_", "", "."]) + \
        rng.choice(["jenny", "mark", "global", "pro", "king", "daniel", "max", "team", "vip", "hub", "ace"]) + \
        (str(rng.randint(1, 999)) if rng.random() < 0.6 else "")

# ---------------------------------------------------------------- word lists
GENERAL_KW = ["best running shoes", "cheap car insurance quotes", "payday loans online same day", "buy instagram followers",
    "keto diet pills", "cbd gummies for sleep", "roof repair near me", "water damage restoration", "seo services dubai",
    "replica watches", "cheap nfl jerseys", "detox weight loss tea", "online casino real money", "bitcoin trading bot",
    "essay writing service", "hair transplant turkey", "emergency dentist open now", "crypto recovery expert",
    "custom printed boxes wholesale", "teeth whitening kit", "airport taxi london", "moving company toronto",
    "garage door repair", "ac repair dallas", "solar panel installation cost", "cheap flights to bali",
    "led grow lights", "vape juice wholesale", "dog grooming near me", "hvac contractor", "tree removal service",
    "male enhancement pills", "mattress sale", "adjustable dumbbells", "carpet cleaning houston",
    "bathroom remodel ideas", "wedding dresses 2024", "anti aging cream", "home tutor for maths", "ielts coaching",
    "cheap hotels paris", "nursing assignment help", "pest control near me", "locksmith 24 hours",
    "used cars for sale", "online pharmacy no prescription", "slot gacor", "sports betting tips",
    "forex trading course", "kitchen cabinets", "personal injury lawyer", "window cleaning services", "gym leggings"]

TOPIC_KW = {
    "marketing": ["social media marketing agency", "buy google reviews", "local seo services", "cheap instagram likes",
                  "email marketing software", "logo design cheap", "lead generation services", "digital marketing course",
                  "google business profile optimization", "white label seo", "bulk sms service", "website design company"],
    "programming": ["custom software development company", "hire php developers india", "web hosting coupon",
                    "cheap vps hosting", "mobile app development agency", "java assignment help", "best laptop for programming",
                    "python online training", "database repair tool", "sql server recovery software", "devops consulting"],
    "finance": ["payday loans online", "forex signals", "credit repair company", "bitcoin investment platform",
                "tax preparer near me", "binary options strategy", "instant personal loan", "debt consolidation loans",
                "gold ira company", "stock trading app", "cash advance no credit check", "crypto mining pool"],
    "photography": ["lightroom presets", "wedding photographer toronto", "cheap camera lenses", "photo editing services",
                    "canvas prints cheap", "drone photography services", "background removal service",
                    "photo booth rental", "used dslr cameras", "newborn photography", "camera bag sale"],
    "gadgets": ["iphone screen repair", "cheap airpods", "best vpn deal", "refurbished laptops", "phone cases wholesale",
                "smart watch sale", "gaming headset deals", "samsung galaxy unlock", "tablet for kids", "power bank 20000mah",
                "bluetooth speaker cheap", "spy apps for android"],
}

LOCAL_SERVICES = ["Plumber", "Roofing Contractor", "Locksmith", "Electrician", "Carpet Cleaning", "Water Damage Restoration",
                  "Pest Control", "Garage Door Repair", "Movers", "Dentist", "Towing Service", "HVAC Repair", "Tree Service",
                  "Personal Injury Lawyer", "Limo Service", "Auto Glass Repair"]
CITIES_US = ["Austin TX", "Dallas", "Houston", "Phoenix AZ", "Tampa", "Orlando FL", "San Diego", "Denver CO", "Charlotte NC",
             "Las Vegas", "Atlanta", "Miami", "Seattle", "Nashville", "Columbus Ohio", "Raleigh"]
CITIES_IN = ["Bangalore", "Pune", "Delhi", "Gurgaon", "Noida", "Mumbai", "Hyderabad", "Chennai", "Kolkata", "Ahmedabad",
             "Jaipur", "Chandigarh", "Lucknow", "Ghaziabad", "Faridabad", "Indore", "Nagpur", "Kochi", "Bhopal", "Surat"]

BRAND_LINES = [
    ["replica watches", "rolex replica", "swiss replica watches", "cheap omega watches", "fake rolex for sale", "tag heuer replica"],
    ["ray ban sunglasses", "cheap oakley sunglasses", "ray ban outlet", "oakley outlet", "cheap sunglasses", "ray bans"],
    ["cheap nfl jerseys", "wholesale jerseys", "nba jerseys cheap", "soccer jerseys", "cheap jerseys from china", "authentic jerseys"],
    ["michael kors outlet", "louis vuitton handbags", "coach outlet online", "kate spade outlet", "cheap designer handbags", "longchamp bags"],
    ["nike air max", "cheap jordans", "yeezy boost", "adidas outlet", "ugg boots clearance", "timberland boots sale"],
    ["north face outlet", "canada goose jackets", "moncler sale", "cheap ralph lauren polo", "lululemon outlet", "hollister clothing"],
]

# ---------------------------------------------------------------- spam styles
PRAISE = [
    "{Stumbled|Landed|Ended up} on {this page|your blog|this post} {while|when} {searching|googling|looking} for {something else|a totally different topic} and {honestly|truly|really} {glad|happy} I did. {Very|Super|Really} {clear|well explained|easy to follow}{.|!|!!}",
    "{Admin|Dear admin|Hello admin}, {thank you for|thanks for|appreciate} {this|the} {valuable|useful|precious} {information|info|content}. {I am|I'm} {a new|a regular} {reader|visitor} {from|in} {Pune|Lagos|Manila|Karachi|Dhaka|Jakarta|Nairobi} and {your|this} {site|blog} {help|helps} me {a lot|very much|too much}.",
    "{This|The} {post|article|blog} {is|was} {exactly|just} what I {needed|was looking for} {today|this week|right now}. {The way you|How you} {explain|describe|put} {things|everything|it} {is|feels} {so simple|very easy|natural}. {Please|Kindly} {keep|continue} {writing|posting|sharing} {more|such} {content|articles|posts}{.|!|!!!}",
    "{Not sure|Don't know|No idea} how I {missed|overlooked} {this|your} {site|blog} {before|until now}. {Every|Each} {post|article} I {open|click} {is|has been} {solid|worth reading|on point}. {Subscribed|Following|Signed up for updates}{.|!| :)}",
    "{Thanks|Thank you|Many thanks} {a lot|so much|a ton} for {writing|sharing|posting} {this|such a} {detailed|in-depth|thorough} {article|guide|post}. {It|This} {cleared|answered|solved} {many|several|a lot of} {doubts|questions} {I had|in my mind}.",
    "{I|We} {really|truly} {appreciate|enjoyed|liked} the {effort|time|work} {you put|you have put|that went} into {this|this post|this article}. {Such|These kind of} {posts|articles} {are rare|are hard to find|don't come around often} {nowadays|these days|on the internet}.",
    "{hi|hey|hello} {friend|buddy|there}, {nice|good|great} {article|post}, {i|I} {like|liked|love} {it|this} {very much|so much|a lot}. {can|could} {you|u} {write|post} {more|next} about {this topic|same topic|it}{?|??| please}",
    "{Very|Quite|Extremely} {informative|useful|well written} {article|post|blog}{.|!} {Looking forward|Waiting} for {more|next|your next} {updates|posts|articles}{.|!}",
    "{Your|This} {writing style|way of writing|blog layout} is {awesome|really nice|so neat}{,|.} {I|i} {spent|wasted} {an hour|half my evening|the whole afternoon} {reading|going through} {your archive|old posts|this site}{.|!|..}",
    "{Really|Very} {good|nice} {explanation|info}, {i|I} {was|am} {search|searching} {this|it} {since|for} {long time|many days}. {Finally|At last} {got|found} {it|here}{.|!} {Thank you|Thanks} {admin|sir|madam}.",
    "{Browsing|Reading} {this|your page} {from|on} my {phone|iphone|tablet} {during|on} my {lunch break|commute|night shift} and {it|the page} {loads|looks} {perfect|great}. {Content|Info} {also|is} {very good|top class}{.|!}",
    "{Question|Quick question} {for|to} {admin|the owner}: {is|are} {you|u} {open|available} for {paid|sponsored} {posts|articles|collaborations}? {I have|We have} {a|some} {proposal|offer} {that|which} {can|could} {help|benefit} {both|us both}. {Waiting|Awaiting} {your|ur} {reply|response}.",
    "{I|We} {started|launched} {a|my} {blog|website} {last month|recently} {on|about} {similar|same} {topic|niche} {and|but} {nobody|no one} {visits|reads} {it|yet}. {How|What} {did you|do you do to} {get|bring} {readers|traffic}{?|??} {Any|Some} {tips|advise|guidance} {will be|would be} {helpful|appreciated}.",
    "{Thank you|Thanks} {for|about} {this|the} {post|writing}, {it is|its} {very|too} {informative|knowledgeable} {and|&} {interesting|useful}. {I|i} {will|shall} {visit|come} {again|back} {for|to read} {more|next} {posts|article}{.|!}",
    "{Keep|Please keep} {up the|this} {good|great|fantastic} {work|job}! {I|We} {shared|forwarded} {this|it} {to|with} {my|our} {team|group|whatsapp group} {already|just now}.",
    "{Amazing|Superb} {work|effort}{,|!} {the|your} {points|tips} {are|were} {very|so} {practical|helpful} {and|&} {easy to understand|simple to follow}. {God bless|Blessings|Cheers} {you|u}{.|!}",
]

SIGNATURE = [
    "My webpage :: {kw}", "My web site - {kw}", "Here is my blog post; {kw}", "Feel free to surf to my site: {url}",
    "Also visit my homepage - {url}", "my website ... {kw}", "Check out my web-site; {kw}", "Look at my site :: {url}",
    "Take a look at my page ... {url}", "Here is my web-site {url}", "my blog {kw}", "{url}", "Stop by my homepage :: {kw}",
    "Also visit my web blog :: {url}", "Feel free to visit my web site: {kw}", "my page - {url}", "Have a look at my web blog: {kw}",
    "My homepage {url}", "Here is my web page - {kw}", "Visit my website; {url}", "{kw}", "{kw}", "Also visit my web page ... {kw}",
    "Take a look at my blog post - {kw}", "Feel free to visit my blog post; {url}",
]

HOMO = {"a": ["\u0430", "\u03b1"], "e": ["\u0435"], "o": ["\u043e", "\u03bf"], "p": ["\u0440", "\u03c1"],
        "c": ["\u0441"], "x": ["\u0445"], "y": ["\u0443"], "i": ["\u0456", "\u03b9"], "r": ["\u0433"],
        "A": ["\u0410", "\u0391"], "E": ["\u0415"], "O": ["\u041e"], "P": ["\u0420"], "C": ["\u0421"],
        "T": ["\u0422", "\u03a4"], "H": ["\u041d"], "K": ["\u041a"], "M": ["\u041c"], "B": ["\u0412"], "v": ["\u03bd"]}

def homoglyph(s, rate=None):
    rate = rate if rate is not None else rng.uniform(0.2, 0.6)
    out = []
    for ch in s:
        if ch in HOMO and rng.random() < rate:
            out.append(rng.choice(HOMO[ch]))
        else:
            out.append(ch)
    return "".join(out)

def sentences(body):
    ss = re.split(r"(?<=[.!?])\s+", body.replace("\n", " "))
    return [s.strip() for s in ss if 40 <= len(s.strip()) <= 220]

def kw_for(topic):
    pool = TOPIC_KW[topic] if rng.random() < 0.55 else GENERAL_KW
    return rng.choice(pool)

def s_praise_sig(t):
    kw = kw_for(t["topic"])
    url = any_url(kw)
    body = spin(rng.choice(PRAISE))
    if rng.random() < 0.35:
        body += " " + spin(rng.choice(PRAISE))
    sig = rng.choice(SIGNATURE).replace("{kw}", kw).replace("{url}", url)
    sep = rng.choice(["\n\n", "\n", " ", "\n\n"])
    return body + sep + sig, kw, url

def s_spun(t):
    kw = kw_for(t["topic"])
    body = spin(rng.choice(PRAISE))
    if rng.random() < 0.3:
        body = body.lower()
    return body, kw, None

def s_trailing(t):
    kw = kw_for(t["topic"])
    body = spin(rng.choice(PRAISE))
    return body + rng.choice([" ", "\n", "  "]) + rng.choice([kw, kw.title(), kw + ".", kw.capitalize()]), kw, None

def s_brand_list(t):
    group = rng.choice(BRAND_LINES)
    items = rng.sample(group, rng.randint(3, len(group)))
    if rng.random() < 0.3:
        other = rng.choice(BRAND_LINES)
        items += rng.sample(other, 2)
    style = rng.random()
    lines = []
    for it in items:
        u = kw_url(it, path=rng.random() < 0.5)
        if style < 0.3:
            lines.append(it)
        elif style < 0.55:
            lines.append('<a href="%s">%s</a>' % (u, it))
        elif style < 0.75:
            lines.append("%s %s" % (it, u))
        elif style < 0.88:
            lines.append("[url=%s]%s[/url]" % (u, it))
        else:
            lines.append("%s, %s" % (it, u.replace("https://", "").replace("http://", "")))
    txt = "\n".join(lines)
    if rng.random() < 0.25:
        txt = spin("{good|nice|thanks|great post|very nice site}") + "\n" + txt
    return txt, items[0], None

def s_loan(t):
    kw = rng.choice(["payday loans online", "instant cash loan", "bad credit loans", "quick personal loan", "cash advance today"])
    url = any_url(kw)
    amt = rng.choice(["500", "1,000", "1500", "2,500", "5000", "35,000"])
    tpl = rng.choice([
        "Need {cash|money} {fast|today|before payday}? Get up to $%s {in minutes|within 1 hour|same day}, {no credit check|bad credit OK|no paperwork}. Apply {now|today} at %s" % (amt, url),
        "{Urgent|Fast|Guaranteed} loans for {everyone|bad credit|self employed} - {approval in 5 min|95%% approval|money tonight}. %s" % url,
        "{Tired of|Stuck with} {bills|debts|overdraft fees}?? {We|Our lenders} {approve|fund} up to $%s even with {bad|no} credit!!! {Visit|Click} %s {now|today}" % (amt, url),
        "{Do you need|Are you in need of} a {loan|financial help} to {pay bills|start a business|clear debts}? We offer loans at {2%%|3%%} interest rate. {Contact|Email} us: %s" % mail_for(rng.choice(["quickloan", "loanfirm", "finance.help", "trustlending"])),
        "{payday loans|cash loans|fast loans} %s {payday loans|online loans|same day loans}" % url,
    ])
    return spin(tpl), kw, url

def s_crypto(t):
    kw = rng.choice(["bitcoin trading bot", "crypto signals", "forex signals", "ai trading platform", "crypto arbitrage"])
    url = any_url(kw)
    amt = rng.choice(["300", "500", "1,200", "2000", "4,750"])
    tpl = rng.choice([
        "{Earn|Make} ${amt} {per day|a day|every week} from home with {our|this} {AI trading bot|crypto arbitrage system|copy trading app}. {Zero|No} experience needed. {Join|Register} at {url}",
        "{Bitcoin|BTC|Crypto} is {about to|going to} {explode|moon|10x} {this month|soon}!!! {Get in|Buy} before {it's too late|the pump} {url}",
        "I {turned|grew} ${small} into ${amt} {in 2 weeks|in 10 days|in one month} {following|using} {the signals from|trades from} {url}. {Not financial advice|Thank me later} {lol|;)|}",
        "{Free|VIP} {crypto|forex} {signals|calls} {daily|every morning}, {90%|87%|95%} {win rate|accuracy}. {url}",
    ])
    return spin(tpl.replace("{amt}", amt).replace("{small}", rng.choice(["100", "250", "50"])).replace("{url}", url)), kw, url

def s_casino(t):
    name = rng.choice(["LuckyStar Casino", "SpinPalace777", "Jackpot City VIP", "GoldenReels", "Royal88 Slots", "BetKing"])
    kw = rng.choice(["online casino", "slot gacor", "free spins no deposit", "sports betting", "casino bonus"])
    url = any_url(kw)
    tpl = rng.choice([
        "\U0001F3B0 {Welcome bonus|Free spins|Mega bonus} {200%%|300 free spins|up to $1000} at %s! {Play now|Sign up|Register free}: %s" % (name, url),
        "{best|top|trusted} {online casino|slot site|betting site} {2024|this year} -> %s {no deposit bonus|instant withdrawal}" % url,
        "{slot gacor|situs slot|slot online} {hari ini|terpercaya} %s {maxwin|gacor}" % url,
        "{I won|Just won|Won} ${big} {last night|yesterday|on saturday} at %s, {crazy|unreal|legit}!! {Use|Try} code {WIN50|SPIN100|BONUS777}" % (name, ) + rng.choice(["", " " + url]),
    ])
    return spin(tpl.replace("{big}", rng.choice(["2,300", "870", "15,000", "4400"]))), kw, url

def s_seo(t):
    kw = rng.choice(["seo services", "backlinks", "website traffic", "guest posting", "web design"])
    email = mail_for(rng.choice(["rankboost", "seo.team", "digitalgrow", "backlinkpro", "trafficking.agency", "webfix"]))
    url = any_url(kw)
    tpl = rng.choice([
        "Hi, I {noticed|saw|checked} your {website|blog|site} is not ranking on {first page|page 1} of Google for {many|important|most} keywords. We {can|will} {fix|improve} {it|that} with {white hat|100%% safe|manual} SEO. {Reply|Email us at} %s for a {free audit|free report|quote}." % email,
        "{Want|Need} {more|real} {traffic|visitors} {to your blog|for your site}? {We provide|I offer} {high DA|DA 50+|permanent} {backlinks|guest posts} {at cheap price|for $5|starting $10}. %s" % url,
        "{Hello|Hey} {webmaster|blog owner}, {your site|this site} {has|have} {several|many} {errors|SEO issues|speed problems}. {I|We} {can|will} {fix|solve} {all|them} {in 24 hours|today}. {WhatsApp|Contact} %s" % phone(),
        "{Do you|Would you} {accept|allow} guest posts? {I|We} {would like to|want to} {publish|write} an article on {your blog|this site} {with a|including one} do-follow link. {Budget|Price} is ${p}. {Mail|Email}: %s" % email,
    ])
    return spin(tpl.replace("{p}", str(rng.choice([20, 30, 50, 75])))), kw, url if "http" in tpl else None

def s_movers(t):
    n = rng.randint(4, 10)
    cities = rng.sample(CITIES_IN, n)
    base = rng.choice(["Packers and Movers", "packers and movers", "Packers Movers", "Movers and Packers"])
    sep = rng.choice(["\n", " | ", ", ", "\n"])
    urls = rng.random() < 0.5
    lines = []
    for c in cities:
        it = "%s %s" % (base, c) if rng.random() < 0.8 else "%s in %s" % (base, c)
        if urls:
            it += " " + kw_url("packers movers " + c, path=False)
        lines.append(it)
    kw = "packers and movers " + cities[0].lower()
    return sep.join(lines), kw, None

def s_local_service(t):
    svc, city = rng.choice(LOCAL_SERVICES), rng.choice(CITIES_US)
    kw = "%s %s" % (svc, city)
    url = kw_url(kw, path=False)
    tpl = rng.choice([
        "{Nice|Great|Good} {post|read}. {If anyone|Anyone} {in|around} %s {needs|is looking for} a {reliable|trusted|affordable} %s, {check out|try} %s" % (city, svc.lower(), url),
        "%s - {24/7|same day} {service|emergency service}, {licensed and insured|free estimates}. {Call|Text} %s" % (kw, phone()),
        "{Thanks for sharing|Great article}. {We are|We're} {the best|a top rated} %s {company|team} in %s. {Visit|See} %s" % (svc.lower(), city, url),
    ])
    return spin(tpl), kw, url

def s_link_drop(t):
    kw = kw_for(t["topic"])
    r = rng.random()
    if r < 0.45:
        return any_url(kw), kw, None
    if r < 0.75:
        return "\n".join(kw_url(rng.choice(GENERAL_KW)) for _ in range(rng.randint(2, 5))), kw, None
    return spin("{see|visit|check|look} ") + any_url(kw), kw, None

def s_anchor(t):
    kw = kw_for(t["topic"])
    url = kw_url(kw)
    r = rng.random()
    if r < 0.35:
        return '<a href="%s">%s</a>' % (url, kw), kw, url
    if r < 0.7:
        return spin(rng.choice(PRAISE)) + ' <a href="%s">%s</a>' % (url, rng.choice([kw, kw.title(), "click here", "read more", "my site"])), kw, url
    return spin("{Good|Nice|Wonderful} {post|article}, {thanks|ty}! ") + '<a href="%s" rel="dofollow">%s</a> <a href="%s">%s</a>' % (
        url, kw, kw_url(rng.choice(GENERAL_KW)), rng.choice(GENERAL_KW)), kw, url

def s_contact(t):
    kw = rng.choice(["support", "signals", "recovery", "printer", "loans"])
    tpl = rng.choice([
        "For {instant|24/7|quick} {support|help} with {your account|printer setup|QuickBooks errors|Cash App refund|a blocked bank card|Facebook account recovery} call %s {now|today|anytime}" % phone(),
        "dm on telegram @%s {for|to get} {signals|the best rates|free trading tips|more info}" % handle(),
        "{WhatsApp|Whatsapp|whatsapp me} %s {for details|to start earning|for the course|if you want to make money online}" % phone(),
        "{Anyone|Who} {need|needs} {help|a loan|a hacker|money}? {Text|Message} %s {on WhatsApp|on telegram}{!|!!|.}" % phone(),
        "{Earn|Make} {$200|$350|$500} {daily|every day} {working|working from home} {1-2 hours|part time}. {No investment|No skills needed}. {Message|Contact} {me|us} on Telegram: @%s" % handle(),
        "{Hacked|Locked out of} {your|ur} {Instagram|Facebook|WhatsApp|email} {account|acct}? {I|We} {can|will} {recover|get back} {it|everything} {in hours|fast}. {Telegram|TG} @%s {or|/} {call|text} %s" % (handle(), phone()),
    ])
    return spin(tpl), None, None

def s_homoglyph(t):
    kw = kw_for(t["topic"])
    base = spin(rng.choice([
        "This {article|post} {presents|gives} {clear|a clear} idea {for|designed for} the new {users|visitors|readers} of {blogging|this topic}, that {truly|really} how to do {blogging|running a blog|it}.",
        "{Best|Top|Highest} {rated|quality} {product|service} {at|for} {lowest|cheapest} {price|cost}. {Order|Buy} {now|today} {and get|with} {free shipping|50% off}.",
        "{Excellent|Great} {information|article}, {very|really} {helpful|useful} {for me|for everyone}. {Please|Kindly} {visit|check} my {profile|website} {also|too}.",
        "{Make|Earn} {money|cash} {online|from home} {easily|fast}, {guaranteed|proven} {results|income} {every|each} {week|day}.",
        "{Good|Nice} {content|post}. {Check|See} {our|the} {offers|deals} {for|on} %s {today|this week}." % kw,
    ]))
    txt = homoglyph(base)
    r = rng.random()
    url = None
    if r < 0.5:
        url = any_url(kw)
        txt += rng.choice([" ", "\n", " -> "]) + url
    elif r < 0.7:
        txt += " " + homoglyph(kw)
    return txt, kw, url

def s_copy(t):
    ss = sentences(t["body"])
    kw = rng.choice(TOPIC_KW[t["topic"]])
    url = any_url(kw)
    s = rng.choice(ss) if ss else t["title"]
    r = rng.random()
    if r < 0.3:
        txt = spin('"%s" {- so true|- exactly|this!!|100%% agree}. {We|I} {wrote about|cover} {the same thing|this topic} {in detail|too} at %s' % (s.replace("{", "(").replace("}", ")"), url))
        return txt.replace("%%", "%"), kw, url
    if r < 0.55:
        low = s[0].lower() + s[1:]
        return spin("{I agree that|Totally agree,|Yes,|True,} %s {For anyone reading|By the way|Also}, {the best|a great|top} %s {is|are} {here|at} %s" % (low.replace("{", "(").replace("}", ")"), kw, url)), kw, url
    if r < 0.75:
        return spin("{Great|Nice|Good} {points|post} about %s. {If you need|Looking for} %s? {We|Our team} {can help|offers it cheap}: %s" % (
            t["title"].lower(), kw, url)), kw, url
    if r < 0.9:
        return s + rng.choice([" ", "\n"]) + kw + rng.choice([" ", " - ", ": "]) + url, kw, url
    return spin("{Thanks for|Love} {this|the post on} %s. {Our|My} %s {does|do} exactly this{.|!} {Message|DM} {us|me} on WhatsApp %s" % (
        t["title"].lower(), kw, phone())), kw, None

def s_short(t):
    kw = kw_for(t["topic"])
    r = rng.random()
    d = kw_url(kw).split("//")[1].replace("www.", "").split("/")[0]
    if r < 0.3:
        return spin("{nice|good|great|cool|thx|ty}{.|!|,} ") + d, kw, None
    if r < 0.55:
        return spin("{great|best|cheap|good} ") + kw, kw, None
    if r < 0.8:
        return spin("{visit|see|go} ") + kw_url(kw), kw, None
    return kw + " " + d, kw, None

TESTIMONY_NAMES = ["Dr. Okpara", "Dr Ajayi", "Priest Oduma", "Dr. Ogbebor", "Lord Zakuza", "Dr. Eziza", "Baba Alakika", "Dr. Sambo"]
RECOVERY = ["Cyber Genie Recovery", "Swift Asset Trace", "Hackerwise Recovery", "RecoverChain Pro", "Fundtrace Expert", "ApexHack Consult"]
LENDERS = ["Mrs. Karen Hollis", "Mr. Pedro Jerome", "Mrs. Sharon Walker", "Dr. Irene Wallace"]
FIRMS = ["Hollis Loan Firm", "Jerome Finance", "Walker Credit Company", "Wallace Funding Home"]

def s_testimony(t):
    kind = rng.random()
    place = rng.choice(["Texas, USA", "Manchester, UK", "Ontario, Canada", "Perth, Australia", "Ohio", "Cape Town", "Dublin"])
    me = rng.choice(FIRST) + " " + rng.choice(LAST)
    if kind < 0.4:
        doc = rng.choice(TESTIMONY_NAMES)
        email = mail_for(doc.replace("Dr", "").replace(".", "") + rng.choice([" spell temple", " spellhome", " solution", " herbal home"]))
        txt = spin(
            "{Hello everyone|Hi all|Good day everyone}, my name is %s from %s. {I want to|I am here to} {testify|share my testimony} about %s who {brought back|restored} my {husband|ex lover|marriage|boyfriend} after {3 years|5 months|2 years|7 months} of {separation|heartbreak|pain}. "
            "I was {so|very} {devastated|confused} and {nobody|no one} could help me {until|till} I {came across|saw} {a post|a testimony} about %s online.\n\n"
            "{He|This great man} {cast|did} a {love spell|reunion spell} for me and {within 48 hours|in just 3 days} my {husband|lover} {called|came back} {begging|asking} for forgiveness. "
            "{He can also help with|He also does} {lottery spell|cure for herpes|pregnancy spell|promotion at work}.\n\n"
            "{Contact|Email|Reach} him {on|via} {email|mail}: %s {or|/} WhatsApp %s" % (me, place, doc, doc, email, phone()))
    elif kind < 0.75:
        firm = rng.choice(RECOVERY)
        email = mail_for(firm)
        amt = rng.choice(["$48,000", "$120,500", "3.2 BTC", "$15,700", "$86,000 in USDT"])
        txt = spin(
            "I {lost|was scammed of} %s {to|by} a {fake|bogus} {crypto investment|forex trading|binary options} {platform|broker} {I met on Instagram|that a woman on a dating site introduced me to|last year}. "
            "I {reported|went} to the police and {my bank|the FBI} but {nothing happened|no one could help}.\n"
            "{Luckily|Thankfully} a {friend|colleague} {referred|introduced} me to %s and they {recovered|traced and returned} {all my funds|my money} {within 48 hours|in less than a week}. "
            "{If you have been scammed|Don't give up}, {contact|reach} them {on|via} {email|mail} %s {or|/} Telegram @%s. {They are legit|Highly recommended|God bless them}!" % (amt, firm, email, handle()))
    else:
        i = rng.randrange(len(LENDERS))
        email = mail_for(FIRMS[i])
        txt = spin(
            "{Hello|Greetings} {everyone|to all}, I am %s from %s. I was {scammed|cheated} by {3|several|two} {online lenders|loan companies} {before|until} I {met|found} %s of %s who gave me a loan of %s at {2%%|3%%|low} interest {without stress|in less than 24 hours}. "
            "{If you need a loan|Anyone in need of a genuine loan} {contact|email} {her|them} {today|now}: %s\n{God bless|Thank you} %s!" % (
                me, place, LENDERS[i], FIRMS[i], rng.choice(["$25,000", "$80,000", "$150,000", "€40,000"]), email, LENDERS[i]))
    return txt, "testimony:" + me, None

def s_topic_product(t):
    topic = t["topic"]
    kw = rng.choice(TOPIC_KW[topic])
    r = rng.random()
    if r < 0.5:
        return spin("{We|I} {sell|offer} %s {at|for} {best|cheapest|wholesale} {price|rates} {in town|online}. {Order|Message} on WhatsApp %s{.|!| only}" % (kw, phone())), kw, None
    url = any_url(kw)
    return spin("{Looking for|Need|Searching} %s{?|??} {We have|Get} {the best|top|cheap} {deals|offers|prices} {here|now}: %s {Limited time|Today only|Hurry}!" % (kw, url)), kw, url

STYLES = [(s_praise_sig, 20), (s_spun, 7), (s_trailing, 6), (s_brand_list, 7), (s_loan, 5), (s_crypto, 5), (s_casino, 4),
          (s_seo, 5), (s_movers, 3), (s_local_service, 4), (s_link_drop, 6), (s_anchor, 7), (s_contact, 6), (s_homoglyph, 6),
          (s_copy, 9), (s_short, 5), (s_testimony, 5), (s_topic_product, 5)]
TOPIC_BOOST = {"finance": {s_loan: 3, s_crypto: 3, s_testimony: 2}, "marketing": {s_seo: 3, s_local_service: 2},
               "gadgets": {s_brand_list: 1.5, s_topic_product: 2}, "programming": {s_seo: 1.5},
               "photography": {s_topic_product: 1.5}}

def spam_author(kw, style):
    r = rng.random()
    url = ""
    email = ""
    if style in (s_testimony,):
        me = kw.split(":", 1)[1]
        name = me if r < 0.7 else (me.split()[0].lower() if r < 0.85 else fake_name())
        if rng.random() < 0.3:
            email = mail_for(name)
        return name, url, email
    if r < 0.42 and kw:
        name = rng.choice([kw, kw.title(), kw.capitalize(), kw.lower()])
        if style is s_local_service:
            name = kw
        url = kw_url(kw) if rng.random() < 0.8 else ""
    elif r < 0.5:
        name = rng.choice(["Rapid Cash Loans", "SEO Expert Dubai", "Best Deals Online", "Crypto Mentor", "Movers Pune",
                           "Web Design Company", "Cheap Flights", "Digital Marketing Agency", "Casino Bonus",
                           "Essay Helper", "CBD Oil", "Keto Burn", "Vape Shop", "Smart Watch Deals"])
        url = kw_url(name) if rng.random() < 0.7 else ""
    else:
        name = fake_name()
        if rng.random() < 0.45 and kw:
            url = kw_url(kw)
    if rng.random() < 0.22:
        email = mail_for(name if rng.random() < 0.6 else (kw or name))
    return name, url, email

def pick_style(topic):
    weights = []
    for f, w in STYLES:
        weights.append(w * TOPIC_BOOST.get(topic, {}).get(f, 1))
    return rng.choices([f for f, _ in STYLES], weights=weights)[0]

SEEN = set()

def make_spam(t):
    for _ in range(50):
        style = pick_style(t["topic"])
        txt, kw, url = style(t)
        key = re.sub(r"\W+", "", txt.lower())[:120]
        if key in SEEN:
            continue
        SEEN.add(key)
        if rng.random() < 0.08:
            txt = txt.upper() if len(txt) < 120 else txt
        name, aurl, email = spam_author(kw, style)
        return {"author": name, "author_url": aurl, "author_email": email, "content": txt.strip(), "label": "spam"}
    raise RuntimeError("could not make unique spam")

# ---------------------------------------------------------------- filler pool
def load_filler():
    items = []
    for line in open(os.path.join(SRC, "filler.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.strip() and not line.startswith("#"):
            items.append(fix(line))
    rng.shuffle(items)
    return items

FILLER_AUTHORS_URL = ["https://anniewrites.example", "https://blog.kevinm.example", "http://sunnyside-notes.test",
                      "https://www.tomsramblings.example.net", "https://lara.example.org"]

def filler_author():
    r = rng.random()
    if r < 0.35:
        name = rng.choice(FIRST)
    elif r < 0.6:
        name = rng.choice(FIRST) + " " + rng.choice(LAST)
    elif r < 0.75:
        name = rng.choice(["anon", "Anonymous", "guest", "reader", "J", "mk", "lurker", "Visitor"])
    else:
        name = rng.choice(["sk8rboi", "coffee_addict", "moonpie", "the_real_deb", "pixelpusher", "nightowl", "kiwi_k",
                           "mrsbrightside", "tacoTuesday", "bluejay", "zed", "happycamper", "turtle42", "wanderlust_em",
                           "jj_b", "notabot", "mochi", "ferrisw", "ola_nordmann", "retro_rita", "grumpycat", "dinobaby"])
    url = rng.choice(FILLER_AUTHORS_URL) if rng.random() < 0.08 else ""
    email = mail_for(name) if rng.random() < 0.15 else ""
    return name, url, email

# ---------------------------------------------------------------- genuine metadata
# Hand-written genuine comments carry hand-picked author_url values where the
# commenter links a blog. Real comment exports also carry e-mail addresses and
# homepage fields for ordinary readers, so some commenters get a stable
# e-mail / personal homepage (same person -> same value) assigned here.
PERSON_META = {}

def person_meta(author):
    if author not in PERSON_META:
        email = mail_for(author) if rng.random() < 0.22 else ""
        url = ""
        if rng.random() < 0.07:
            base = slug(author).replace("-", "") or "me"
            url = rng.choice(["https://", "http://", "https://www."]) + base + rng.choice([".example", ".example.net", ".test", "-blog.example"])
        PERSON_META[author] = (email, url)
    return PERSON_META[author]

# ---------------------------------------------------------------- main
def main():
    threads = []
    for f in sorted(glob.glob(os.path.join(SRC, "*.txt"))):
        if os.path.basename(f) == "filler.txt":
            continue
        threads.extend(parse_topic_file(f))
    topic_of = {"marketing": "marketing", "programming": "programming", "finance": "finance",
                "photography": "photography", "gadgets": "gadgets"}
    fillers = load_filler()
    posts_rows, comment_rows = [], []
    for t in threads:
        t["topic"] = topic_of[t["thread"].split("-")[0]]
        items = list(t["comments"])
        for c in items:
            if c["author"] == t["blogger"]:
                continue
            email, url = person_meta(c["author"])
            if not c["author_email"]:
                c["author_email"] = email
            if not c["author_url"] and c["label"] == "genuine":
                c["author_url"] = url
        gen = [make_spam(t) for _ in range(t["spam"])]
        for _ in range(t["filler"]):
            name, url, email = filler_author()
            gen.append({"author": name, "author_url": url, "author_email": email, "content": fillers.pop(), "label": "low_relevance"})
        rng.shuffle(gen)
        for g in gen:
            lo = 0 if (g["label"] == "spam" and rng.random() < 0.3) else 1
            items.insert(rng.randint(min(lo, len(items)), len(items)), g)
        text = t["body"]
        posts_rows.append({"thread": t["thread"], "title": t["title"], "text": text})
        for i, c in enumerate(items, 1):
            comment_rows.append({"id": "%s-%03d" % (t["thread"], i), "source": SOURCE, "thread": t["thread"],
                                 "author": c["author"], "author_url": c["author_url"], "author_email": c["author_email"],
                                 "content": c["content"], "label": c["label"]})
    with open(os.path.join(HERE, "posts.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["thread", "title", "text"], quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writeheader(); w.writerows(posts_rows)
    with open(os.path.join(HERE, "comments.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "source", "thread", "author", "author_url", "author_email", "content", "label"],
                           quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writeheader(); w.writerows(comment_rows)
    print("posts", len(posts_rows), "comments", len(comment_rows), "unused fillers", len(fillers))

if __name__ == "__main__":
    main()
