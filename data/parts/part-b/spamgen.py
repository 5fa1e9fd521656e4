"""Spam comment generator for part-b (templates + spintax + word lists).

All domains are fictional (.example / .test / made-up names); all phone
numbers use reserved/fictional ranges (555-01xx, +44 7700 900xxx, ...).
"""
import re

# ---------------------------------------------------------------- helpers

SPIN = re.compile(r"\{([^{}]*)\}")


def spin(rng, text):
    """Expand {a|b|c} spintax (nested allowed), innermost first."""
    while True:
        m = SPIN.search(text)
        if not m:
            return text
        choice = rng.choice(m.group(1).split("|"))
        text = text[:m.start()] + choice + text[m.end():]


HOMO = {
    "a": ["\u0430", "\u03b1"], "e": ["\u0435"], "o": ["\u043e", "\u03bf"], "p": ["\u0440", "\u03c1"],
    "c": ["\u0441"], "x": ["\u0445"], "y": ["\u0443"], "i": ["\u0456"], "r": ["\u0433"],
    "A": ["\u0410", "\u0391"], "B": ["\u0412"], "E": ["\u0415"], "H": ["\u041d"], "K": ["\u041a"],
    "M": ["\u041c"], "O": ["\u041e", "\u039f"], "P": ["\u0420"], "C": ["\u0421"], "T": ["\u0422"],
    "X": ["\u0425"], "v": ["\u03bd"],
}


def homoglyph(rng, text, rate):
    out = []
    in_url = False
    for i, ch in enumerate(text):
        if text.startswith("http", i) or text.startswith("www.", i):
            in_url = True
        if ch.isspace():
            in_url = False
        if not in_url and ch in HOMO and rng.random() < rate:
            out.append(rng.choice(HOMO[ch]))
        else:
            out.append(ch)
    return "".join(out)


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ---------------------------------------------------------------- word lists

TLDS = [".example", ".test", ".example", ".test", ".example.net", ".example.org"]
SUFFIX = ["", "", "-online", "-store", "-shop", "24", "-hq", "-pro", "-deals", "-outlet", "-club",
          "-official", "-usa", "-uk", "now", "-today", "-review", "4u", "-hub", "-center"]

BRANDS = [
    "replica rolex watches", "cheap oakley sunglasses", "ray ban sunglasses outlet", "cheap nfl jerseys",
    "louis vuitton handbags", "michael kors outlet online", "coach factory outlet", "nike air max 90",
    "ugg boots clearance", "canada goose jackets sale", "moncler outlet", "pandora charms sale",
    "cheap jordans", "christian louboutin shoes", "kate spade handbags", "true religion jeans outlet",
    "north face outlet", "longchamp bags", "replica omega", "tiffany jewelry outlet", "hermes belts cheap",
    "cheap mlb jerseys", "prada handbags sale", "timberland boots cheap", "nba jerseys wholesale",
    "fake tag heuer", "burberry scarf outlet", "gucci belt replica", "asics gel sale", "vans shoes cheap",
]
PHARMA = ["cheap viagra online", "generic cialis", "buy tramadol no prescription", "phentermine 37.5",
          "levitra 20mg", "xanax without rx", "modafinil buy online", "keto diet pills",
          "weight loss gummies", "cbd oil for pain", "testosterone booster", "male enhancement pills"]
LOANS = ["payday loans online", "same day loans", "bad credit loans", "instant cash advance",
         "no credit check loans", "title loans near me", "debt consolidation", "quick personal loans"]
GAMBLING = ["bitcoin casino", "online casino real money", "free spins no deposit", "sports betting tips",
            "slot gacor", "poker online", "live roulette online"]
CRYPTO = ["forex signals", "crypto trading bot", "binary options", "bitcoin investment platform"]
FINANCE = LOANS + GAMBLING + CRYPTO
SERVICES = ["seo services", "buy backlinks", "web design company", "social media marketing agency",
            "plumber austin tx", "roofing contractor dallas", "water damage restoration",
            "locksmith near me", "carpet cleaning london", "movers and packers", "car accident lawyer",
            "essay writing service", "dissertation help", "escort service", "hvac repair phoenix",
            "emergency dentist", "bail bonds", "junk removal", "tree removal houston", "pest control"]
TOPIC_KW = {
    "cooking": ["air fryer reviews", "best stand mixer deals", "kitchen knife set sale",
                "nonstick cookware set", "meal kit coupon code", "best blender 2024", "organic spices wholesale",
                "instant pot recipes pdf", "keto meal plan", "sourdough starter for sale", "cast iron skillet cheap"],
    "gardening": ["garden hose reel sale", "artificial grass installers", "lawn care services",
                  "hydroponic grow lights", "organic fertilizer bulk", "landscaping company dallas",
                  "raised garden bed kits", "slug killer spray", "pest control near me", "seed bank cannabis",
                  "greenhouse kits cheap"],
    "parenting": ["best baby monitor", "kids tablet deals", "online tutoring cheap", "baby formula discount",
                  "nanny agency london", "toys wholesale", "child custody lawyer", "essay writing service",
                  "baby stroller sale", "homework help online", "daycare near me"],
    "fitness": ["best running shoes", "sarms for sale", "cheap gym equipment", "protein powder discount",
                "nike outlet", "weight loss supplement", "testosterone booster", "anabolic steroids online",
                "fitness tracker sale", "keto pills", "home gym equipment cheap"],
}
CITIES = ["Delhi", "Mumbai", "Bangalore", "Pune", "Hyderabad", "Chennai", "Gurgaon", "Noida", "Kolkata",
          "Ahmedabad", "Jaipur", "Lucknow", "Chandigarh", "Indore", "Faridabad", "Ghaziabad", "Thane",
          "Dubai", "Sharjah", "Abu Dhabi", "Austin", "Houston", "Dallas", "Phoenix", "Toronto", "London",
          "Manchester", "Birmingham", "Leeds", "Karachi", "Lahore"]

FIRST = ["James", "Mary", "Linda", "Robert", "Jennifer", "Jessica", "Ashley", "Brandon", "Tyler",
         "Kristen", "Natasha", "Igor", "Svetlana", "Kevin", "Donna", "Larry", "Monica", "Rajesh",
         "Anita", "Jasmine", "Chad", "Brittany", "Derrick", "Lorena", "Mildred", "Hubert", "Elvira",
         "Kimberly", "Wendell", "Tamara", "Juliet", "Ahmed", "Vikram", "Nancy", "Harold", "Selena",
         "Crystal", "Dwayne", "Rosalind", "Ervin", "Minnie", "Shawn", "Alisha", "Bertha", "Maximo"]
LAST = ["Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Thompson", "Harris",
        "Kuhn", "Gutkowski", "Hartmann", "Ivanova", "Petrov", "Sharma", "Verma", "Okoro", "Bernier",
        "Feeney", "Schaden", "Lakin", "Mraz", "Dach", "Rolfson", "Pfannerstill", "Hettinger", "Bogan",
        "Walsh", "Nolan", "Reyes", "Castillo", "Kaur", "Osei", "Lindgren", "Fontaine", "Bauer"]
HANDLES = ["seoexpert", "bestdeals", "marketingguru", "techsupport", "mike_88", "lucky_winner",
           "jenny2020", "crypto_king", "rachel.s", "userx77", "admin", "john_doe", "sara.b",
           "digital_nomad", "wealthcoach", "fitgirl", "momhacks", "gardenpro", "chefbot", "newsreader"]

MAIL_DOMAINS = ["gmaill.test", "mailbox.example", "outlook-mail.example", "yahoo-mail.test",
                "protonmail.example", "inbox.test", "fastmail.example"]


class SpamGen:
    def __init__(self, rng, used):
        self.rng = rng
        self.used = used
        self.post_cursor = {}
        self.families = [
            (self.keyword_list, 7), (self.finance_ad, 8), (self.seo_service, 5), (self.movers, 3),
            (self.praise_signature, 16), (self.link_drop, 6), (self.html_anchor, 7),
            (self.contact_bait, 8), (self.homoglyph_praise, 6), (self.post_copy, 9),
            (self.short_spam, 10), (self.testimonial, 6), (self.comment_copy, 4),
            (self.topic_pitch, 9), (self.work_from_home, 5), (self.foreign, 3),
        ]

    # ---- small builders
    def domain(self, kw=None):
        r = self.rng
        if kw is None:
            kw = r.choice(BRANDS + PHARMA + FINANCE + SERVICES)
        base = slugify(kw)
        if r.random() < 0.3:
            base = base.replace("-", "")
        suf = r.choice(SUFFIX)
        if suf.strip("-") and suf.strip("-") in base:
            suf = ""
        return base + suf + r.choice(TLDS)

    def url(self, kw=None, path=True):
        r = self.rng
        d = self.domain(kw)
        scheme = r.choice(["https://", "http://", "https://www.", "http://www.", "https://"])
        u = scheme + d
        if path and r.random() < 0.5:
            u += r.choice(["/", "/index.php?p=" + str(r.randint(10, 9999)), "/blog/" + slugify(kw or "post"),
                           "/?ref=" + r.choice(HANDLES), "/go/" + str(r.randint(100, 999)),
                           "/" + slugify(kw or "home") + ".html", "/product/" + str(r.randint(1000, 99999))])
        return u

    def person(self):
        r = self.rng
        f, l = r.choice(FIRST), r.choice(LAST)
        style = r.random()
        if style < 0.45:
            return f"{f} {l}"
        if style < 0.6:
            return f"{f.lower()}{l.lower()}{r.randint(1, 99)}"
        if style < 0.75:
            return f
        if style < 0.9:
            return r.choice(HANDLES)
        return f"{f} {l[0]}."

    def email(self, name=None):
        r = self.rng
        name = name or (r.choice(FIRST) + r.choice(LAST))
        local = re.sub(r"[^a-z0-9.]+", "", name.lower().replace(" ", r.choice([".", "", "_"])))
        if r.random() < 0.5:
            local += str(r.randint(1, 999))
        return f"{local}@{r.choice(MAIL_DOMAINS)}"

    def kw_author(self, kw):
        r = self.rng
        styles = [kw, kw.title(), kw.upper() if r.random() < 0.2 else kw,
                  f"{kw} {r.choice(CITIES)}", f"{r.choice(FIRST)}@{kw}", kw.replace(" ", "")]
        return r.choice(styles)

    def author_fields(self, kw=None, keyword_prob=0.45, url_prob=0.55, email_prob=0.25):
        r = self.rng
        if kw and r.random() < keyword_prob:
            a = self.kw_author(kw)
            u = self.url(kw, path=False) if r.random() < 0.85 else ""
        else:
            a = self.person()
            u = self.url(kw, path=False) if r.random() < url_prob else ""
        e = self.email() if r.random() < email_prob else ""
        return a, u, e

    def praise(self):
        return spin(self.rng, self.rng.choice(PRAISE))

    # ---- families
    def keyword_list(self, topic, th, prev):
        r = self.rng
        items = r.sample(BRANDS, r.randint(3, 9))
        mode = r.random()
        lines = []
        for it in items:
            if mode < 0.35:
                lines.append(it)
            elif mode < 0.7:
                lines.append(f"{it} {self.url(it, path=False)}")
            else:
                lines.append(f"<a href=\"{self.url(it)}\">{it}</a>")
        head = r.choice(["", "", "", spin(r, "{hi|Hello|good|nice} "), spin(r, "{2024|2025} {new|hot} {deals|styles}:")])
        body = "\n".join(lines)
        if r.random() < 0.3:
            body = ", ".join(items) if mode < 0.35 else body
        text = (head + "\n" + body).strip() if head else body
        a, u, e = self.author_fields(items[0], keyword_prob=0.6)
        return a, u, e, text

    def finance_ad(self, topic, th, prev):
        r = self.rng
        cat, t = r.choice(FINANCE_T)
        kw = r.choice(FIN_KW[cat])
        text = spin(r, t).replace("KW", kw).replace("URL", self.url(kw)).replace("CITY", r.choice(CITIES))
        text = text.replace("AMT", str(r.choice([200, 500, 1000, 1500, 2500, 5000])))
        a, u, e = self.author_fields(kw, keyword_prob=0.6)
        return a, u, e, text

    def seo_service(self, topic, th, prev):
        r = self.rng
        kw = r.choice(SERVICES[:4] + ["web design company", "local seo services", "link building agency"])
        text = spin(r, r.choice(SEO_T)).replace("KW", kw).replace("URL", self.url(kw))
        text = text.replace("NUM", str(r.choice([50, 100, 500, 1000, 5000])))
        a, u, e = self.author_fields(kw, keyword_prob=0.5)
        if r.random() < 0.4:
            e = self.email("seo" + r.choice(["team", "sales", "outreach", "info"]))
        return a, u, e, text

    def movers(self, topic, th, prev):
        r = self.rng
        cities = r.sample(CITIES[:20], r.randint(4, 10))
        kind = r.choice(["packers and movers", "Packers And Movers", "movers and packers",
                         "call girls", "escort service", "AC repair", "car rental"])
        sep = r.choice(["\n", "\n", " | ", ", "])
        lines = []
        for c in cities:
            if r.random() < 0.5:
                lines.append(f"{kind} {c}")
            else:
                lines.append(f"{kind} in {c} {self.url(kind + ' ' + c, path=False)}")
        text = sep.join(lines)
        if r.random() < 0.4:
            text = spin(r, "{Thanks for sharing|nice post|Very useful information|good article}. ") + ("\n" if sep == "\n" else "") + text
        a, u, e = self.author_fields(f"{kind} {cities[0]}", keyword_prob=0.8)
        return a, u, e, text

    def praise_signature(self, topic, th, prev):
        r = self.rng
        pool = TOPIC_KW[topic] * 2 + BRANDS + PHARMA + FINANCE + SERVICES
        kw = r.choice(pool)
        sig = spin(r, r.choice(SIGS))
        u = self.url(kw)
        sig = sig.replace("KW", kw).replace("URL", u)
        body = self.praise()
        sep = r.choice(["\n\n", "\n", " ", "\n\n"])
        text = body + sep + sig
        a, au, e = self.author_fields(kw, keyword_prob=0.5, url_prob=0.7)
        return a, au, e, text

    def link_drop(self, topic, th, prev):
        r = self.rng
        n = r.choice([1, 1, 1, 2, 3, 5])
        urls = [self.url(r.choice(BRANDS + PHARMA + FINANCE + TOPIC_KW[topic])) for _ in range(n)]
        lead = r.choice(["", "", "", "check this ", "more here: ", "see ", ">> ", "LINK: ", "source: ",
                         "look ", "wow ", "Read more: ", "visit "])
        text = lead + ("\n".join(urls) if r.random() < 0.6 else " ".join(urls))
        a, u, e = self.author_fields(None, url_prob=0.3, email_prob=0.1)
        return a, u, e, text

    def html_anchor(self, topic, th, prev):
        r = self.rng
        kw = r.choice(TOPIC_KW[topic] + BRANDS + PHARMA + FINANCE)
        u = self.url(kw)
        fmt = r.random()
        if fmt < 0.55:
            anchor = f'<a href="{u}">{kw}</a>'
        elif fmt < 0.75:
            anchor = f"[url={u}]{kw}[/url]"
        elif fmt < 0.9:
            anchor = f'<a href="{u}" rel="dofollow"><b>{kw}</b></a>'
        else:
            anchor = f"[{kw}]({u})"
        t = r.choice(ANCHOR_T)
        text = spin(r, t).replace("ANCHOR", anchor).replace("KW", kw)
        a, au, e = self.author_fields(kw, keyword_prob=0.4)
        return a, au, e, text

    def contact_bait(self, topic, th, prev):
        r = self.rng
        phone = r.choice([
            f"+1 (8{r.choice(['00', '33', '44', '55', '66', '77', '88'])}) 555-01{r.randint(0, 99):02d}",
            f"1-8{r.choice(['00', '55', '88'])}-555-01{r.randint(0, 99):02d}",
            f"+44 7700 900{r.randint(0, 999):03d}",
            f"+91 98{r.randint(100, 999)} 0{r.randint(1000, 9999)}",
            f"+1 555 01{r.randint(0, 99):02d}",
            f"+234 80{r.randint(1000000, 9999999)}",
            f"(555) 01{r.randint(0, 99):02d}",
        ])
        handle = "@" + r.choice(["fastloan", "cryptoexpert", "recover", "helpdesk", "vip_signals",
                                 "luckyspin", "officialsupport", "hack_pro", "seo_master", "drmorgan"]) + \
            r.choice(["", "_", "__"]) + r.choice(["247", "01", "x", "", "official", "help", "pro"])
        t = spin(r, r.choice(CONTACT_T))
        text = t.replace("PHONE", phone).replace("HANDLE", handle)
        a = r.choice([self.person(), self.person(), r.choice(["Customer Support", "Help Desk 24/7",
                      "Tech Support Number", "Recovery Expert", "Loan Officer", "Admin Team"])])
        e = self.email() if r.random() < 0.15 else ""
        return a, "", e, text

    def homoglyph_praise(self, topic, th, prev):
        r = self.rng
        base = r.random()
        if base < 0.5:
            text = self.praise()
            if r.random() < 0.5:
                kw = r.choice(TOPIC_KW[topic] + PHARMA + FINANCE)
                text += " " + spin(r, r.choice(SIGS)).replace("KW", kw).replace("URL", self.url(kw))
        elif base < 0.8:
            cat, t = r.choice(FINANCE_T)
            kw = r.choice(FIN_KW[cat])
            text = spin(r, t).replace("KW", kw).replace("URL", self.url(kw)) \
                .replace("CITY", r.choice(CITIES)).replace("AMT", "1000")
        else:
            text = spin(r, r.choice(CONTACT_T)).replace("PHONE", f"+1 (844) 555-01{r.randint(0, 99):02d}") \
                .replace("HANDLE", "@" + r.choice(HANDLES))
        text = homoglyph(r, text, r.choice([0.15, 0.25, 0.4]))
        a, u, e = self.author_fields(None, url_prob=0.4)
        if r.random() < 0.3:
            a = homoglyph(r, a, 0.3)
        return a, u, e, text

    def post_sentences(self, th):
        sents = re.split(r"(?<=[.!?])\s+", th["post"].replace("\n", " "))
        return [s for s in sents if 40 <= len(s) <= 220]

    def post_copy(self, topic, th, prev):
        r = self.rng
        sents = self.post_sentences(th)
        s = r.choice(sents) if sents else th["title"]
        kw = r.choice(TOPIC_KW[topic] + TOPIC_KW[topic] + BRANDS + PHARMA)
        u = self.url(kw)
        t = r.choice(POSTCOPY_T)
        text = spin(r, t).replace("LSENT", s if s.startswith("I ") else s[0].lower() + s[1:]).replace("SENT", s).replace("KW", kw) \
            .replace("URL", u).replace("TITLE", th["title"])
        a, au, e = self.author_fields(kw, keyword_prob=0.45)
        return a, au, e, text

    def short_spam(self, topic, th, prev):
        r = self.rng
        kw = r.choice(PHARMA + BRANDS + FINANCE + TOPIC_KW[topic])
        d = self.domain(kw)
        t = r.choice(SHORT_T)
        text = spin(r, t).replace("DOM", d).replace("KW", kw).replace("URL", self.url(kw))
        a, u, e = self.author_fields(kw, keyword_prob=0.5, url_prob=0.5, email_prob=0.1)
        return a, u, e, text

    def testimonial(self, topic, th, prev):
        r = self.rng
        kind = r.choice(["spell", "crypto", "loan", "hacker", "herbal"])
        name = r.choice({
            "spell": ["Dr. Okosun", "Lord Zakuza", "Dr. Egwali", "Priest Olumba", "Baba Moshood", "Dr. Ogundu",
                      "Chief Ozil", "Mama Ifeoma"],
            "crypto": ["Agent Walter Crypto", "FundRecovery Group", "Mr. Pedro Jerome", "CyberTrace Recovery",
                       "Hackmaster Dan", "Mrs. Diana Lowell"],
            "loan": ["Mrs. Grace Fowler", "Mr. Henry Coleman", "Mrs. Sandra Whitfield", "Sunrise Loan Firm",
                     "Mr. Duncan Reeves"],
            "hacker": ["Hackmaster Dan", "Ghost Spy Tech", "Mr. Jeff Nolan", "CyberTrace Recovery"],
            "herbal": ["Dr. Ahmed Bello", "Dr. Okosun", "Dr. Imoloa", "Dr. Egwali"],
        }[kind])
        mail = self.email(name.replace("Dr. ", "dr").replace("Mrs. ", "").replace("Mr. ", "").replace("Agent ", ""))
        body = spin(r, r.choice(TESTI[kind])).replace("NAME", name).replace("MAIL", mail)
        body = body.replace("AMT", r.choice(["$45,000", "$12,500", "38,000 USD", "$230,000", "6.4 BTC",
                                              "$78,300", "EUR 19,000", "$150,000"]))
        body = body.replace("PHONE", f"+1 (5{r.randint(10, 99)}) 555-01{r.randint(0, 99):02d}")
        if r.random() < 0.35:
            body = homoglyph(r, body, 0.05)
        a = self.person() if r.random() < 0.8 else r.choice(["Grateful Mom", "Jennifer from Texas",
                                                              "Testimony", "Sarah Loves Her Husband"])
        e = self.email(a) if r.random() < 0.3 else ""
        return a, "", e, body

    def comment_copy(self, topic, th, prev):
        r = self.rng
        cands = [c for c in prev if c["label"] == "genuine" and 30 <= len(c["content"]) <= 240
                 and not c["content"].startswith("@")]
        if not cands:
            return self.praise_signature(topic, th, prev)
        src = r.choice(cands)["content"]
        kw = r.choice(TOPIC_KW[topic] + BRANDS + FINANCE)
        u = self.url(kw)
        tail = r.choice(["", "", "\n" + spin(r, r.choice(SIGS)).replace("KW", kw).replace("URL", u),
                         " " + u, f"\n<a href=\"{u}\">{kw}</a>"])
        text = src + tail
        a, au, e = self.author_fields(kw, keyword_prob=0.55, url_prob=0.9)
        if not tail and not au:
            au = u
        return a, au, e, text

    def topic_pitch(self, topic, th, prev):
        r = self.rng
        t = r.choice(PITCH[topic])
        kw_prod = spin(r, t[0])
        text = spin(r, t[1])
        brand = spin(r, "{Pro|Max|Ultra|Prime|Nova|Elite|Zen|Vita|Core|Pure}{Grow|Fit|Chef|Kid|Lab|Boost|Form|Leaf}")
        u = self.url(brand.lower() + " " + kw_prod.split()[0])
        price = r.choice(["$19.99", "$29", "$9.95", "49.90 EUR", "$39", "$24", "70% off", "$12.99"])
        text = text.replace("BRAND", brand).replace("URL", u).replace("PRICE", price)
        if "URL" not in t[1] and r.random() < 0.3:
            text += " " + u
        a, au, e = self.author_fields(kw_prod, keyword_prob=0.35, url_prob=0.6)
        return a, au, e, text

    def work_from_home(self, topic, th, prev):
        r = self.rng
        text = spin(r, r.choice(WFH_T)).replace("AMT", str(r.choice([85, 90, 150, 197, 250, 370]))) \
            .replace("MONTH", str(r.choice([7500, 12000, 18532, 21000, 9800]))) \
            .replace("URL", self.url("work from home " + r.choice(["jobs", "cash", "income"]))) \
            .replace("HANDLE", "@" + r.choice(HANDLES) + str(r.randint(1, 99)))
        a, u, e = self.author_fields(None, url_prob=0.3, email_prob=0.2)
        return a, u, e, text

    def foreign(self, topic, th, prev):
        r = self.rng
        t = r.choice(FOREIGN_T)
        kw = r.choice(FINANCE + PHARMA)
        text = spin(r, t).replace("URL", self.url(kw)).replace("PHONE", f"+7 (900) 555-01-{r.randint(10, 99)}")
        a, u, e = self.author_fields(kw, keyword_prob=0.3)
        return a, u, e, text

    # ---- entry point
    def make(self, topic, th, prev):
        r = self.rng
        funcs, weights = zip(*self.families)
        for _ in range(30):
            f = r.choices(funcs, weights=weights)[0]
            a, u, e, text = f(topic, th, prev)
            text = text.strip()
            if f is self.comment_copy or text.lower() not in self.used:
                break
        self.used.add(text.lower())
        return {"author": a, "author_url": u, "author_email": e, "content": text}


# ---------------------------------------------------------------- templates

PRAISE = [
    "{Great|Awesome|Excellent|Wonderful|Fantastic|Nice} {post|article|write-up|piece of writing}! {Keep up the {good|great|excellent} work|Thanks for sharing|I will {bookmark|share} this}{.|!|!!}",
    "{Hi|Hello|Hey|Howdy} {there|friend|admin}, {I enjoy|I like|I love} reading {all of|through} your {article|post|articles}. I {like|wanted} to write a little comment to support you.",
    "I {really|truly} {like|love|appreciate} {what you guys are|what you're} {up too|usually up too|doing}. This {sort|kind|type} of clever work and {exposure|coverage|reporting}! Keep up the {superb|excellent|good|great} works guys I've {included|added|incorporated} you guys to {my|our} {personal blogroll|blogroll}.",
    "{This|That} is {a very good|a really good|a great} tip {especially|particularly} to those {new to|fresh to} the blogosphere. {Short|Brief|Simple} but very {accurate|precise} {information|info}... {Thanks for|Thank you for|Appreciate your} sharing this one. A must read {post|article}!",
    "{Wow|Whoa|Woah}, {this|that} {article|piece of writing|post} is {nice|good|pleasant|fastidious}, my {sister|younger sister|wife} is analyzing {such|these} things, {so|thus|therefore} I am going to {tell|inform|let know|convey} her.",
    "{I'm|I am} {not sure|really impressed|extremely impressed} {where you're getting|with} your {info|writing skills|information}, but {good|great} topic. I {needs to|must} spend some time learning {much more|more} or understanding more. Thanks for {great|excellent|wonderful|fantastic} {info|information} I was looking for this {info|information} for my mission.",
    "{Hurrah|Wow|Hooray}! {Finally|At last|In the end} I got a {website|weblog|blog} from where I {can|know how to|be capable of} {really|genuinely|actually} {get|take|obtain} {useful|helpful|valuable} {data|facts|information} {concerning|regarding} my study and knowledge.",
    "{Very|Really|Quite} {nice|good|informative} {post|blog|article}. I {just|simply} stumbled upon your {blog|weblog} and wanted to say that I've {really|truly} enjoyed {browsing|surfing around} your blog posts. {In any case|After all} I'll be subscribing to your {feed|rss feed} and I hope you write again {soon|very soon}!",
    "{It's|It is} {really|actually} a {nice|great|cool} and {helpful|useful} piece of {information|info}. {I'm|I am} {glad|satisfied|happy} {that you|that you simply|that you just} shared this {helpful|useful} {information|info} with us. Please {keep|stay} us {informed|up to date} like this. {Thanks|Thank you} for sharing.",
    "{Thanks|Thank you} {for the|for every other|for one more} {great|wonderful|informative|excellent} {post|article}. {Where else|Where} {may|could} {anyone|anybody} get that {kind|type} of {info|information} in such {a perfect|an ideal} {way|means|approach|manner} of writing?",
    "{Greetings|Hello|Good day}! {This is|It is} my first {visit|comment} here so I just wanted to give a quick shout out and {say|tell you} I {genuinely|truly|really} enjoy reading {through|your} {posts|articles}. Can you recommend any other blogs that go over the same {topics|subjects}? Thank you!",
    "{I've|I have} been {browsing|surfing} online more than {three|2|4} hours today, yet I never found any interesting article like yours. {It's|It is} pretty worth enough for me. {In my opinion|Personally}, if all {webmasters|site owners} and bloggers made good content as you did, the {internet|net|web} will be {much more|a lot more} useful than ever before.",
    "{Appreciating|Appreciate} the {time and effort|hard work|dedication} you put into your {website|blog|site} and {detailed|in depth} information you {offer|provide|present}. It's {good|nice|great} to come across a blog every once in a while that isn't the same {old|outdated|unwanted} rehashed {information|material}. {Great|Fantastic|Excellent} read!",
    "{good|nice|great} {info|post}, {thx|thanks}",
    "{Way cool|Very nice|Pretty cool}! Some {very|extremely} valid points! I appreciate you {writing this|penning this} {article|post|write-up} {and the|plus the} rest of the {site is|website is} {also very|really} good.",
    "{Its|It's} like you read my mind! You seem to know {so much|a lot} about this, like you wrote the book in it or something. I think that you {could|can} do with {some|a few} pics to drive the message home a {bit|little bit}, but {other than|instead of} that, this is {great|fantastic|wonderful} blog.",
]

SIGS = [
    "My {webpage|web page|homepage|site|website} :: KW",
    "My {webpage|web page|homepage} - URL",
    "Here is my {blog post|web blog|page|website}; KW",
    "Here is my {blog post|site}: URL",
    "Feel free to {surf|visit} to my {site|website|web-site|webpage} ... URL",
    "Feel free to surf to my blog - KW",
    "Also visit my {homepage|web page|site|website} ... KW",
    "Also visit my {homepage|blog} :: URL",
    "{my|My} {web site|site|blog} - KW",
    "Look into my {blog post|web site|page} - URL",
    "Stop by my {web blog|website|homepage} KW",
    "{Take a look at|Check out} my {web-site|blog|homepage}: KW",
    "{Also|Here is} my {site|page} - KW (URL)",
    "KW",
    "- KW",
    "URL",
    "{Visit|See} my {website|page} for KW: URL",
    "{my page|my blog|Here is my web blog}; URL",
]

FINANCE_T = [
    ("loan", "Need cash fast? Get up to $AMT {today|in 15 minutes|within an hour}, no credit check! Apply now: URL"),
    ("loan", "{Bad credit? No problem.|Denied by your bank?} KW approved in minutes. {100% online|no paperwork}. URL"),
    ("loan", "KW - {best|top|trusted} rates in CITY. {Fast approval|Same day funding|Instant decision}. {Apply|Click} here {URL|>> URL}"),
    ("gamble", "I {won|made} ${3,400|870|12,000|560} last night on this {new|crazy} {casino|slot site}, {free spins|bonus} for new players: URL"),
    ("gamble", "🎰 {250|100|500} FREE SPINS no deposit!! KW {2024|2025} >> URL"),
    ("crypto", "{Bitcoin|BTC|Ethereum} {price|signals} {going to the moon|about to explode}. {Join|Get in} before it's too late, {my bot makes|I make} {3%|5%|10%} daily: URL"),
    ("loan", "{Tired of|Sick of} {living paycheck to paycheck|money problems}? KW can help. {Low interest|0% first month}. Visit URL"),
    ("any", "KW\nKW online\n{fast|quick|best} KW\nURL"),
    ("loan", "{Looking for|Need} KW? {We compared|Compare} {20|30|50}+ lenders {so you don't have to|for free}: URL"),
    ("gamble", "{sports betting|football betting} tips {with|at} {90%|95%} win rate, {VIP|premium} group open now URL"),
    ("crypto", "{Invest|Start investing} with just $AMT and {earn|get} {passive income|weekly profit}. {Licensed|Regulated} {broker|platform}. URL"),
    ("gamble", "{Best|No.1} KW {site|platform} {in|for} CITY!! {register|sign up} and get bonus URL"),
    ("crypto", "{made|Made} {my first|another} ${1,200|4,750|800} {this week|today} with KW 🚀🚀 {no experience|fully automated}. {details|info} URL"),
    ("gamble", "KW {bonus|promo} {code|kode} {WIN200|VIP777} - {deposit|depo} {$10|10$} get {$200|200$} URL"),
]
FIN_KW = {"loan": LOANS, "gamble": GAMBLING, "crypto": CRYPTO, "any": FINANCE}

SEO_T = [
    "Hi, I {noticed|saw} your {site|blog} is not ranking on the first page of Google for {several|some|many} keywords. We are {an SEO agency|a digital marketing team} and can {help|get you} to page 1 in {30 days|weeks}. {Reply|Contact us} for a free audit: URL",
    "{Buy|Get} NUM {high quality|high DA|dofollow} backlinks {for cheap|starting $5|now}! {Boost|Improve} your rankings {fast|today} URL",
    "{Need|Want} more traffic? KW {starting from|from just} ${49|99|199}/month. {Guaranteed|Proven} results. URL",
    "Dear {webmaster|site owner|admin}, {I am|We are} interested in {publishing|placing} a {guest post|sponsored article} on your {site|blog}. What is your price? Please {reply|email} us.",
    "{Hello|Hi} {admin|dear}. Your {website|site} {design|layout} {looks outdated|could be better|is not mobile friendly}. {We do|Our company does} KW {at affordable prices|for small business}, {check|see} our portfolio URL",
    "KW | KW agency | {affordable|cheap|best} KW | URL",
]

ANCHOR_T = [
    "ANCHOR",
    "{Nice|Good|Great} {post|info}! ANCHOR",
    "{Thanks|Thank you} {for sharing|for this}. {Check out|See also} ANCHOR",
    "ANCHOR ANCHOR",
    "{I found|found} {this|some} {useful|great} {resource|site} ANCHOR",
    "{Hello|Hi} all, {here is|look at} ANCHOR {for|with} {great|the best} {prices|deals}",
    "{great article|informative blog}. {you can also|also} {buy|get} ANCHOR {here|there}.",
    "KW\nANCHOR\n{nice|good} {blog|site}",
]

CONTACT_T = [
    "{Having|Facing} {problems|issues|trouble} with your {printer|router|email account|bank account|QuickBooks}? {Call|Dial} our {toll free|24/7} support PHONE {for instant support|now|anytime}.",
    "{Need|Want} a {quick|fast|urgent} loan? {Text|WhatsApp} me on PHONE, {no credit check|approval in 10 minutes}.",
    "dm on telegram HANDLE for {signals|vip group|crypto tips|investment plan}",
    "{Lost|Lost access to} your {crypto|bitcoin|wallet|Instagram account}? {Contact|Message} HANDLE on Telegram, they helped me {recover everything|get my funds back}.",
    "For {more info|details|business} {contact|whatsapp} PHONE",
    "{Hello|Hi}, {are you|u} {single|lonely}? {add|text} me on {WhatsApp|telegram} PHONE 😘",
    "{Want|Need} to {earn|make} extra {money|income} from home? {Message|Text} me on WhatsApp PHONE for details",
    "{Best|Top} {astrologer|love guru|black magic specialist} {in|for} {love problem solution|getting your ex back}. {Call|WhatsApp} PHONE",
    "Telegram: HANDLE\nWhatsApp: PHONE\n{24/7|always online}",
    "{Please|Kindly} {reach|contact} {me|us} on telegram HANDLE {for|regarding} {collaboration|partnership|promotion}",
]

POSTCOPY_T = [
    "SENT {That's|This is} {so true|exactly right|spot on}! {That's why|That is why} {I always|I} {recommend|use} KW, {check it out|see here}: URL",
    "\"SENT\" - {totally agree|couldn't agree more|this!!}. {For more|More} {info|tips} {visit|see} URL",
    "{I agree|Agree} {that|with you,} LSENT {Also|By the way}, {if you need|looking for} KW {try|check} URL",
    "{Great|Nice|Interesting} {post|article} about TITLE. SENT {I|We} {wrote|have} {a similar|a detailed} {guide|article} on KW here URL",
    "SENT\n\n{Thanks for|Thank you for} {this|the info}. KW URL",
    "{Reading|Read} TITLE {today|just now}, {so|very} {helpful|informative}! {Anyone|Anybody} looking for KW {should|can} {visit|check} URL",
    "SENT {Very|So} {true|useful}. <a href=\"URL\">KW</a>",
    "{Really|Very} {helpful|good} {point|tip}: \"SENT\" {I'd add|Also} that KW {makes a huge difference|helps a lot}.",
]

SHORT_T = [
    "nice. DOM",
    "{good|nice|great} {info|post} DOM",
    "thx! URL",
    "KW",
    "KW DOM",
    "{wow|cool} URL",
    "{Thanks|thanks!!} KW",
    "URL KW",
    "{agreed|+1} DOM",
    "{nice|good} {blog|site}, KW",
    "KW!!! {cheap|best price|discount}",
]

TESTI = {
    "spell": [
        "{My name is|I am} {Sarah|Linda|Karen|Amanda} from {Texas|Ohio|Florida|Ontario}. My husband left me for another woman {after 9 years of marriage|2 years ago} and I was {devastated|heartbroken}. I {searched|looked} everywhere for help until I found NAME, a {powerful|great} spell caster. {He|She} cast a love spell for me and {within 48 hours|in 3 days} my husband came back {begging|and apologized}! {We are happy again|Our family is together again}. If you need help {contact|reach} {him|her} on MAIL {or WhatsApp PHONE|}. {Thank you|God bless you} NAME!!!",
        "{I want to|I'm here to} {testify|share my testimony} about NAME who {brought back|restored} my {lover|ex boyfriend|marriage}. {I was skeptical|I didn't believe in spells} at first but {I had nothing to lose|I was desperate}. {He|She} {only asked|asked only} for the items for the ritual and {in 2 days|within a week} my {ex|boyfriend} {called me|came back}. {Contact|Email} {him|her}: MAIL. {He|She} can also help with {lottery|job promotion|pregnancy|court cases}.",
    ],
    "crypto": [
        "I {lost|had stolen} AMT to a {fake|fraudulent} {crypto|investment|trading} platform and {thought|believed} it was gone forever. {A friend|My colleague} {recommended|introduced me to} NAME, {a recovery expert|an ethical hacker}, and {within 72 hours|in just 5 days} {all my funds were|I got everything} {recovered|back}. If you {were scammed|lost money} {please|kindly} {contact|reach out to} MAIL {or WhatsApp PHONE|}. {They are legit|100% legit}!!",
        "{Beware|Be careful} of {fake|scam} {investment|bitcoin} {sites|brokers}!!! I {almost lost|lost} AMT {last year|in 2023}. {Thank God|Thankfully} I {found|met} NAME who {helped me|was able to} {trace|recover} {my wallet|the funds}. {Email|Contact}: MAIL\n{Don't|Do not} {suffer in silence|give up}.",
    ],
    "loan": [
        "{Hello everyone|Good day to everyone reading this}, I {was looking for|needed} a loan {to pay my bills|to start my business|for my mortgage} and {got scammed|was rejected} {3 times|by many lenders}. Then I {found|met} NAME, a {private|legit} {lender|loan company} {giving out|offering} loans at {2%|3%} interest. I {got|received} AMT {within 24 hours|same day}. {Contact|Email} {them|her|him} on MAIL if you need a loan.",
        "{Are you in need of|Do you need} a {loan|personal loan|business loan}? NAME {offers|gives} loans {from|of} $5,000 {to|up to} $5,000,000 at {low|2%} interest rate. {No collateral|No credit check}. {I got mine|My loan was approved} {in 48 hours|quickly}. Email: MAIL",
    ],
    "hacker": [
        "{I suspected|I always suspected} my {husband|wife|partner} was cheating {but had no proof|for months}. NAME {helped me|hacked into his phone and} {gain access to|get} {his|all} {messages|WhatsApp, Facebook and call logs} {remotely|without touching the phone}. {Now I know the truth|I got the proof I needed}. {Contact|Email} MAIL {for|to} {any hacking service|fix your credit score, recover accounts}.",
    ],
    "herbal": [
        "I {was diagnosed with|had} {herpes|HPV|diabetes type 2} for {3|5|7} years and {tried everything|spent so much money on drugs}. {Then I read about|My friend told me about} NAME's herbal {medicine|cure} and {after 2 weeks|within 21 days} I tested negative!! {Contact|Email} {him|the doctor} MAIL {He also cures|He can also cure} {HIV, cancer, ALS|infertility and low sperm count}.",
    ],
}

PITCH = {
    "cooking": [
        ("sourdough kit", "{I had the same|Same} {problem|struggle} with my starter until I {bought|tried} the BRAND {sourdough kit|dehydrated starter}, {it comes|comes} {ready to use|alive} in 24h. Only PRICE at URL"),
        ("air fryer", "{Honestly|Tbh} I {make|do} {everything|all my baking} in my BRAND air fryer now, {cookies|bread|dal} {included|too}! {Best purchase ever|Game changer}. {They have|There's} a {sale|discount} {right now|this week}: URL"),
        ("cookware set", "{Great recipe|Nice recipe}! {If you want|For} {perfect|even} results use {a|the} BRAND {ceramic|nonstick} cookware set, {I got mine|mine was} PRICE {with code|using code} {SAVE20|CHEF30}. URL"),
        ("weight loss tea", "{Love|Loved} {this recipe|your recipes} but {I needed to|needed to} lose {the|some} {baby|holiday} weight first. BRAND detox tea {helped me lose|made me drop} {14|22|9} pounds in {3|4} weeks without {dieting|changing what I eat}!! {Try it|Link}: URL"),
        ("knife set", "{Nobody|No one} talks about knives! A good BRAND {chef knife|knife set} makes {cooking|prep} {twice as fast|so much easier}. {Currently|Now} PRICE {here|at} URL"),
    ],
    "gardening": [
        ("slug repellent", "{I tried|Tried} {everything|all of these} too, {nothing worked|nothing worked for me} until BRAND {organic|natural} slug {barrier|repellent}. {Pet safe|Safe for hedgehogs}, {only|just} PRICE. URL"),
        ("grow lights", "{For|If you have} {north facing|shady} balconies {like mine|} you {need|really need} BRAND LED grow lights, my {tomatoes|herbs} {doubled|tripled} {this year|in size}. PRICE {on sale|with free shipping}: URL"),
        ("tomato fertilizer", "{Great post|Great results}! {The secret|My secret} for {huge|bigger} tomatoes is BRAND {liquid|organic} fertilizer, {I get|got} {20|30} kg from {4|5} plants. {Order|Get yours} {here|at} URL"),
        ("self watering planter", "{Watering|Forgetting to water} was {my|always my} {biggest problem|problem} until I {switched to|got} BRAND self-watering {planters|pots}. {Check|See} {them|it} out URL - PRICE"),
        ("garden services", "{Don't have time for|No time for} {all this|gardening}? {We|Our team} {build|install} raised beds and {full|complete} garden {makeovers|design} {in|around} {Houston|Dallas|London|Manchester}. {Free quote|Call today}: URL"),
    ],
    "parenting": [
        ("baby sleep", "{We had|Had} the {exact same|same} {sleep|regression} {struggle|nightmare}!! {What saved us|What finally worked} was the BRAND {sleep program|white noise machine|sleep sack}, {sleeping|slept} through the night in {3|5} days. URL"),
        ("kids tablet", "{My kids|Our kids} {love|are obsessed with} the BRAND {kids tablet|learning tablet}, {it has|with} {parental controls|screen time limits} built in {so no fights|and it's educational}! {Now|Only} PRICE: URL"),
        ("homework help", "{Homework stress?|Struggling with homework?} BRAND {online tutors|tutoring} {help kids|helps children} {ages 5-16|of all ages} {with math and reading|in every subject}. {First lesson free|Free trial}! URL"),
        ("picky eater supplement", "{For|My son is a} picky {eaters|eater} {too|}, {we|I} {give|started giving} {him|them} BRAND {gummy vitamins|kids multivitamin} {so|and now} I {don't worry|stopped worrying} about {nutrition|what he eats}. {Code|Use code} MOM15 {at|on} URL"),
        ("school supplies", "{Back to school|School} {shopping|season} {is|can be} so {stressful|expensive}! BRAND {has|have} {all|complete} school supply {bundles|kits} {from|at} PRICE {with free delivery|}. URL"),
    ],
    "fitness": [
        ("running shoes", "{Great|Nice} {post|story}! {Shoes|Good shoes} {matter so much|make all the difference}. {I|We} {compared|reviewed} the {best running shoes|top 10 running shoes} {for beginners|of 2024} {here|at} URL"),
        ("fat burner", "{Congrats|Well done} on {the run|your progress}! {What helped me|What really helped me} {get lean|lose the last 10 kg} was BRAND {fat burner|thermogenic} {capsules|pills}, PRICE {per bottle|a month}. URL"),
        ("sarms", "{Want|Looking for} {faster|serious} {gains|strength}? BRAND {sarms|peptides} {100% legit|lab tested}, {discreet shipping|ships worldwide}. {Telegram|DM} @{gainzlab|sarmsdirect} or URL"),
        ("home gym", "{Don't|Do not} {buy used|waste time on classifieds}! BRAND {home gym|power rack} {packages|bundles} {from|starting at} PRICE with {free delivery|free shipping}. URL"),
        ("protein", "{Recovery is key|Recovery matters so much}! {I use|I always use} BRAND {whey|vegan} protein {after every run|after lifting}, {grab|get} {25%|30%} off {with code|using} RUN25 URL"),
    ],
}

WFH_T = [
    "{I get paid|I'm making|I earn} {over|more than|about} $AMT per hour working from home {with|on} my {laptop|phone}. I {never thought|didn't believe} I'd be able to do it but my {best friend|cousin|neighbor} {earns|makes} $MONTH a month doing this{ and she convinced me to try|}. {Check it out|Go to this site|Everybody must try this job now} URL",
    "{Start|Begin} {making|earning} cash {right now|today}... Get more {time|free time} with your {family|kids} by doing {jobs|work} that only require {a computer|you to have a computer} and {internet|an internet access} and you can have that at your {home|house}. {Start|Begin} bringing up to $MONTH {a month|monthly}. URL",
    "{Just|Only} {2|3} {weeks|months} ago I was {broke|unemployed}, now I make $AMT/hour {from home|online}. {No experience needed|No skills needed}. {Text|Message} me on Telegram HANDLE {and I'll show you how|for info}",
    "{my|My} {sister|roommate|stepmom} {makes|earns} $AMT {an hour|hourly} {on the computer|online}. She has been {out of work|fired} for {5|8|10} months but last month her {check|paycheck} was $MONTH just working on the computer for a few hours. {Read more|see this} URL",
]

FOREIGN_T = [
    "Лучшее онлайн казино {2024|2025}! {Бонус|Бездепозитный бонус} {500|1000} рублей {за регистрацию|новым игрокам}: URL",
    "{Займ|Кредит} {без отказа|онлайн без проверки} {на карту|за 5 минут}. {Звоните|Пишите в WhatsApp} PHONE",
    "Kredit ohne Schufa {sofort|schnell} {aufs Konto|online}! {Jetzt|Heute} beantragen: URL",
    "{Préstamos|Créditos} rápidos sin aval, {aprobación|respuesta} en {10 minutos|el mismo día}. {Visita|Entra en} URL",
    "{Ganhe|Ganhar} dinheiro {em casa|online} {trabalhando|com apenas} {2 horas|poucas horas} por dia! {Saiba mais|Clique aqui}: URL",
    "Judi slot online {gacor|terpercaya} {hari ini|2024}, {deposit|depo} {10rb|25rb} {bonus 100%|maxwin}! URL",
]
