namespace Engage.Classifier.Words;

/// <summary>
/// The word lists behind the hand-made signals. They name what spam and filler are made of;
/// the model decides how much each signal counts. One lookup by <see cref="WordHash"/> answers
/// every list at once, without allocating.
/// </summary>
internal static class Lexicons
{
    /// <summary>Every listed word's hash with its classes; looked up through <see cref="KnownWords"/>.</summary>
    internal static readonly IReadOnlyDictionary<ulong, WordClass> Words = Build();

    public static WordClass Classify(ulong wordHash) => KnownWords.Of(wordHash).Class;

    private static Dictionary<ulong, WordClass> Build()
    {
        var classes = new Dictionary<ulong, WordClass>();
        Add(classes, StopwordList, WordClass.Stopword);
        Add(classes, CommercialList, WordClass.Commercial);
        Add(classes, PraiseList, WordClass.Praise);
        Add(classes, MessengerList, WordClass.Messenger);
        Add(classes, SignatureNounList, WordClass.SignatureNoun);
        Add(classes, SignatureVerbList, WordClass.SignatureVerb);
        Add(classes, TopLevelDomainList, WordClass.TopLevelDomain);
        Add(classes, "i me my mine myself i'm i've i'd i'll im ive we us our ours", WordClass.FirstPerson);
        Add(classes, "you your yours yourself you're you've you'd you'll youre u ur", WordClass.SecondPerson);
        Add(classes, TechnicalTermList, WordClass.TechnicalTerm);
        return classes;
    }

    private static void Add(Dictionary<ulong, WordClass> classes, string words, WordClass wordClass)
    {
        foreach (string word in words.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            ulong hash = WordHash.Of(word);
            classes[hash] = classes.GetValueOrDefault(hash) | wordClass;
        }
    }

    /// <summary>Words of technical conversation: errors, tools, code (the technical signals count them).</summary>
    private const string TechnicalTermList = """
        error errors exception traceback stacktrace warning undefined null nullptr segfault npm pip install installed compile
        compiler runtime syntax config debug stderr stdout localhost sudo bash shell terminal console import function variable
        package module library version api json yaml sql query regex docker kubectl git commit branch
        """;

    /// <summary>English function words: carry grammar, not topic.</summary>
    private const string StopwordList = """
        a an the and or but if then than so as at by for from in into of on onto to with without about above after again
        against all am any are aren't be because been before being below between both can can't cannot could couldn't did
        didn't do does doesn't doing don't down during each few further had hadn't has hasn't have haven't having he he'd
        he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've is isn't it it's its itself
        let's me more most mustn't my myself no nor not off once only other ought our ours ourselves out over own same she
        she'd she'll she's should shouldn't some such that that's their theirs them themselves there there's these they
        they'd they'll they're they've this those through too under until up very was wasn't we we'd we'll we're we've
        were weren't what what's when when's where where's which while who who's whom why why's will won't would wouldn't
        you you'd you'll you're you've your yours yourself yourselves just also really still even much many well get got
        one two like would could im dont its thats ive youre isnt cant didnt wont
        """;

    /// <summary>Words of commerce and of the trades that spam for links.</summary>
    private const string CommercialList = """
        cheap cheapest buy buying sale sales discount discounts outlet outlets replica replicas wholesale price prices order
        shipping online store shop shopping deal deals coupon coupons promo offer offers affordable authentic fake
        loan loans payday lender lenders lending credit mortgage refinance debt insurance cash money earn income profit
        casino casinos poker slots slot betting bet bets gambling jackpot lottery crypto bitcoin btc forex trading invest
        investment investor binary viagra cialis levitra pills pill pharmacy medication prescription rx supplement supplements
        keto garcinia diet weight cbd vape hemp seo backlink backlinks traffic ranking rankings followers likes subscribers
        marketing agency agencies services service company contractor contractors plumber plumbing locksmith movers packers
        relocation cleaning cleaners repair repairs roofing hvac dentist lawyer lawyers attorney attorneys rehab escort escorts
        dating hookup essay essays dissertation homework assignment writers sunglasses handbags handbag bags purse purses
        jerseys jersey shoes sneakers boots watches watch rolex oakley oakleys rayban ugg uggs louboutin vuitton gucci chanel
        prada hermes kors moncler pandora jordans nike adidas yeezy hack hacker hackers cheats generator apk mod download
        free hiring hire spell caster recovery recover guaranteed approval instant unsecured installment
        """;

    /// <summary>Words that make up generic praise and filler.</summary>
    private const string PraiseList = """
        great nice good awesome amazing excellent fantastic wonderful superb brilliant cool love loved lovely beautiful
        informative helpful useful valuable interesting insightful thanks thank thx ty appreciate appreciated sharing share
        shared post posts article articles blog blogs site website web page content information info writing written
        write read reading keep work job bookmarked bookmark bookmarking subscribed subscribe rss feed wow thumbs
        enjoyed enjoy fan first following follow agree agreed regards cheers please more want updates update lol haha
        definitely truly certainly actually pretty quite totally absolutely indeed piece stuff topic
        """;

    /// <summary>Messenger and contact words used by contact-bait spam.</summary>
    private const string MessengerList = """
        whatsapp whatsap telegram wechat skype viber kik signal line snapchat icq dm inbox contact call text phone email
        mail hotline helpline tollfree toll support
        """;

    /// <summary>
    /// Second words of a signature phrase after "my" ("my webpage", "my site", ...). Not "shop": makers mean their
    /// workshop ("my shop vac", "in my shop"), and no corpus row says "my shop" at all (the payload lexicon's own
    /// things leave it out for the same reason).
    /// </summary>
    private const string SignatureNounList = """
        webpage website site homepage blog weblog web page blogpost channel page store
        """;

    /// <summary>Verbs that introduce a signature link ("visit my", "check my", "surf to").</summary>
    private const string SignatureVerbList = """
        visit check see surf browse look stop drop take go click
        """;

    /// <summary>Top-level domains that make a bare "word.tld" read as a link.</summary>
    private const string TopLevelDomainList = """
        com net org info biz io co us uk ru de fr it es nl pl br in cn jp au ca ch tk ml ga cf gq xyz top site online club
        store shop tech app dev blog me tv cc ws pw su ua kz eu pro name mobi asia link click at be se no dk fi pt gr cz hu
        ro bg tr il ae sa pk bd lk np id my sg ph th vn kr hk tw nz za ng ke eg ma mx ar cl pe ve ie is ly gl gg to ai live
        life fun icu vip win bid loan work today news page space website world ly
        """;
}
