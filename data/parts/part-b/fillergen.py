"""Low-relevance filler generator for part-b.

Filler = not spam (no promotional link, nothing sold) and not conversation:
generic praise, "first!", emoji, +1, following/bookmarked, off-topic chatter,
near-copies of an earlier comment in the thread.
"""
import re

from spamgen import spin

GENERIC = [
    "{Great|Nice|Lovely|Good} {post|read|article}{, thanks for sharing|, thank you|}{!|.|!!|}",
    "{Very|Really|So} {informative|helpful|interesting}{.|!|}",
    "Thanks again for the {blog post|article|post}. {Much thanks again|Really thank you}. {Want more|Keep writing|Cool}.",
    "{thanks|thank you|ty} {for this|for sharing|}{!|}",
    "{Love|Loved|Loving} {this|your blog|this blog|your writing}{!|!!| ❤️|}",
    "{I|i} {always|really} {enjoy|love} {reading|your posts}{.|!| :)|}",
    "{Well written|Beautifully written|Nicely put}{.|!|}",
    "{Such|What} a {lovely|nice|great} {blog|read}{!|.}",
    "{Keep it up|Keep up the good work|Keep them coming}{!|!!|.| 👍}",
    "{This is|That's} {great|awesome|so good}{!|!!|}",
    "{Interesting|Very interesting} {read|topic|stuff}, {thanks|cheers}",
    "{Good|great} {stuff|job}{.|!|}",
    "{Wow|Amazing|Awesome}{!|!!|...}",
    "{Thank you so much|Thanks so much} for {writing this|this post|taking the time to write this}{.|!|}",
    "{I've been|Been} {reading|following} your blog for {years|a while|ages} {and|&} {love it|it never disappoints}{.|!|}",
    "{Hello from|Greetings from|Reading from} {Manila|Lagos|Ohio|Melbourne|Cape Town|Bristol|Lisbon|Toronto}{!|! 👋|}",
    "{Nice|Great} {pictures|photos|site design}{!|.|}",
]

TOPICAL_VAGUE = {
    "cooking": ["{I love|I just love} {baking|cooking} {so much|}{!|}", "{Now|Now I'm} {hungry|starving} {lol|haha|😅|}",
                "{yum|yummy|looks delicious|looks so good}{!|!!| 😋|}", "{Cooking|Baking} is {my therapy|so relaxing}{.|!|}",
                "My {grandma|mom|nonna} {was a great cook|used to bake every sunday}{.|!|} {miss her|good memories|}"],
    "gardening": ["{I wish|Wish} I had a {garden|balcony}{!|.|} 😢", "{gardening|Gardening} is {the best|so calming} {hobby|therapy}{.|!|}",
                  "{so green|lovely plants}{!|} 🌱", "My {dad|mum|grandpa} {loved|was always in} {the garden|his garden}{.|!|}",
                  "{Spring|Summer} can't come {soon enough|fast enough}{!|.|}"],
    "parenting": ["{Parenting|Being a parent} is {hard|the hardest job}{!|.|} {lol|}", "{kids|Kids} {grow up so fast|are the best}{.|!|} ❤️",
                  "{Mine are|My kids are} {grown|teenagers} now, {enjoy these years|cherish it}{.|!|}",
                  "{Sending love|Hugs} to all {the mums|the parents} {out there|reading}{.|!|} 💕", "{So|Soo} {relatable|true}{!|!!|}"],
    "fitness": ["{Running|Lifting} is {life|the best medicine}{!|.|} 💪", "{I|i} {should|need to} {start running|get back to the gym}{.|!|} {lol|}",
                "{Motivation|Motivating} {!|!!| 🔥|}", "{Monday|Tomorrow} I start{!|.|}... {for real this time|again|}",
                "{Beast mode|No pain no gain}{!|} 💪💪"],
}

SHORT = ["first!", "First!!", "1st", "+1", "+1!", "following", "Following.", "bookmarked", "Bookmarked!",
         "subscribed", "saved", "this", "^ this", "👍", "👍👍", "🔥🔥🔥", "❤️", "😍", "👏👏👏", "🙌", "💯",
         "😂", "❤️❤️", "ok", "nice", "Nice.", "cool", "noted", "same", ".", "hi", "bump", "up",
         "👀", "⭐⭐⭐⭐⭐", "10/10", "wow", "lol", "interesting", "Amazing", "agreed", "yes", "me too"]

OFFTOPIC = [
    "anyone watching the game tonight?",
    "{is it just me or|Is it only me or} {does|is} the {site|page} {load|loading} {really slow|super slow} on {mobile|my phone}?",
    "What {WordPress theme|theme|font} is this? {Looks clean|Looks great|Love it}.",
    "{Your|The} comment {section|box} {is weird|doesn't work} on {Safari|my iPad}, {took|it took} me {three|3|4} tries to post this",
    "Who's {here|reading this} in {2024|2025}?",
    "{Happy|happy} {Friday|Monday|new year|Easter} everyone{!|!!| 🎉}",
    "{Does anyone know|anyone know} {a good|any good} {dentist|mechanic|vet} in {Leeds|Utrecht|Porto|Denver}? {sorry|Sorry} {off topic|for the off topic}",
    "{The weather|Weather} {here|today} is {awful|so nice|crazy}{.|!|}",
    "{I can't|Can't} {find|see} the {newsletter|subscribe} button{.|?|}",
    "{Random|random} question but what camera do you use for the photos?",
    "{Did anyone else|Anyone else} {get|see} {two|2} {emails|notifications} for this post?",
    "{lol my|My} cat just walked across my keyboard{, sorry if this posts twice|}",
    "{Off topic|OT} but {the new season of|did anyone watch} {that show|Bake Off|the new series} {last night|yesterday}? {no spoilers please|So good|}",
    "{I miss|Miss} {the old|your old} {blog design|layout}{.|, just saying}",
    "{Is|Are} there {going to be|gonna be} a podcast{?| version?}",
    "{Waiting|Still waiting} for {the|your} {next post|next one} {already|} 😅",
    "{can you|Can you} {do a post|write something} about {travel|skincare|budgeting|your dog}{ next|?| sometime?}",
    "{Hi|Hello} everyone, {new here|just found this blog}{!|.| :)}",
]

LONG = [
    "{Great|Lovely|Nice} {post|read}{!|.}\n\n{Keep it up|Keep them coming|Looking forward to the next one}{!|.| :)}",
    "{Hi|Hello} {from|} {a new reader|a first time commenter}{!|.}\n{Love|Really like} the {blog|writing}{.|!}",
    "{thanks|Thanks}{!|}\n{bookmarked|saved for later|following}",
    "I don't usually comment on blogs but I {just|really} wanted to say that I {enjoy|appreciate} {your writing|the way you write}. {It's|It is} {honest|warm} and {easy to read|never boring}. {Anyway|So yeah}, {keep going|thank you}{!|.}",
    "{I have been|I've been} {a silent reader|lurking} {here|on this blog} for {a long time|about two years} and {finally|I decided to} {made an account|say hi}. {Love|I love} {everything|all} you {post|write}. {Greetings|Cheers} from {Poland|Canada|the Netherlands|Australia}!",
    "{This blog|Your blog} {is one of the few|is the only one} I {still|actually} read {regularly|every week}. {No|There's no} {clickbait|nonsense}, {just|only} {good writing|real stuff}. {Thank you|Thanks} for {that|keeping it up}{.|!}",
    "{Honestly|Tbh} {I|i} {found|stumbled on} this {while|when} {looking for|googling} something {completely different|else entirely} {lol|haha}, but {I'm glad|glad} I did{.|!} {Have a nice day|Have a great weekend}{!|.}",
    "{I shared|Shared} this {with|to} my {family group chat|friends|colleagues} { and|,} {everyone|they all} {loved it|said it was great}{.|!} {Thanks|Thank you}{!|}",
]

FIRST_NAMES = ["Alice", "Bruno", "Celia", "Dmitri", "Esther", "Farid", "Gina", "Hana", "Ivo", "Jade", "Karl",
               "Leila", "Milo", "Nora", "Otto", "Paula", "Quinn", "Rosa", "Stefan", "Tara", "Umar", "Vera",
               "Wanda", "Xavi", "Yusuf", "Zara", "Aiden", "Bianca", "Colm", "Daria", "Emre", "Flora", "Gus",
               "Hattie", "Ines", "Jonas", "Kira", "Luca", "Maeve", "Niko", "Orla", "Pia", "Rudy", "Sol",
               "Theo", "Uma", "Vince", "Wren", "Yasmin", "Zeke", "Amelia", "Brent", "Chloe", "Dylan"]
LAST_NAMES = ["Novak", "Okafor", "Brennan", "Silva", "Costa", "Meyer", "Haddad", "Kowalski", "Murphy",
              "Nguyen", "Rossi", "Jensen", "Patel", "Garcia", "Dubois", "Schmidt", "Tanaka", "OConnor",
              "Fischer", "Moreau", "Kaya", "Lund", "Ward", "Price", "Byrne", "Aziz", "Holm", "Ortiz"]

EMOJIS = ["😊", "🙂", "😄", "👍", "🙏", "✨", "💕", "😁", "🤗"]


class FillerGen:
    def __init__(self, rng, used):
        self.rng = rng
        self.used = used

    def author(self):
        r = self.rng
        if r.random() < 0.45:
            f = r.choice(FIRST_NAMES)
            style = r.random()
            if style < 0.35:
                return f
            if style < 0.6:
                return f + " " + r.choice(LAST_NAMES)
            if style < 0.75:
                return f + " " + r.choice(LAST_NAMES)[0] + "."
            if style < 0.9:
                return f.lower() + r.choice(["", "_", "."]) + r.choice(["x", "22", "mum", "dad", "k", "99", "home", "88"])
            return f.lower()
        return r.choice([
            "Anonymous", "Guest", "anon", "Reader", "visitor", "J.", "M", "a fan", "Jenny", "Tom", "Lisa",
            "sara", "dave_k", "Mo", "Kelly", "kim", "Nina", "Ahmed", "Lou", "pat", "Bea", "Jo", "Rina",
            "Carlos", "bobby", "Ella", "Zoe", "Marta", "Sven", "Fran", "T.", "mike", "Ann", "Ravi",
            "lily_rose", "Greg", "Dee", "hayley", "Priscilla", "Fatou", "Irene", "Jamal", "Wes", "Yara",
            "cheryl", "Ken", "sunny", "Olu", "Hugo", "Tina B", "Roberto", "A reader", "Leah", "Viv",
        ])

    def near_copy(self, prev):
        r = self.rng
        cands = [c for c in prev if c["label"] in ("genuine", "low_relevance") and len(c["content"]) <= 70
                 and "@" not in c["content"] and "?" not in c["content"] and "http" not in c["content"]]
        if not cands:
            return None
        src = r.choice(cands)["content"]
        t = src
        ops = r.sample(["case", "punct", "emoji", "prefix"], r.randint(1, 2))
        for op in ops:
            if op == "case":
                t = t.lower()
            elif op == "punct":
                t = re.sub(r"[.!]+$", "", t) + r.choice(["!", "!!", ".", "", " :)"])
            elif op == "emoji":
                t = t + " " + r.choice(EMOJIS)
            elif op == "prefix":
                t = r.choice(["Same! ", "Yes! ", "this. ", "Agree, ", "", "So true, "]) + t[0].lower() + t[1:]
        return t if t != src else t + r.choice(["!", " 👍", "."])

    def make(self, topic, th, prev):
        r = self.rng
        n_copies = sum(1 for c in prev if c.get("near_copy"))
        for _ in range(40):
            x = r.random()
            if x < 0.12:
                if n_copies >= (2 if len(prev) > 40 else 1):
                    continue
                text = self.near_copy(prev)
                if text is None:
                    continue
                self.used.add(text.lower())
                return {"author": self.author(), "author_url": "", "author_email": "", "content": text,
                        "near_copy": True}
            elif x < 0.42:
                text = spin(r, r.choice(GENERIC))
            elif x < 0.55:
                text = spin(r, r.choice(TOPICAL_VAGUE[topic]))
            elif x < 0.72:
                text = r.choice(SHORT)
            elif x < 0.88:
                text = spin(r, r.choice(OFFTOPIC))
            else:
                text = spin(r, r.choice(LONG))
            text = text.strip()
            if r.random() < 0.15:
                text = text.lower()
            if r.random() < 0.1 and not text.endswith(tuple(EMOJIS)):
                text += " " + r.choice(EMOJIS)
            if text.lower() not in self.used or x >= 0.55 and x < 0.72 and r.random() < 0.15:
                break
        self.used.add(text.lower())
        author = self.author()
        url = ""
        email = ""
        if r.random() < 0.07:
            url = r.choice(["https://", "http://"]) + r.choice(["myblog", "lifeandstuff", "randomthoughts", "tinaswrites",
                                                            "kens-corner", "ourlittlehome", "notes-by-zoe"]) + r.choice([".example", ".test"]) + "/"
        if r.random() < 0.1:
            email = author.lower().replace(" ", ".").replace("_", ".") + str(r.randint(1, 99)) + "@" + \
                r.choice(["mailbox.example", "inbox.test", "fastmail.example"])
        return {"author": author, "author_url": url, "author_email": email, "content": text}
