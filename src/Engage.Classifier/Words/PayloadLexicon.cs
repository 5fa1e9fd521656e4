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

    private static readonly Dictionary<ulong, PayloadWord> Words = Build();
    private static readonly HashSet<ulong> ContactVerbs = Set("dm dms inbox message msg text call contact email mail reach write pm whatsapp telegram ping");
    private static readonly HashSet<ulong> CheckWords = Set("check checked checking chek");
    private static readonly HashSet<ulong> EmailWords = Set("email emails mail gmail");
    private static readonly HashSet<ulong> MyWords = Set("my our mi mis");

    /// <summary>What a number counts on a video or a page: "2,126,521,750 views", "14,000,000 subscribers".</summary>
    private static readonly HashSet<ulong> CountNouns = Set("views view viewers likes dislikes subscribers subs followers comments plays streams times");

    /// <summary>Verbs of a goal before a count ("help me get 100 subscribers"): then the count is a request.</summary>
    private static readonly HashSet<ulong> GoalVerbs = Set("get reach hit need gain want");

    /// <summary>Number words that stand between a number and what it counts ("8 million likes").</summary>
    private static readonly HashSet<ulong> NumberWords = Set("hundred hundreds thousand thousands million millions billion billions mil");
    private static readonly HashSet<ulong> PossessiveWords = Set("my our your");
    private static readonly HashSet<ulong> SignOffs = Set("""
        regards cheers thanks thank thx best greetings wishes kind warm love xoxo bye ciao danke grüße gruß viele liebe herzliche
        saludos gracias merci cordialement amitiés obrigado obrigada abraços atenciosamente grazie saluti pozdrawiam pozdravy
        dziękuję спасибо hi hello hey hallo hola olá bonjour dear sir madam admin team again much lot so very all everyone
        """);

    private static readonly HashSet<ulong> TechnicalWords = Set("error errors exception warning install installed pip npm apt brew yarn run running build import sudo git docker kubectl version update upgrade");
    private static readonly HashSet<ulong> ServiceWords = Set("""
        course courses training trainings institute institutes classes coaching certification placement placements treatment
        treatments clinic clinics cost costs pricing installation installer supplier suppliers manufacturer manufacturers serum
        towing tutor tutors tutoring rental rentals consultant consultants consultancy solutions dealer dealers ebook ebooks near
        kit kits remodel remodeling renovation delivery printing designers grooming removal repair cleaning flooring roofing
        landscaping packers movers lawyer attorney dentist plumber locksmith codes cream creams burner formula tour tours packages
        bulk fryer deals reviews hire merchant
        """);

    private static readonly HashSet<(ulong, ulong)> PromotionPairs = Pairs("check me", "check my", "check our", "follow me", "follow us", "visit my", "visit our", "visit us", "sub me", "sub back", "like my", "watch my", "hear my", "support my", "add me");
    private static readonly HashSet<(ulong, ulong)> PromotionTriples = Pairs("like this comment", "like this page", "listen to my", "follow 4 follow", "like 4 like", "sub 4 sub", "hit me up");
    private static readonly HashSet<(ulong, ulong)> PitchPairs = Pairs("make money", "earn money", "making money", "make profit", "make profits", "making profits", "passive income", "financial freedom", "side hustle", "extra income", "weekly profit", "daily profit", "fake broker", "recovery expert", "first people", "gift card", "gift cards", "free followers");
    private static readonly HashSet<(ulong, ulong)> PitchTriples = Pairs("work from home", "working from home");

    /// <summary>Parts of account names that name a pitch ("@invest_with_anna", "#earnwithclaire").</summary>
    private static readonly string[] PitchHandleStems = ["invest", "earn", "profi", "trade", "trading", "forex", "fx", "money", "wealth", "crypto", "btc", "bitcoin", "blockchain", "mining", "income", "cash", "loan", "fund", "recover", "recupero", "rescue", "hack"];

    public static PayloadWord Classify(ulong hash) => Words.GetValueOrDefault(hash);

    /// <summary>A verb that asks to be contacted ("dm", "message", "text"), before "me" or "us".</summary>
    public static bool IsContactVerb(ulong hash) => ContactVerbs.Contains(hash);

    /// <summary>"check", "checked", "checking": with "out", an invitation to look at something.</summary>
    public static bool IsCheck(ulong hash) => CheckWords.Contains(hash);

    public static bool IsEmailWord(ulong hash) => EmailWords.Contains(hash);

    public static bool IsPossessive(ulong hash) => PossessiveWords.Contains(hash);

    public static bool IsFirstPersonPossessive(ulong hash) => MyWords.Contains(hash);

    /// <summary>A word for what a count counts ("views", "likes", "subscribers"): after a number it is a count, not a pitch or a promotion.</summary>
    public static bool IsCountNoun(ulong hash) => CountNouns.Contains(hash);

    /// <summary>"get", "reach": before a number of subscribers or views, a request for them.</summary>
    public static bool IsGoalVerb(ulong hash) => GoalVerbs.Contains(hash);

    /// <summary>"million", "thousand": a number written as a word.</summary>
    public static bool IsNumberWord(ulong hash) => NumberWords.Contains(hash);

    /// <summary>"check out", "check it out", "take a look" ending at <paramref name="current"/>: an invitation to look at something.</summary>
    public static bool IsInvitationToLook(ulong beforePrevious, ulong previous, ulong current) =>
        (current == OutHash && (IsCheck(previous) || IsCheck(beforePrevious)))
        || (current == LookHash && (previous == TakeHash || beforePrevious == TakeHash));

    /// <summary>Greetings, thanks and sign-off words in the languages of our readers ("Viele Grüße", "Best regards").</summary>
    public static bool IsSignOff(ulong hash) => SignOffs.Contains(hash);

    /// <summary>Words of a command line or an error report; a trailing phrase with one is not a keyword anchor.</summary>
    public static bool IsTechnical(ulong hash) => TechnicalWords.Contains(hash);

    /// <summary>Shopping, loan and service words: what keyword anchors sell ("course", "treatment", "supplier", "cheap").</summary>
    public static bool IsServiceWord(ulong hash, WordClass wordClass) => ServiceWords.Contains(hash) || (wordClass & WordClass.Commercial) != 0;

    /// <summary>Promotion phrases ending at <paramref name="current"/>; three-word phrases match on their first and last word.</summary>
    public static bool IsPromotionPhrase(ulong beforePrevious, ulong previous, ulong current) =>
        PromotionPairs.Contains((previous, current)) || PromotionTriples.Contains((beforePrevious, current));

    /// <summary>Pitch phrases ending at <paramref name="current"/> ("make money", "work from home", "first 10 people").</summary>
    public static bool IsPitchPhrase(ulong beforePrevious, ulong previous, ulong current) =>
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

    private static Dictionary<ulong, PayloadWord> Build()
    {
        var words = new Dictionary<ulong, PayloadWord>();
        Add(words, PitchList, PayloadWord.Pitch);
        Add(words, "usd dollars dollar bucks grand grands k btc eth usdt naira rupees euros pounds", PayloadWord.Currency);
        Add(words, "whatsapp whatsap watsapp telegram wechat viber kik snapchat skype icq hangouts", PayloadWord.Messenger);
        Add(words, "me us dm dms inbox", PayloadWord.ContactObject);
        Add(words, "hmu", PayloadWord.ContactAlone);
        Add(words, "channel channels chanel chhanel channle video videos vid vids vidios page site website webpage homepage weblog blogpost blog music song songs track tracks playlist store shop app band youtube instagram profile business company mixtape rap beats art book podcast stream streams cover covers remix remixes parody canal", PayloadWord.OwnThing);
        // Asking to subscribe or for subscribers, not telling that one did ("I subscribed").
        Add(words, "subscribe subscribing suscribe sucscribe subcribe subscrib sub4sub subs subscribers subscriber suscribete suscríbete suscribirse subscribirse", PayloadWord.Subscribe);
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

    private static void Add(Dictionary<ulong, PayloadWord> words, string list, PayloadWord kind)
    {
        foreach (string word in list.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            ulong hash = WordHash.Of(word);
            words[hash] = words.GetValueOrDefault(hash) | kind;
        }
    }

    private static HashSet<ulong> Set(string list) =>
        list.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(w => WordHash.Of(w)).ToHashSet();

    private static HashSet<(ulong, ulong)> Pairs(params string[] phrases) =>
        phrases.Select(p => p.Split(' ')).Select(w => (WordHash.Of(w[0]), WordHash.Of(w[^1]))).ToHashSet();
}
