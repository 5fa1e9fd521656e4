using System.Runtime.CompilerServices;

namespace Engage.Classifier.Words;

/// <summary>What a word can be in a payload phrase; a word can be several.</summary>
[Flags]
internal enum PayloadWord : ushort
{
    None = 0,

    /// <summary>Investment, earning, recovery, giveaway and shopping words ("profit", "payout", "cheap").</summary>
    Pitch = 1,

    /// <summary>A money unit after a number ("dollars", "k", "usd").</summary>
    Currency = 2,

    /// <summary>A messenger app ("telegram", "whatsapp").</summary>
    Messenger = 4,

    /// <summary>"me", "us", "dm", "inbox": what follows a contact verb in a contact bait.</summary>
    ContactObject = 8,

    /// <summary>A contact bait on its own ("hmu").</summary>
    ContactAlone = 16,

    /// <summary>Things people promote after "my" or "check out" ("channel", "video", "playlist").</summary>
    OwnThing = 32,

    /// <summary>"subscribe" and its misspellings.</summary>
    Subscribe = 64,

    /// <summary>What a writer with an audience to grow calls themself ("rapper", "youtuber"): after "I'm a", self-promotion.</summary>
    Creator = 128,

    /// <summary>What a writer makes to be followed ("channel", "cover", "remix"): after "I made a", self-promotion.</summary>
    ChannelThing = 256,
}

/// <summary>
/// The words and short phrases payloads are made of, looked up by <see cref="WordHash"/> (so without allocating).
/// Written from the kinds of payload the product's rule names (contact baits, pitches, self-promotion, keyword
/// anchors); the model decides how much each counts, and a payload alone never makes spam.
/// </summary>
internal static class PayloadLexicon
{
    /// <summary>Stands for any number in phrase matching ("first 10 people").</summary>
    public static readonly ulong NumberHash = WordHash.Of("\u0000number");

    public static readonly ulong DotHash = WordHash.Of("dot");

    public static readonly ulong OutHash = WordHash.Of("out");

    public static readonly ulong YourHash = WordHash.Of("your");

    public static readonly ulong LookHash = WordHash.Of("look");

    public static readonly ulong TakeHash = WordHash.Of("take");

    public static readonly ulong IHash = WordHash.Of("i");

    public static readonly ulong JustHash = WordHash.Of("just");

    public static readonly ulong LikeHash = WordHash.Of("like");

    public static readonly ulong AndHash = WordHash.Of("and");

    public static readonly ulong ShareHash = WordHash.Of("share");

    private const string ContactVerbs = "dm dms inbox message msg text call contact email mail reach write pm whatsapp telegram ping";
    private const string CheckWords = "check checked checking chek";
    private const string EmailWords = "email emails mail gmail";
    private const string MyWords = "my our mi mis";

    /// <summary>What a number counts on a video or a page: "2,126,521,750 views", "14,000,000 subscribers".</summary>
    private const string CountNouns = "views view viewers likes dislikes subscribers subs followers comments plays streams times";

    /// <summary>Verbs of a goal before a count ("help me get 100 subscribers"): then the count is a request.</summary>
    private const string GoalVerbs = "get reach hit need gain want";

    /// <summary>Number words that stand between a number and what it counts ("8 million likes").</summary>
    private const string NumberWords = "hundred hundreds thousand thousands million millions billion billions mil";
    private const string PossessiveWords = "my our your";

    /// <summary>"I am" in one word; "i am" in two is <see cref="PayloadRole.Am"/> after <see cref="IHash"/>.</summary>
    private const string FirstPersonBeWords = "i'm im iam";

    /// <summary>First-person subjects before a verb of making ("I made", "we've started").</summary>
    private const string FirstPersonSubjects = "i we i've ive we've weve";

    /// <summary>Verbs of making or starting something ("made", "started", "did" as in "we did a cover").</summary>
    private const string CreationVerbs = "made make started start created create did recorded record launched opened uploaded";

    /// <summary>The articles between "I'm" or "I made" and what follows ("a", "an", "some").</summary>
    private const string Articles = "a an some";

    /// <summary>Parts of a thread that "see my ..." or "check my ..." points to in a Q&amp;A or forum reply ("see my edit above").</summary>
    private const string ThreadParts = "answer answers edit edits question questions comment comments reply replies response responses solution code example explanation suggestion";

    /// <summary>How many words after "my" may come before the part of the thread ("my updated answer").</summary>
    private const int ThreadPartReach = 2;
    private const string SignOffs = """
        regards cheers thanks thank thx best greetings wishes kind warm love xoxo bye ciao danke grüße gruß viele liebe herzliche
        saludos gracias merci cordialement amitiés obrigado obrigada abraços atenciosamente grazie saluti pozdrawiam pozdravy
        dziękuję спасибо hi hello hey hallo hola olá bonjour dear sir madam admin team again much lot so very all everyone
        """;

    private const string TechnicalWords = "error errors exception warning install installed pip npm apt brew yarn run running build import sudo git docker kubectl version update upgrade";
    private const string ServiceWords = """
        course courses training trainings institute institutes classes coaching certification placement placements treatment
        treatments clinic clinics cost costs pricing installation installer supplier suppliers manufacturer manufacturers serum
        towing tutor tutors tutoring rental rentals consultant consultants consultancy solutions dealer dealers ebook ebooks near
        kit kits remodel remodeling renovation delivery printing designers grooming removal repair cleaning flooring roofing
        landscaping packers movers lawyer attorney dentist plumber locksmith codes cream creams burner formula tour tours packages
        bulk fryer deals reviews hire merchant
        """;

    private static readonly string[] PromotionPairPhrases = ["check me", "check my", "check our", "follow me", "follow us", "visit my", "visit our", "visit us", "sub me", "sub back", "like my", "watch my", "hear my", "support my", "add me"];
    private static readonly string[] PromotionTriplePhrases = ["like this comment", "like this page", "listen to my", "follow 4 follow", "like 4 like", "sub 4 sub", "hit me up"];
    private static readonly string[] PitchPairPhrases = ["make money", "earn money", "making money", "make profit", "make profits", "making profits", "passive income", "financial freedom", "side hustle", "extra income", "weekly profit", "daily profit", "fake broker", "recovery expert", "first people", "gift card", "gift cards", "free followers"];
    private static readonly string[] PitchTriplePhrases = ["work from home", "working from home"];

    private static readonly HashSet<(ulong, ulong)> PromotionPairs = Pairs(PromotionPairPhrases);
    private static readonly HashSet<(ulong, ulong)> PromotionTriples = Pairs(PromotionTriplePhrases);
    private static readonly HashSet<(ulong, ulong)> PitchPairs = Pairs(PitchPairPhrases);
    private static readonly HashSet<(ulong, ulong)> PitchTriples = Pairs(PitchTriplePhrases);

    /// <summary>Every word the lexicon knows with its kind and roles; looked up through <see cref="KnownWords"/>, so a pass over many words looks each up once.</summary>
    internal static readonly IReadOnlyDictionary<ulong, PayloadFacts> Words = Build();

    /// <summary>Parts of account names that name a pitch ("@invest_with_anna", "#earnwithclaire").</summary>
    private static readonly string[] PitchHandleStems = ["invest", "earn", "profi", "trade", "trading", "forex", "fx", "money", "wealth", "crypto", "btc", "bitcoin", "blockchain", "mining", "income", "cash", "loan", "fund", "recover", "recupero", "rescue", "hack"];

    /// <summary>The word's kind and roles, in one lookup (what a pass over many words reads).</summary>
    public static PayloadFacts Facts(ulong hash) => KnownWords.Of(hash).Payload;

    public static PayloadWord Classify(ulong hash) => Facts(hash).Kind;

    /// <summary>A word for what a count counts ("views", "likes", "subscribers"): after a number it is a count, not a pitch or a promotion.</summary>
    public static bool IsCountNoun(ulong hash) => Facts(hash).Has(PayloadRole.CountNoun);

    /// <summary>"check out", "check it out", "take a look" ending at <paramref name="current"/>: an invitation to look at something.</summary>
    /// <param name="beforePrevious">The word two before, with <paramref name="beforePreviousFacts"/> its <see cref="Facts"/>.</param>
    /// <param name="previous">The word before, with <paramref name="previousFacts"/> its <see cref="Facts"/>.</param>
    /// <param name="current">The word.</param>
    /// <param name="beforePreviousFacts">What the lexicon knows of <paramref name="beforePrevious"/>.</param>
    /// <param name="previousFacts">What the lexicon knows of <paramref name="previous"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInvitationToLook(ulong beforePrevious, ulong previous, ulong current, PayloadFacts beforePreviousFacts, PayloadFacts previousFacts) =>
        (current == OutHash && (previousFacts.Has(PayloadRole.Check) || beforePreviousFacts.Has(PayloadRole.Check)))
        || (current == LookHash && (previous == TakeHash || beforePrevious == TakeHash));

    /// <summary>
    /// Whether <see cref="Signals.Payload.PayloadWordScan"/> compares <paramref name="hash"/> itself, not only its <see cref="Facts"/>:
    /// "your", "share", "out" and "look", which matter whether or not the lexicon lists them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsComparedByHash(ulong hash) => hash == YourHash || hash == ShareHash || hash == OutHash || hash == LookHash;

    /// <summary>
    /// Whether one of the <see cref="ThreadPartReach"/> words after the possessive at <paramref name="possessive"/> names a
    /// part of the conversation (<see cref="PayloadRole.ThreadPart"/>): "see my edit", "check my updated answer" point into
    /// the thread, which is no promotion.
    /// </summary>
    /// <param name="payload">The comment's words' facts (<see cref="WordPass.Payload"/>).</param>
    /// <param name="possessive">Index of "my" or "our".</param>
    public static bool PointsIntoThread(ReadOnlySpan<PayloadFacts> payload, int possessive)
    {
        int end = Math.Min(payload.Length, possessive + 1 + ThreadPartReach);
        for (int at = possessive + 1; at < end; at++)
        {
            if (payload[at].Has(PayloadRole.ThreadPart))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Greetings, thanks and sign-off words in the languages of our readers ("Viele Grüße", "Best regards").</summary>
    public static bool IsSignOff(ulong hash) => Facts(hash).Has(PayloadRole.SignOff);

    /// <summary>Shopping, loan and service words: what keyword anchors sell ("course", "treatment", "supplier", "cheap").</summary>
    public static bool IsServiceWord(ulong hash, WordClass wordClass) => IsServiceWord(new WordFacts(wordClass, Facts(hash)));

    /// <inheritdoc cref="IsServiceWord(ulong, WordClass)"/>
    public static bool IsServiceWord(WordFacts word) => word.Payload.Has(PayloadRole.Service) || (word.Class & WordClass.Commercial) != 0;

    /// <summary>
    /// Promotion phrases ending at <paramref name="current"/>, whose <see cref="Facts"/> are <paramref name="currentFacts"/>;
    /// three-word phrases match on their first and last word. Only a <see cref="PayloadRole.PhraseEnd"/> word is looked up.
    /// </summary>
    /// <remarks>Asked at every word: the test for a phrase's end is inlined, the sets are looked up in a call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPromotionPhrase(ulong beforePrevious, ulong previous, ulong current, PayloadFacts currentFacts) =>
        currentFacts.Has(PayloadRole.PhraseEnd) && EndsPromotionPhrase(beforePrevious, previous, current);

    /// <summary>
    /// Pitch phrases ending at <paramref name="current"/> ("make money", "work from home", "first 10 people"), whose
    /// <see cref="Facts"/> are <paramref name="currentFacts"/>. Only a <see cref="PayloadRole.PhraseEnd"/> word is looked up.
    /// </summary>
    /// <remarks>Asked at every word: the test for a phrase's end is inlined, the sets are looked up in a call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPitchPhrase(ulong beforePrevious, ulong previous, ulong current, PayloadFacts currentFacts) =>
        currentFacts.Has(PayloadRole.PhraseEnd) && EndsPitchPhrase(beforePrevious, previous, current);

    private static bool EndsPromotionPhrase(ulong beforePrevious, ulong previous, ulong current) =>
        PromotionPairs.Contains((previous, current)) || PromotionTriples.Contains((beforePrevious, current));

    private static bool EndsPitchPhrase(ulong beforePrevious, ulong previous, ulong current) =>
        PitchPairs.Contains((previous, current)) || PitchTriples.Contains((beforePrevious, current))
        || (previous == NumberHash && PitchPairs.Contains((beforePrevious, current)));

    /// <summary>Whether the account name that starts <paramref name="text"/> (letters, digits, '_' and '.') names a pitch.</summary>
    public static bool IsPitchHandle(ReadOnlySpan<char> text)
    {
        int end = 0;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '.'))
        {
            end++;
        }

        ReadOnlySpan<char> handle = text[..end];
        foreach (string stem in PitchHandleStems)
        {
            if (handle.Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<ulong, PayloadFacts> Build()
    {
        var words = new Dictionary<ulong, PayloadFacts>();
        Add(words, PitchList, PayloadWord.Pitch);
        Add(words, "usd dollars dollar bucks grand grands k btc eth usdt naira rupees euros pounds", PayloadWord.Currency);
        Add(words, "whatsapp whatsap watsapp telegram wechat viber kik snapchat skype icq hangouts", PayloadWord.Messenger);
        Add(words, "me us dm dms inbox", PayloadWord.ContactObject);
        Add(words, "hmu", PayloadWord.ContactAlone);
        Add(words, "rapper rappers youtuber youtubers vlogger vloggers", PayloadWord.Creator);
        Add(words, "channel channels chanel chhanel channle cover covers remix remixes mixtape mixtapes podcast parody parodies vlog vlogs", PayloadWord.ChannelThing);
        // Not "shop": makers mean their workshop ("my shop vac", "in my shop"); no corpus row says "my shop" at all.
        Add(words, "channel channels chanel chhanel channle video videos vid vids vidios page site website webpage homepage weblog blogpost blog music song songs track tracks playlist store app band youtube instagram profile business company mixtape rap beats art book podcast stream streams cover covers remix remixes parody canal", PayloadWord.OwnThing);
        // Asking to subscribe or for subscribers, not telling that one did ("I subscribed").
        Add(words, "subscribe subscribing suscribe sucscribe subcribe subscrib sub4sub subs subscribers subscriber suscribete suscríbete suscribirse subscribirse", PayloadWord.Subscribe);
        Add(words, ContactVerbs, PayloadRole.ContactVerb);
        Add(words, CheckWords, PayloadRole.Check);
        Add(words, EmailWords, PayloadRole.EmailWord);
        Add(words, MyWords, PayloadRole.FirstPersonPossessive);
        Add(words, CountNouns, PayloadRole.CountNoun);
        Add(words, GoalVerbs, PayloadRole.GoalVerb);
        Add(words, NumberWords, PayloadRole.NumberWord);
        Add(words, PossessiveWords, PayloadRole.Possessive);
        Add(words, SignOffs, PayloadRole.SignOff);
        Add(words, TechnicalWords, PayloadRole.Technical);
        Add(words, ServiceWords, PayloadRole.Service);
        Add(words, FirstPersonBeWords, PayloadRole.FirstPersonBe);
        Add(words, FirstPersonSubjects, PayloadRole.FirstPersonSubject);
        Add(words, CreationVerbs, PayloadRole.CreationVerb);
        Add(words, Articles, PayloadRole.Article);
        Add(words, "am", PayloadRole.Am);
        Add(words, ThreadParts, PayloadRole.ThreadPart);
        string[] phrases = [.. PromotionPairPhrases, .. PromotionTriplePhrases, .. PitchPairPhrases, .. PitchTriplePhrases];
        Add(words, string.Join(' ', phrases.Select(p => p.Split(' ')[^1])), PayloadRole.PhraseEnd);
        return words;
    }

    /// <summary>Investment, earning, recovery and giveaway words of scam pitches (shopping words are <see cref="WordClass.Commercial"/>).</summary>
    private const string PitchList = """
        earn earned earning earnings earns profit profits profitable invest invested investing investment investments
        investor investors trader traders trading forex bitcoin btc crypto cryptocurrency mining payout payouts income
        broker brokers recovery recover recovered refund hacker hackers withdraw withdrawal withdrawals deposit deposited
        returns roi millionaire wealth giveaway funding paying loan loans lender casino jackpot lottery betting prize
        winner bonus bills debts debt grant mentorship mentor coach signals nft token presale airdrop fund funds doubled
        tripled clearance donate donations bitcoins
        geld verdienen gewinn dinero ganar ganancias dinheiro ganhar lucro uang
        """;

    private static void Add(Dictionary<ulong, PayloadFacts> words, string list, PayloadWord kind) =>
        Add(words, list, facts => facts with { Kind = facts.Kind | kind });

    private static void Add(Dictionary<ulong, PayloadFacts> words, string list, PayloadRole role) =>
        Add(words, list, facts => facts with { Roles = facts.Roles | role });

    private static void Add(Dictionary<ulong, PayloadFacts> words, string list, Func<PayloadFacts, PayloadFacts> add)
    {
        foreach (string word in list.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            ulong hash = WordHash.Of(word);
            words[hash] = add(words.GetValueOrDefault(hash));
        }
    }

    private static HashSet<(ulong, ulong)> Pairs(string[] phrases) =>
        phrases.Select(p => p.Split(' ')).Select(w => (WordHash.Of(w[0]), WordHash.Of(w[^1]))).ToHashSet();
}
