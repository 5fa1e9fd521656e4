namespace Engage.Classifier.Tests.Scoring;

/// <summary>
/// Comments written for the attribution tests (not taken from any corpus or generator): genuine replies with and
/// without their post, filler, and spam of several kinds, so every verdict and most feature groups occur.
/// </summary>
internal static class AttributionComments
{
    private static readonly Post Garden = new(
        "Growing tomatoes on a balcony",
        "Pick a determinate variety, use a pot of at least twenty litres and water deeply twice a week rather than a little every day. Blossom end rot is usually uneven watering, not a lack of calcium in the soil.");

    private static readonly Post Database = new(
        "Why our Postgres queries got slow after the migration",
        "After moving to the new cluster the planner stopped using the composite index. Running ANALYZE on the large tables and raising default_statistics_target brought the query plans back.");

    private static readonly Post Cycling = new(
        "Commuting by bike through the winter",
        "Studded tyres, fenders and a good rear light matter more than an expensive jacket. Clean the chain every week when the roads are salted.");

    public static Comment[] All { get; } =
    [
        .. Replies(
            Garden,
            "I switched to a thirty litre tub last year and the plants stopped wilting in the afternoon heat. Does the twice a week rule still hold in a heatwave?",
            "We had blossom end rot on every fruit in July and I was about to buy calcium spray. Going to fix the watering schedule first, thanks.",
            "Is a self-watering container a good idea here, or does it keep the soil too wet for the roots?",
            "My balcony faces north and only gets four hours of sun. Would cherry tomatoes cope or should I try lettuce instead?",
            "Great post, thanks for sharing!",
            "Nice article, very informative.",
            "Buy organic fertilizer cheap at http://grow-mega-deals.example/tomato and get 50% off today only",
            "Cheap garden pots wholesale\ndiscount planters free delivery\nbest price tomato cages\nbuy now",
            "I used the poke test on the soil instead of a schedule and it worked better than anything. Deep watering makes a real difference."),
        .. Replies(
            Database,
            "We hit the same thing after upgrading to 16. ANALYZE fixed most of it, but one query only recovered after we added extended statistics on the two correlated columns.",
            "Did you check whether autovacuum was keeping up on the new cluster? Ours was throttled by a lower cost limit in the new config.",
            "Raising default_statistics_target to 1000 everywhere made our planning time jump. Setting it per column with ALTER TABLE worked better.",
            "`EXPLAIN (ANALYZE, BUFFERS)` before and after would show whether it was the estimates or the cache being cold.",
            "Thanks for this, bookmarked.",
            "Very good information, keep posting.",
            "Need a reliable database developer? Contact me on WhatsApp +1 415 555 0199 for cheap freelance work, fast delivery.",
            "Best SEO backlinks service, rank #1 on google guaranteed, visit http://rank-boost-now.example/seo-packages",
            "Our team had the index problem too; turned out the collation differed between the clusters, so the text index could not be used."),
        .. Replies(
            Cycling,
            "Studded tyres changed my winter completely. I went down twice on black ice before I bought them and not once since.",
            "How do you keep the chain from rusting overnight when you park outside at work?",
            "Fenders with long mud flaps are worth it, my shoes stay dry now.",
            "I would add: lower the tyre pressure a little on snowy days, the grip is noticeably better.",
            "Awesome, thank you!",
            "Good read.",
            "Cheap cycling jerseys replica team kits outlet sale www.bike-kit-outlet.example",
            "Earn $500 a day from home riding for our delivery app!!! Sign up: http://easy-money-riders.example/join"),
        new Comment("cheap oakley sunglasses\nray ban outlet online\ncoach bags clearance\nmichael kors sale"),
        new Comment("Visit my blog for more tips :: http://my-tips-corner.example"),
        new Comment("Payday loans with no credit check, approval in minutes, call 1-800-555-0142 now"),
        new Comment("I disagree with the conclusion, the data in the second chart shows the opposite trend after 2019."),
        new Comment("Thanks!"),
        new Comment("This is exactly what I was looking for, thank you so much for writing it up."),
        new Comment("Hello admin, I like your website very much, please check mine too http://casual-blog-visit.example"),
        new Comment("Fr\u0435\u0435 cr\u0443pto signals, j\u043ein our t\u0435l\u0435gram @profit_signals_daily"),
        new Comment("Has anyone tried the second method with an older version? The flag seems to be missing before 3.2."),
        new Comment("Check out my channel for more videos like this, subscribe!!"),
        new Comment("The recipe says two cups of flour but the photo looks like much less. Which one is right?"),
        new Comment("Follow me on instagram @style.by.nina for daily outfits"),
        new Comment("lol"),
        new Comment("Really helpful explanation of the trade-offs, especially the part about caching. We ended up doing the same.")
        {
            AuthorName = "Dana",
        },
        new Comment("Great article on loans. Best personal loan offers here") { AuthorName = "Cheap Personal Loans Online", AuthorUrl = "http://cheap-personal-loans.example" },
        new Comment("Wow amazing post") { AuthorName = "Buy Instagram Followers", AuthorUrl = "http://followers-fast.example/buy" },
        new Comment("Replying to Sam: I think you are right about the gearing, a single speed is easier to maintain in winter."),
        new Comment("Email me at quickhelp.offers@mail.example for a free consultation about your visa application today."),
        new Comment("I tested this on a Raspberry Pi 4 and the build took forty minutes, but it runs fine once compiled."),
    ];

    private static IEnumerable<Comment> Replies(Post post, params string[] texts) =>
        texts.Select((text, i) => new Comment(text) { Post = i % 3 == 2 ? null : post });
}
