"""Generators for spam and low-relevance filler used by build.py (part-d).

All domains are fictional (.example / .test / .invalid). Phone numbers use
555-01xx style fictional ranges.
"""
import re

# ----------------------------------------------------------------- helpers

def spin(rng, s):
    """Expand spintax {a|b|c}, nested allowed."""
    pat = re.compile(r"\{([^{}]*\|[^{}]*)\}")
    while True:
        m = pat.search(s)
        if not m:
            return s
        s = s[:m.start()] + rng.choice(m.group(1).split("|")) + s[m.end():]


HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у",
        "i": "і", "r": "г", "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С",
        "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}
GREEK = {"o": "ο", "p": "ρ", "a": "α", "v": "ν", "i": "ι", "u": "υ", "k": "κ"}


def homoglyph(rng, s, rate=0.35):
    table = HOMO if rng.random() < 0.7 else {**GREEK, **{k: v for k, v in HOMO.items() if k.isupper()}}
    out = []
    in_url = False
    for tok in re.split(r"(\s+)", s):
        if "http" in tok or "." in tok.strip(".,!?") and "/" in tok:
            out.append(tok)
            continue
        out.append("".join(table[ch] if ch in table and rng.random() < rate else ch for ch in tok))
    return "".join(out)


def pick(rng, seq):
    return rng.choice(seq)


TLDS = [".example", ".example", ".example", ".test", ".test", ".invalid"]


def slug(words):
    return "-".join(words.lower().replace("'", "").split())


def dom(rng, kw=None):
    if kw is None:
        kw = pick(rng, ALL_KW)
    style = rng.random()
    base = slug(kw)
    if style < 0.35:
        d = base
    elif style < 0.55:
        d = base.replace("-", "")
    elif style < 0.75:
        d = base + pick(rng, ["-online", "-shop", "-store", "24", "-hub", "-pro", "-usa", "-uk", "-deals", "4u"])
    else:
        d = pick(rng, ["best", "top", "my", "get", "the", "go", "buy", "easy", "fast", "real"]) + base.replace("-", "")
    return d[:40].strip("-") + pick(rng, TLDS)


def url(rng, kw=None, path=True):
    d = dom(rng, kw)
    scheme = pick(rng, ["https://", "https://", "http://", "https://www.", "http://www.", ""])
    p = ""
    if path and rng.random() < 0.55:
        p = pick(rng, ["/", "/?ref=blog", "/index.php", "/shop/", "/go/", "/p/" + str(rng.randint(10, 9999)),
                       "/" + slug(kw or pick(rng, ALL_KW)), "/product-category/sale", "/?p=" + str(rng.randint(100, 99999)),
                       "/blog/" + slug(pick(rng, ALL_KW)) + ".html", "/link.php?id=" + str(rng.randint(1, 999))])
    return scheme + d + p


def short_url(rng):
    chars = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "https://" + pick(rng, ["sh0rt.test", "tiny-lnk.example", "clk.example", "rb.test", "go2.example"]) + "/" + "".join(rng.choice(chars) for _ in range(rng.randint(5, 8)))


def phone(rng):
    return pick(rng, [
        "+1 (8{0}{1}) 555-01{2}{3}", "+1-8{0}{1}-555-01{2}{3}", "1 8{0}{1} 555 01{2}{3}",
        "+44 20 7946 0{2}{3}{0}", "+91 98{0}{1}5 550{2}{3}", "+234 80{0} 555 01{2}{3}",
        "(8{0}{1}) 555-01{2}{3}", "+1 8{0}{1}.555.01{2}{3}"]).format(
        rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9))


FIRST = ["James", "Mary", "Kevin", "Linda", "Jennifer", "Robert", "Sandra", "Michael", "Angela", "Chris",
         "Vanessa", "Brian", "Erika", "Dolores", "Terrence", "Ruby", "Mason", "Olivia", "Wendell", "Carmen",
         "Tamika", "Derek", "Helga", "Sofia", "Laverne", "Ibrahim", "Nguyen", "Ashley", "Hugo", "Patricia",
         "Raymond", "Kimberly", "Marcus", "Bettina", "Noel", "Shirley", "Jasmine", "Alfredo", "Ines", "Rosalind"]
LAST = ["Smith", "Johnson", "Walker", "Hughes", "Moreno", "Baxter", "Kowalczyk", "Fleming", "Osei", "Harper",
        "Dunn", "Reyes", "Tran", "Bishop", "Sutton", "Lambert", "Carver", "Mendez", "Okoro", "Pruitt",
        "Whitfield", "Garrison", "Lopez", "Hollis", "Sato", "Brennan", "Fitch", "Kaur", "Bauer", "Nash"]


def fake_name(rng):
    r = rng.random()
    f, l = pick(rng, FIRST), pick(rng, LAST)
    if r < 0.45:
        return f + " " + l
    if r < 0.6:
        return f
    if r < 0.7:
        return (f + " " + l).lower()
    if r < 0.8:
        return f + " " + l[0] + "."
    if r < 0.9:
        return f.lower() + l.lower() + str(rng.randint(1, 99))
    return f + l


def fake_email(rng, name=None, kw=None):
    if kw and rng.random() < 0.5:
        local = slug(kw).replace("-", "")[:18]
    else:
        local = re.sub(r"[^a-z0-9]", "", (name or fake_name(rng)).lower().replace(" ", pick(rng, [".", "_", ""]))) or "info"
        if rng.random() < 0.5:
            local += str(rng.randint(1, 9999))
    d = pick(rng, ["mailbox.example", "fastmail.test", "inboxly.example", "postbox.test", "qmail.example",
                   "yandex-mail.example", "webpost.invalid", "hotmale.example", "gmaill.test"])
    return local + "@" + d


# ----------------------------------------------------------------- keywords

PRODUCT_KW = [
    "replica watches", "cheap replica watches", "swiss replica watches", "rolex replica", "fake omega watches",
    "michael kors outlet", "coach outlet online", "coach factory outlet", "kate spade outlet", "louis vuitton outlet",
    "cheap oakley sunglasses", "ray ban sunglasses cheap", "discount sunglasses", "polarized sunglasses sale",
    "cheap nfl jerseys", "wholesale jerseys", "cheap nba jerseys", "soccer jerseys wholesale", "authentic jerseys china",
    "designer handbags", "replica handbags", "cheap handbags", "prada handbags outlet", "gucci bags sale",
    "cheap jordans", "nike air max cheap", "yeezy boost sale", "ugg boots clearance", "timberland boots outlet",
    "north face outlet", "canada goose jackets sale", "moncler outlet", "pandora charms sale", "tiffany jewelry outlet",
    "cheap air jordan 11", "adidas superstar sale", "true religion jeans outlet", "converse outlet store"]

SERVICE_KW = [
    "best payday loans online", "payday loans no credit check", "instant cash advance", "bad credit loans",
    "same day loans", "title loans near me", "personal loans fast approval", "debt consolidation loans",
    "online casino", "real money slots", "best online casino bonus", "sports betting tips", "crypto trading bot",
    "bitcoin investment platform", "forex signals", "binary options strategy", "buy instagram followers",
    "buy youtube views", "seo services", "cheap seo packages", "local seo agency", "web design company",
    "packers and movers", "movers and packers", "plumber austin tx", "roofing contractor dallas",
    "water damage restoration", "garage door repair", "locksmith near me", "carpet cleaning service",
    "car accident lawyer", "personal injury attorney", "dui lawyer", "buy essays online", "essay writing service",
    "cheap viagra online", "generic cialis", "weight loss pills", "keto diet pills", "cbd gummies",
    "hair transplant turkey", "teeth whitening kit", "escort service", "dating site for singles", "vpn free download",
    "cracked software download", "male enhancement", "brain supplement", "mail order brides", "phone tracker app"]

TOPIC_KW = {
    "books": ["free ebook download", "download pdf books free", "book writing service", "ghostwriting services",
              "audiobook free trial", "self publishing company", "kindle unlimited free", "cheap textbooks online",
              "book cover design service", "buy amazon book reviews"],
    "music": ["cheap guitar pedals", "free beats download", "buy spotify streams", "guitar lessons online",
              "fl studio crack", "vst plugins free download", "mixing and mastering service", "cheap guitar strings",
              "buy soundcloud plays", "music promotion service", "tabs and chords pdf"],
    "pets": ["puppies for sale", "french bulldog puppies for sale", "cbd oil for dogs", "dog grooming near me",
             "cheap pet insurance", "kittens for sale", "maine coon kittens", "dog training collar", "pet meds online",
             "teacup yorkie for sale", "best dog food 2024"],
    "science": ["buy essays online", "homework help online", "physics assignment help", "online tutoring service",
                "telescope sale", "write my research paper", "lab equipment wholesale", "do my homework",
                "thesis writing service", "online degree fast"],
    "cycling": ["cheap bike parts", "electric bike sale", "ebike conversion kit", "cycling jerseys wholesale",
                "carbon bike frames china", "mountain bike deals", "bike rental near me", "camping gear sale",
                "cheap bike helmets", "tent clearance sale"],
}

ALL_KW = PRODUCT_KW + SERVICE_KW + [k for v in TOPIC_KW.values() for k in v]

CITIES = ["Delhi", "Gurgaon", "Noida", "Mumbai", "Pune", "Bangalore", "Hyderabad", "Chennai", "Kolkata",
          "Ahmedabad", "Jaipur", "Lucknow", "Chandigarh", "Indore", "Faridabad", "Ghaziabad", "Bhopal", "Nagpur",
          "Dallas", "Houston", "Austin", "Phoenix", "Denver", "Miami", "Atlanta", "Chicago", "Dubai", "Sharjah"]

BRAND_NAMES = ["Zentrixa", "Luminor Capital", "VaultEdge", "Quorvo Finance", "CoinHarbor", "BlazeSpin", "Lucky7Vegas",
               "RankRocket", "Optimyzr", "SwiftMove", "NexaLoans", "GreenLeaf CBD", "Pawsome Pups", "StrumFast",
               "ChainRescue", "TrustAsset Recovery", "EssayNest", "Velocita Bikes"]

# ----------------------------------------------------------------- praise pools

PRAISE_SPIN = [
    "{Hi|Hello|Hey|Howdy} {there|everyone|all}, {I|i} {found|discovered|came across} your {blog|website|site|web site} {via|through|using} {Google|Bing|Yahoo} {while|whilst} {searching for|looking for} a {related|similar} {topic|subject|matter}, your {site|website} {came up|got here up}, it {looks|appears} {great|good|like a good site}. {I have|I've} bookmarked it in my google bookmarks.",
    "{Wow|Whoa|Hmm}, {this|that} {is|was} {a|an} {really|truly|very} {good|nice|fastidious|pleasant} {post|article|piece of writing|paragraph}. {Thanks|Thank you} for {sharing|posting}!",
    "I {just|simply} {could not|couldn't} {leave|depart|go away} your {site|web site|website} {prior to|before} suggesting that I {really|extremely|actually} {enjoyed|loved} the {standard|usual} {info|information} {a person|an individual} {supply|provide} {for your|on your|in your|to your} {visitors|guests}? Is going to be {back|again} {frequently|regularly|incessantly|ceaselessly|often} {in order to|to} {check up on|check out|inspect|investigate cross-check} new posts",
    "{Excellent|Great|Wonderful|Fantastic} {blog|website|site|weblog} {here|right here}! {Also|Additionally} your {site|web site|website} {loads|rather a lot|so much|quite a bit} up {fast|very fast}! What {host|web host} are you {the use of|using}? Can I {am getting|get} your {affiliate|associate} {link|hyperlink} {for your|on your|in your|to your} host? I {desire|want|wish} my {site|web site|website} loaded up as {fast|quickly} as yours lol",
    "{It's|It is} {really|actually} a {nice|great|cool} and {helpful|useful} piece of {info|information}. {I'm|I am} {glad|happy|satisfied} {that you|that you simply|that you just} shared this {helpful|useful} {info|information} with us. Please {keep|stay} us {informed|up to date} like this. {Thank you|Thanks} for sharing.",
    "{Way cool|Very cool}! Some {extremely|very} valid points! I appreciate you {writing this|penning this} {article|post|write-up} {and the|plus the} rest of the {site is|website is} {also very|extremely|very|really} good.",
    "{Hurrah|Hooray}! {Finally|At last} I got a {blog|website|weblog} from where I {be able to|can|know how to} {really|actually} {get|obtain|take} {useful|helpful|valuable} {data|information|facts} {regarding|concerning} my study and knowledge.",
    "{I am|I'm} {really|truly|extremely} {impressed|amazed} with your writing skills {and also|as well as|and} with the layout on your {blog|weblog}. Is this a paid theme or did you {customize|modify} it yourself? {Either way|Anyway} keep up the {excellent|nice} quality writing, {it's|it is} rare to see a {nice|great} blog like this one {these days|nowadays|today}.",
    "{Good|Great|Nice} {day|morning|afternoon}! {I know|I'm aware} this is {kind of|somewhat|sort of} off topic but I was wondering {if you knew|which blog platform} {where I could|how to} {get|find|locate} a captcha plugin for my comment form? I'm using the same blog platform as yours and I'm having {trouble|difficulty|problems} finding one? Thanks a lot!",
    "{Thanks|Thank you} for {the|your} {good|great|nice|marvelous} {writeup|write-up|article}. It {in fact|actually} was {a|an} {amusement|entertainment} {account|accounting} it. Look {advanced|complex} to {more|far} {added|introduced} agreeable from you! {However|By the way}, how {can|could} we {communicate|keep in touch}?",
    "{Its|It's} like you {read|learn} my {mind|thoughts}! You {seem|appear} to {know|understand|grasp} {so much|a lot} {about|approximately} this, {like|such as} you wrote the {book|e-book|ebook} in it or something. {I think|I feel|I believe} {that you|that you simply|that you just} {could|can} do with {some|a few} {%|p.c.|percent} to {force|power|drive} the message {house|home} {a bit|a little bit}, {but|however} {other than|instead of} that, {this is|that is} {great|wonderful|fantastic|magnificent|excellent} blog.",
    "{Appreciate|I appreciate|Thank you for} this {post|article|content}. {Let me|I will} try it out.",
    "{Pretty|Very} {nice|great} post. I just stumbled upon your {blog|weblog} and wanted to say that I've {really|truly} enjoyed {browsing|surfing around} your blog posts. {In any case|After all} I'll be subscribing to your {feed|rss feed} and I hope you write again {soon|very soon}!",
    "{Hello|Hi} to every {one|body}, it's my first {visit|go to|pay a visit|pay a quick visit} of this {blog|weblog|web site|website}; this {blog|weblog|web site|website} {contains|consists of|includes|carries} {amazing|awesome|remarkable} and {really|actually|in fact|truly|genuinely} {good|fine} {stuff|data|information|material} {for|designed for|in favor of|in support of} {readers|visitors}.",
    "{wonderful|great|fantastic} {points|issues} {altogether|all together}, you {just|simply} {won|gained|received} {a|a logo|a emblem} new reader. What {might|may|could|would} you {suggest|recommend} {about|in regards to} your {post|put up|submit} that you {made|just made} {a few|some} days {ago|in the past}? Any {positive|sure|certain}?",
]

SIG_LINES = [
    "My webpage :: {kw}", "My web page - {kw}", "Here is my blog post; {kw}", "my site - {url}",
    "Feel free to surf to my site ... {kw}", "Feel free to visit my web site - {url}", "Also visit my homepage ... {kw}",
    "Also visit my web blog :: {url}", "Look at my blog post {kw}", "Check out my page: {url}",
    "Here is my web site; {url}", "my blog: {kw}", "Review my site {url}", "Visit my homepage - {kw}",
    "Have a look at my web-site: {kw}", "Stop by my site :: {url}", "Take a look at my webpage :: {kw}",
    "Feel free to visit my blog post - {kw}", "my homepage; {url}", "Also visit my site; {kw}",
    "{kw}", "{kw}", "{url}", "Also visit my page ... {url}", "My site ... {kw} ({url})"]


# ----------------------------------------------------------------- spam builders

def _kw(rng, topic, pool="any"):
    r = rng.random()
    if pool == "topic" or (pool == "any" and r < 0.3):
        return pick(rng, TOPIC_KW[topic])
    if pool == "product" or (pool == "any" and r < 0.55):
        return pick(rng, PRODUCT_KW)
    return pick(rng, SERVICE_KW)


def s_kw_list(rng, topic, post, title):
    kws = rng.sample(PRODUCT_KW, rng.randint(3, 9))
    style = rng.random()
    lines = []
    for k in kws:
        if style < 0.35:
            lines.append(k)
        elif style < 0.6:
            lines.append(f"{k} {url(rng, k)}")
        elif style < 0.8:
            lines.append(f'<a href="{url(rng, k)}">{k}</a>')
        else:
            lines.append(f"[url={url(rng, k)}]{k}[/url]")
    head = pick(rng, ["", "", "", spin(rng, "{nice|good|great} {post|blog}\n"), "thanks\n", "ok\n", "Good info.\n"])
    return head + "\n".join(lines), pick(rng, [pick(rng, kws), pick(rng, kws), fake_name(rng), "outlet"]), kws[0]


def s_finance(rng, topic, post, title):
    brand = pick(rng, BRAND_NAMES[:11])
    t = pick(rng, [
        "Need cash fast? Get up to ${amt} TODAY with {brand}! No credit check, approval in {mins} minutes. Apply now: {url}",
        "{kw} - bad credit OK, funds same day. {url}",
        "Struggling with bills?? {brand} offers {kw} from {apr}% APR. 100% online, no paperwork!!! {url}",
        "I made ${amt} in my first week with {brand} crypto trading bot. Completely automated, no experience needed. Start with just $250 --> {url}",
        "Best {kw} 2024 - get {bonus} free spins + {amt}$ welcome bonus at {brand}. Play now {url}",
        "NEW CASINO! Deposit $10 get $100. Instant withdrawals. {url} #{kw2}",
        "earn $ {amt} weekly from home, just a phone and internet needed, i started 3 months ago and already paid off my car. ask me how : {url}",
        "{brand} - trusted {kw} platform. Daily returns of {pct}% guaranteed. Register today and receive a free bonus. {url}",
        "{Do you need a loan|Need a loan|Are you looking for a loan}? We {offer|give out|grant} loans at {apr}% interest rate to {individuals and companies|private individuals and firms|everyone, no matter your credit}. Contact us {via|by|on} email {email} for more {information|info|details}.",
        "{Hello|Good day|Attention|Hi everyone}, are you in need of {urgent|an urgent|a fast|quick} loan? {Business loan, personal loan, student loan|Mortgage, car loan, business loan|Personal or business}? We {give out|offer} {loan|loans} at {low|very low|affordable} interest rate of {apr}%. Email: {email} {WhatsApp|Whatsapp|Viber}: {phone}",
        "{Bitcoin|BTC|Crypto} {just broke out again|is pumping again|is about to explode}. {Get|Copy} the signals {pros|whales|insiders} use, {pct}% accuracy last month. {Join free|Free group|Join the VIP channel} {at|here} {url}",
        "{Online slots|Live roulette|Crash games} with real money payouts — I {won big|hit the jackpot|cashed out $2,300} {last night|yesterday|this weekend} at {brand}!!! {url}",
    ])
    if any(w in t for w in ("casino", "slots", "spins", "CASINO")):
        kw = pick(rng, ["online casino", "real money slots", "best online casino bonus", "sports betting tips"])
    elif any(w in t for w in ("crypto", "Bitcoin", "returns")):
        kw = pick(rng, ["crypto trading bot", "bitcoin investment platform", "forex signals", "binary options strategy"])
    elif "home" in t:
        kw = pick(rng, ["work from home jobs", "make money online", "passive income system"])
    else:
        kw = pick(rng, SERVICE_KW[:8])
    name = pick(rng, [kw, brand, fake_name(rng), fake_name(rng)])
    t = spin(rng, t)
    c = t.format(amt=pick(rng, ["500", "1,000", "2500", "5000", "3,750", "800"]), brand=brand, mins=rng.randint(2, 15),
                 url=url(rng, kw), kw=kw, kw2=slug(kw).replace("-", ""), apr=pick(rng, ["2", "3", "1.5", "4.99"]),
                 bonus=pick(rng, ["50", "100", "200"]), pct=pick(rng, ["3", "4.5", "8", "12", "97"]),
                 email=fake_email(rng, name, kw), phone=phone(rng))
    return c, name, kw


def s_seo(rng, topic, post, title):
    r = rng.random()
    if r < 0.45:
        svc = pick(rng, ["packers and movers", "movers and packers", "packers movers", "home shifting services"])
        cities = rng.sample(CITIES[:18], rng.randint(4, 10))
        sep = pick(rng, ["\n", "\n", " | ", ", ", "\n\n"])
        items = []
        for c in cities:
            line = f"{svc} {c}"
            if rng.random() < 0.5:
                line = f"{line} {url(rng, svc + ' ' + c)}" if rng.random() < 0.5 else f'<a href="{url(rng, svc + " " + c)}">{line.title()}</a>'
            items.append(line)
        head = pick(rng, ["", "", "Very nice article. ", "Thanks for sharing this information.\n", "Great post keep it up\n"])
        return head + sep.join(items), pick(rng, [f"{svc} {cities[0]}", fake_name(rng), svc]), f"{svc} {cities[0]}"
    t = pick(rng, [
        "Hi, I checked your site and noticed it is not ranking on first page of Google for your main keywords. We can get you to top 3 in 30 days, guaranteed. Reply for a free audit or visit {url}",
        "Want more {traffic|visitors|readers} to your {blog|site}? We provide high quality DA {50|60|70}+ backlinks, guest posts and local SEO. Packages from ${49|29|99}. {url}",
        "{kw} | affordable monthly plans | white hat only\n{url}",
        "Dear webmaster, your website has some critical SEO issues (broken links, slow speed, no schema). My team can fix everything for a small fee. Email me: {email}",
        "Looking for a reliable {kw}? {brand} helped 300+ small businesses grow. Call {phone} or visit {url}",
        "Thanks for the article. Our agency offers {kw} in {city} and nearby areas. {url}",
        "We write SEO-optimized guest posts for blogs like yours. Can we publish one with a do-follow link? Paying $30 per post. contact {email}",
    ])
    kw = pick(rng, ["seo services", "cheap seo packages", "local seo agency", "web design company", "link building service", "digital marketing agency"])
    name = pick(rng, [kw, f"{kw} {pick(rng, CITIES)}", "RankRocket", fake_name(rng)])
    t = spin(rng, t)
    return t.format(url=url(rng, kw), kw=kw, email=fake_email(rng, name, kw), brand=pick(rng, ["RankRocket", "Optimyzr", "SerpLift"]),
                    phone=phone(rng), city=pick(rng, CITIES)), name, kw


def s_praise_sig(rng, topic, post, title):
    kw = _kw(rng, topic)
    praise = spin(rng, pick(rng, PRAISE_SPIN))
    sig = pick(rng, SIG_LINES).format(kw=kw, url=url(rng, kw))
    sep = pick(rng, ["\n\n", "\n", " ", "\n\n"])
    body = praise + sep + sig
    name = pick(rng, [kw, kw.title(), fake_name(rng), fake_name(rng)])
    return body, name, kw


def s_praise_only(rng, topic, post, title):
    # praise with the promo only in author/url fields (no link in content)
    kw = _kw(rng, topic)
    body = spin(rng, pick(rng, PRAISE_SPIN))
    return body, pick(rng, [kw, kw.title(), kw + " " + pick(rng, CITIES)]), kw


def s_bare(rng, topic, post, title):
    kw = _kw(rng, topic)
    r = rng.random()
    links = [url(rng, _kw(rng, topic)) for _ in range(rng.randint(1, 4))]
    if r < 0.3:
        body = "\n".join(links)
    elif r < 0.55:
        body = pick(rng, ["check this ", "look ", "visit ", "more here ", "", "see also: ", "click "]) + links[0]
    elif r < 0.75:
        body = short_url(rng) + pick(rng, ["", " <-- free", " !!!", " you wont believe this"])
    else:
        body = f"{kw} {links[0]}"
    return body, pick(rng, [kw, fake_name(rng), "anonymous", "Guest"]), kw


def s_anchor(rng, topic, post, title):
    kw = _kw(rng, topic)
    a = f'<a href="{url(rng, kw)}">{pick(rng, [kw, kw.title(), kw.upper(), "click here", "read more", "this site"])}</a>'
    t = pick(rng, [
        "{a}", "{praise} {a}", "Thanks for the info! Also check {a}", "{a} {a2}",
        "<b>{kw}</b> - {a}", "I always use {a}, best prices online.", "{praise}\n\n{a}",
        "Found this useful {a} hope it helps someone", "<a href=\"{u}\" rel=\"dofollow\">{kw}</a> <a href=\"{u2}\">{kw2}</a>"])
    kw2 = _kw(rng, topic)
    return t.format(a=a, a2=f'<a href="{url(rng, kw2)}">{kw2}</a>', praise=spin(rng, pick(rng, PRAISE_SPIN[:7])),
                    kw=kw, kw2=kw2, u=url(rng, kw), u2=url(rng, kw2)), pick(rng, [kw, fake_name(rng)]), kw


def s_contact(rng, topic, post, title):
    handle = pick(rng, ["@", "@"]) + pick(rng, ["fastloans", "cryptoking", "drmark_recovery", "support_team", "anna_helps",
                                                "cashpoint", "tradewithmike", "luckyspin", "hacker_pro", "unlockhelp",
                                                "petpal_shop", "recovery_expert"]) + str(rng.randint(1, 999))
    t = pick(rng, [
        "call {ph} for instant support",
        "{Need help with your account|Locked out of your account|Problem with your wallet|Can't login}?? Call our 24/7 {toll free number|helpline|support line} {ph} {now|today|immediately}",
        "dm on telegram {h}",
        "For {quick|fast|instant} loans with no {collateral|credit check|paperwork} contact {WhatsApp|whatsapp|Telegram or WhatsApp} {ph}",
        "I can help you recover lost crypto and scammed funds. telegram {h} . no upfront fee!!",
        "{Printer not working|Printer offline|Router not connecting|Email not syncing}? Call the {support helpline|tech support number|toll free support} {ph} (24x7) for {instant|quick|same day} fix",
        "{Want to earn from home|Looking for side income|Tired of your 9-5}? message me on whatsapp {ph} , serious people only",
        "hi {dear|handsome|there}, i saw your {profile|comment}, you look {nice|interesting}. {text|message|write} me on telegram {h} {❤️|😘|💋}",
        "Investment opportunity with {pct}% weekly profit, limited slots. WhatsApp: {ph}\nTelegram: {h}",
        "{Hello|Congratulations|Dear user}, you have been selected for a {reward|gift card|cash prize of $500}. Claim it by calling {ph} before {Friday|the end of the day|midnight}.",
        "Genuine {kw} available, discreet delivery. text {ph}",
        "{kw} — order by phone {ph} or telegram {h}. Cash on delivery available",
    ])
    kw = pick(rng, TOPIC_KW[topic] + ["cheap viagra online", "weight loss pills", "cbd gummies"])
    t = spin(rng, t)
    return t.format(ph=phone(rng), h=handle, pct=pick(rng, ["15", "20", "30", "40"]), kw=kw), pick(rng, [fake_name(rng), fake_name(rng), "Support", "Customer Care", kw]), kw


def s_homoglyph(rng, topic, post, title):
    kw = _kw(rng, topic)
    base = pick(rng, [
        "This article presents clear idea designed for the new people of blogging, that really how to do blogging and site-building.",
        "Great article, exactly what I was looking for.",
        "I like the helpful information you provide in your articles. I will bookmark your blog and check again here regularly.",
        "Best prices on {kw}, free shipping worldwide",
        "Very good post. I certainly love this site. Keep it up!",
        "Get {kw} today, limited offer",
        "You have made some really good points there. I checked on the net for more info about the issue and found most people will go along with your views on this site.",
        "Amazing deals on {kw} only this week",
    ]).format(kw=kw)
    body = homoglyph(rng, base)
    if rng.random() < 0.7:
        body += pick(rng, ["\n", " ", "\n\n"]) + pick(rng, [url(rng, kw), homoglyph(rng, kw), f"{homoglyph(rng, kw)} {url(rng, kw)}"])
    return body, pick(rng, [homoglyph(rng, kw), fake_name(rng), kw]), kw


def post_sentence(rng, post):
    sents = [s.strip() for s in re.split(r"(?<=[.!?])\s+", post.replace("\n", " ")) if 40 < len(s.strip()) < 200]
    return pick(rng, sents) if sents else post[:120]


def s_copy(rng, topic, post, title):
    kw = _kw(rng, topic, "topic" if rng.random() < 0.6 else "any")
    sent = post_sentence(rng, post)
    t = pick(rng, [
        "{sent} {link}",
        "\"{sent}\" - so true! That's why I always recommend {kw}: {link}",
        "{sent} Exactly my experience. More about {kw} here {link}",
        "I agree, {lsent} For anyone interested in {kw} visit {link}",
        "{title} is such an important topic. {sent}\n\nMy blog: {link}",
        "Thanks for writing about {ltitle}. {sent} We offer the best {kw} at low price, check {link}",
        "{sent}\n{kw}",
        "Really {good|informative} read on {ltitle}. {kw} {link}",
    ])
    t = spin(rng, t)
    link = pick(rng, [url(rng, kw), f'<a href="{url(rng, kw)}">{kw}</a>', url(rng, kw)])
    return t.format(sent=sent, lsent=sent[0].lower() + sent[1:], link=link, kw=kw, title=title, ltitle=title.lower()), pick(rng, [kw, fake_name(rng), fake_name(rng)]), kw


def s_short(rng, topic, post, title):
    kw = _kw(rng, topic)
    d = dom(rng, kw)
    t = pick(rng, ["nice. {d}", "good {d}", "thx {u}", "{kw}", "cool!! {d}", "👍 {u}", "{kw} here: {d}",
                   "wow {u}", "ty. {kw}", "+1 {d}", "great! visit {d}", "gr8 post {u}", "best {kw} -> {d}"])
    return t.format(d=d, u=url(rng, kw), kw=kw), pick(rng, [kw, fake_name(rng), "Guest", "guest", d.split(".")[0]]), kw


def s_testimonial(rng, topic, post, title):
    name = pick(rng, FIRST) + " " + pick(rng, LAST)
    dr = pick(rng, ["Okosun", "Babaka", "Zakuza", "Ekpen", "Odunga", "Marcus Hill", "James Ryder", "Sanusi", "Ogala"])
    em = fake_email(rng, pick(rng, ["dr ", "doctor ", "priest ", "lord ", "great ", "dr"]) + dr)
    em2 = fake_email(rng, pick(rng, ["recoverychain", "cyberfunds", "assetsrecovery", "fundsretrieval", "hackerrescue"]))
    t = pick(rng, [
        ("My name is {name} from {place}. I want to testify about the great work of Dr. {dr} who helped me bring back my husband after 3 years of separation. "
         "I was heartbroken and confused until a friend told me about this powerful spell caster. I contacted him and within 48 hours my husband called me crying and begging for forgiveness!!! "
         "If you have any problem in your relationship, contact Dr. {dr} via email: {em} or WhatsApp {ph}. He also cures HIV, herpes and helps with lottery numbers."),
        ("I lost ${amt} to a fake crypto investment platform last year and I thought it was gone forever. "
         "Then I found {brand} and within two weeks they recovered everything back to my wallet. I am so grateful, I had to share here so that others can get help too. "
         "Contact them on {em2} or Telegram @{tg}. They are legit and fast.\n\nGod bless."),
        ("Hello everyone, I am {name}. I was denied by 4 banks because of my credit score. A colleague introduced me to {brand} and I got a loan of ${amt} within 24 hours at {apr}% interest. "
         "They are a legit loan company, not like the scammers on the internet. If you need a loan contact them via email {em2} . Tell them {name} referred you."),
        ("Thank you so much Dr. {dr}!! I was diagnosed with herpes for 6 years and took all kinds of drugs with no result. "
         "I read about his herbal medicine on a blog just like this one, ordered it and after 2 weeks I tested negative. Email him {em}\n"
         "He can also cure: diabetes, cancer, low sperm count, infertility, bringing back lost lover"),
        ("I want to use this medium to thank {brand} for helping me fix my credit score from 520 to 790 in just 10 days. They also removed all negative items and late payments. "
         "I was skeptical at first but now I qualify for my dream home. Reach them: {em2}, Text: {ph}"),
        ("WARNING to everyone reading this: do not invest with unregistered brokers. I learned the hard way and lost my savings (${amt}). "
         "Luckily a recovery expert named {dr} from {brand} traced the transactions and got my money back. You can reach out on WhatsApp {ph} or mail {em2}. Don't give up!!!"),
    ])
    a, b = t.split("{name}", 1) if "{name}" in t else (t, "")
    c = t.format(name=name, place=pick(rng, ["Texas", "Ohio", "London UK", "Canada", "Australia", "Florida", "Manila"]),
                 dr=dr,
                 em=em, em2=em2, ph=phone(rng), amt=pick(rng, ["47,000", "12,500", "230,000", "8,900", "75,000"]),
                 brand=pick(rng, ["ChainRescue", "TrustAsset Recovery", "Quorvo Finance", "CyberFund Hackers", "Luminor Capital", "Credit Wizard Team"]),
                 tg=pick(rng, ["chainrescue_help", "recover_pro", "asset_trace"]), apr=pick(rng, ["2", "3"]))
    return c, pick(rng, [name, name, "Testimony", name.lower()]), "testimonial"


def s_topical(rng, topic, post, title):
    kw = pick(rng, TOPIC_KW[topic])
    T = {
        "books": [
            "Download any book for free in PDF, EPUB and MOBI. Over 2 million titles including bestsellers! {u}",
            "Are you an aspiring author? Our {kw} will turn your idea into a published bestseller. Get a free quote: {u}",
            "Need 50+ verified reviews for your book? We post real-looking reviews on all major stores. Cheap! {u}",
            "i found all the books mentioned in this post for free here {u} enjoy",
            "We are hiring book reviewers! Earn $30 per review reading books from home. Apply: {u}"],
        "music": [
            "Grow your music career!!! Get 10,000 real streams for only $19. Organic promotion, safe for your account. {u}",
            "Free beats {download|for your next hit}, {trap, drill, lofi|boom bap, afro, rnb|lofi, pop, trap}, all exclusive. {u}",
            "learn guitar in 30 days or your money back!! my online course teaches you 4 chords to play 100 songs {u}",
            "Professional {kw}, radio-ready tracks in 48 hours. Send us your stems: {u}",
            "Get every VST plugin pack 2024 totally free, no survey: {u}"],
        "pets": [
            "We have healthy {kw} available now, vet checked, vaccinated and ready for their new home. Shipping available nationwide. Text {ph}",
            "Adorable French Bulldog puppies looking for loving homes, AKC registered, comes with health guarantee. Visit {u} or text {ph}",
            "My vet recommended this CBD oil for my dog's anxiety and it worked in a day!!! 30% off with code PAWS30 at {u}",
            "Save up to 70% on flea and tick meds, no prescription needed {u}",
            "Maine coon kittens for sale, male and female, 12 weeks old. Contact via email {em}"],
        "science": [
            "Struggling with physics homework? Our experts will do it for you, A+ guaranteed, 24/7 help. {u}",
            "Hire a professional to {kw}, plagiarism free, deadline in 3 hours. {u}",
            "Students! Get 20% off your first essay with code SCIENCE20 at {u}",
            "Best telescopes for beginners 2024 at discount price, free shipping {u}",
            "Get an accredited degree in 2 weeks based on your life experience. No exams. {u}"],
        "cycling": [
            "Carbon frames direct from factory, half the price of the big brands. {u}",
            "Convert any bike to an e-bike in 30 minutes! {kw} on sale now {u}",
            "Huge sale on camping gear: tents, sleeping bags, stoves up to 80% off. Only today {u}",
            "{Wholesale|Custom} cycling jerseys, {custom team kits|bib shorts, club kits}, min order {10|5|20} pcs. {whatsapp|WhatsApp|wechat} {ph}",
            "Cheapest bike parts online!! shimano, sram, everything in stock. {u}"],
    }
    t = spin(rng, pick(rng, T[topic]))
    c = t.format(u=url(rng, kw), kw=kw, ph=phone(rng), em=fake_email(rng, None, kw))
    if rng.random() < 0.3:
        c = spin(rng, pick(rng, ["{Nice|Great|Awesome} {post|article}! ", "Thanks for this. ", "Interesting read. "])) + c
    return c, pick(rng, [kw, kw.title(), fake_name(rng), fake_name(rng)]), kw


BUILDERS = [(s_kw_list, 8), (s_finance, 10), (s_seo, 8), (s_praise_sig, 17), (s_praise_only, 5), (s_bare, 7),
            (s_anchor, 7), (s_contact, 8), (s_homoglyph, 6), (s_copy, 9), (s_short, 6), (s_testimonial, 5), (s_topical, 10)]


def make_spam(rng, topic, post, title):
    fns, ws = zip(*BUILDERS)
    fn = rng.choices(fns, weights=ws)[0]
    content, author, kw = fn(rng, topic, post, title)
    # fields
    kwname = author.lower() in [k.lower() for k in ALL_KW] or any(k in author.lower() for k in ("outlet", "loans", "movers"))
    au = ""
    if kwname or rng.random() < 0.45:
        au = url(rng, kw if kw != "testimonial" else None, path=rng.random() < 0.4)
    em = fake_email(rng, author, kw if kw != "testimonial" else None) if rng.random() < 0.4 else ""
    if fn is s_praise_only and not au:
        au = url(rng, kw)
    if rng.random() < 0.08 and len(content) < 200 and all(ord(ch) < 0x250 for ch in content):
        content = content.upper()
    elif rng.random() < 0.1:
        content = content.lower()
    return {"label": "spam", "author": author, "author_url": au, "author_email": em, "content": content}


# ----------------------------------------------------------------- filler

FILLER = [
    "Great post, thanks for sharing!", "Very informative.", "Thanks again for the blog post. Much thanks again. Want more.",
    "first!", "First :)", "👍", "👏👏👏", "🔥🔥", "😍", "🙌", "+1", "+1 to this", "following", "Following this thread.",
    "bookmarked", "Bookmarked!!", "bookmarked for later", "nice", "Nice one.", "cool", "Cool blog.", "great read",
    "Great read, cheers.", "Thanks for this.", "thx", "ty!", "Love it", "love this blog", "This is great.",
    "Really enjoyed this one.", "Interesting.", "interesting stuff", "Well written.", "So good.", "awesome!!!",
    "Keep it up!", "keep up the good work", "More posts like this please", "waiting for the next one",
    "Subscribed.", "just subscribed", "Shared with my friends.", "sharing this", "Amazing as always.",
    "Always a pleasure to read your posts.", "I read every one of your posts, keep them coming.",
    "Wow. Just wow.", "this", "^ this", "lol", "haha nice", "Nice blog you have here.",
    "Very helpful article, thank you.", "Thank you for the information.", "Informative post, thanks.",
    "good content", "Quality content as usual.", "Hello from Brazil!", "Greetings from Manila 👋", "hi from Ohio",
    "Anyone watching the game tonight?", "anyone else here because of the newsletter?", "Is it just me or is the site slow today?",
    "Happy Friday everyone!", "Off topic but does anyone know when the next post is coming out?", "first time commenting, long time reader",
    "Came here from Reddit.", "who's here in 2024", "Hi everyone! New here.", "Merry Christmas to all the readers!",
    "The font on this site is really nice, what is it?", "What theme is this blog using? Looks clean.",
    "Can't wait for the weekend.", "Anyone else's comments not showing up?", "test", "Testing if comments work",
    "Lovely writing as always, hope you are doing well.", "I don't usually comment but I wanted to say thanks for all the posts over the years, they've kept me company on a lot of lunch breaks.",
    "This blog is my favorite place on the internet honestly. Thank you for all the work you put into it, it shows. Hope you keep writing for a long long time.",
    "Great article! Really well put together and easy to read. I learned a lot and will definitely be coming back for more. Thanks so much for taking the time to write it.",
    "I have been reading your blog for a while now and always come back. Keep up the good work, it's really appreciated by all of us out here.",
    "Such a nice blog. I showed it to my mom and she loved it too.", "Hello! just dropping by to say hi 🙂",
    "Very nice. 10/10", "5 stars", "A+ post", "Top!", "Super article, merci !", "Muito bom!", "Sehr schön, danke.",
    "Bellissimo articolo.", "Gracias por compartir.", "Спасибо!", "Dzięki!", "Thanks!!", "thanks a lot",
    "ok", "Yes!", "Agreed.", "agree 100%", "Same.", "Exactly.", "true", "So true.", "What a great blog.",
    "Just stumbled on this, nice.", "Good stuff.", "solid post", "Absolutely loved this.", "Useful, thanks.",
    "Nice post. Keep posting such kind of information on your blog. I really impressed by your blog.",
    "Wonderful post, I enjoyed reading it.", "I will share this with my friends.", "Read it twice. Great.",
    "great post as always, have a lovely weekend everyone", "Ahh, this was nice to read with my morning coffee ☕",
    "Posting here so I get notified of replies.", "sub", "commenting for the algorithm", "👀", "🙏", "💯",
    "Nice pics! (are there pics? my browser isn't loading them)", "the comments section here is wild lol",
    "is there a newsletter I can sign up for?", "How do I subscribe by email?", "Happy new year everyone!",
    "Good to see a new post, it's been a while!", "Great post!\n\nThanks.", "first\n\nedit: damn, not first",
    "Lovely.\nJust lovely.", "Saving this.\n\n(Commenting so I can find it again later.)", "hi\nhello\nnice blog", "Finally a new post!", "more please", "need more of this",
]

TOPIC_FILLER = {
    "books": ["Books are the best.", "Reading is life 📚", "nothing beats a good book", "What are you all reading this week?",
              "I should read more.", "So many books, so little time!", "Love anything about books."],
    "music": ["Music is life 🎸", "rock on 🤘", "guitar gang", "anyone going to any gigs this summer?", "music makes everything better",
              "Nice, I used to play a bit too.", "🎶🎶"],
    "pets": ["Dogs are the best ❤️", "cats rule dogs drool 😹", "Give your pets a hug from me!", "🐶🐶", "🐱",
             "aww", "pets make life better", "Anyone else's cat sitting on their keyboard right now?"],
    "science": ["Science is so cool.", "mind blown 🤯", "Space is amazing.", "I love science!", "This makes my brain hurt lol",
                "Physics is crazy", "nerd alert 🤓 (affectionate)"],
    "cycling": ["Ride on! 🚴", "bikes are life", "Nice ride!", "Anyone watching the Tour this year?", "I need to get my bike out again.",
                "Cycling is the best.", "🚲🚲🚲", "Who else rode this weekend?"],
}

_used_filler = set()
BLOG_AUTHOR_PREFIXES = ("https://dogearedpage", "https://bedroomtakes", "https://twoleashes", "https://curiousquanta", "https://gravelandgrit")


def near_copy(rng, text):
    t = text
    ops = rng.sample(["lower", "punct", "excl", "prefix", "emoji", "dup"], 2)
    for op in ops:
        if op == "lower":
            t = t.lower()
        elif op == "punct":
            t = re.sub(r"[.,]", "", t)
        elif op == "excl":
            t = t.rstrip(".!") + "!!"
        elif op == "prefix":
            t = pick(rng, ["", "Yes, ", "so ", "Agree, "]) + t
        elif op == "emoji":
            t = t + " " + pick(rng, ["🙂", "👍", ":)", "!!"])
        elif op == "dup":
            t = t
    return t


def make_filler(rng, topic, earlier):
    author = None
    r = rng.random()
    cand_copy = [c for c in earlier if c["label"] in ("low_relevance", "genuine") and len(c["content"]) < 140
                 and not c["content"].startswith("@") and not c["author_url"].startswith(BLOG_AUTHOR_PREFIXES)]
    existing = {c["content"] for c in earlier}
    if r < 0.09 and cand_copy:
        src = pick(rng, cand_copy)
        content = near_copy(rng, src["content"])
    else:
        pool = FILLER + TOPIC_FILLER[topic] * 2
        fresh = [f for f in pool if f not in _used_filler and f not in existing]
        if not fresh:
            fresh = [f for f in pool if f not in existing]
        content = pick(rng, fresh)
        _used_filler.add(content)
        if rng.random() < 0.12:
            content = content.lower()
    if r > 0.9 and content.lower() in ("first!", "first :)"):
        content = "second!"
    name = pick(rng, [fake_name(rng), fake_name(rng), pick(rng, ["Anonymous", "anon", "guest", "Reader", "a reader"]),
                      pick(rng, ["mike_r", "sunny", "lenalena", "jojo", "k8", "bookworm22", "tkm", "deb", "PJ", "nico.v",
                                 "Ananya", "Giulia", "Tomasz", "Oleg", "Marta", "Yusuf", "Brenda K", "the_real_sam", "Fi", "wren"])])
    au = ""
    if rng.random() < 0.12:
        au = "https://" + re.sub(r"[^a-z]", "", name.lower())[:12] + pick(rng, [".example", "blog.example", ".test", "-writes.example"])
    em = fake_email(rng, name) if rng.random() < 0.25 else ""
    return {"label": "low_relevance", "author": name, "author_url": au, "author_email": em, "content": content}
