using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;

namespace Engage.Classifier.Tests.Signals.Families;

/// <summary>
/// What counts as a payload (what a comment tries to get), on comments written for this test: every kind is found,
/// and the things genuine readers write (thanks, sign-offs, code, error messages, replies, prices) are not payloads.
/// </summary>
public sealed class PayloadSignalsTests
{
    private static PayloadKinds KindsOf(Comment comment)
    {
        var workspace = new FeatureWorkspace();
        CommentFeaturizer.Featurize(comment, workspace);
        return PayloadSignals.KindsOf(workspace.Signals);
    }

    public static TheoryData<string, string?, string?, PayloadKinds> WithPayload() => new()
    {
        { "Grab the free trial at https://tinyclip-app.io/promo before Friday", null, null, PayloadKinds.Link },
        { "everything you need is on bestdeal-coupons . com", null, null, PayloadKinds.Link },
        { "[Vita Boost][1] is what changed my mornings", null, null, PayloadKinds.Link },
        { "lol https://www.tiktok.com/@hairclinic_istanbul", null, null, PayloadKinds.Link },
        { "Good read.", "<a href=\"https://roofing-pros-dallas.com\">roof repair dallas</a>", null, PayloadKinds.AuthorLink },
        { "Good read.", "[url=https://roofing-pros-dallas.com]roof repair dallas[/url]", null, PayloadKinds.AuthorLink },
        { "Nice.", "Nadia", "https://cheap-flights-hub.net", PayloadKinds.AuthorLink },
        { "Useful list, bookmarked.", "Cheap Essay Writers", null, PayloadKinds.AuthorLink },
        { "Useful list, bookmarked.", "Casino", null, PayloadKinds.AuthorLink },
        { "Call our helpline on +1 (844) 555-2199 any time, day or night", null, null, PayloadKinds.Contact },
        { "Need help with that? dm me on telegram", null, null, PayloadKinds.Contact },
        { "please share your e-mail so we can talk about a partnership", null, null, PayloadKinds.Contact },
        { "i turned $500 into $6,200 in one week with her signals", null, null, PayloadKinds.Pitch },
        { "so grateful, my payout came through thanks to @rich_with_ramona_fx", null, null, PayloadKinds.Pitch },
        { "Make money from home like I do, it is easy", null, null, PayloadKinds.Pitch },
        { "check out my channel, I post covers every week", null, null, PayloadKinds.SelfPromotion },
        { "Sub 4 sub anyone?", null, null, PayloadKinds.SelfPromotion },
        { "Gr\u0435\u0430t p\u043est, v\u0435ry h\u0435lpful", null, null, PayloadKinds.Disguise },
        { "such\u200b a\u200b good\u200b page", null, null, PayloadKinds.Disguise },
        { "get your c h e a p tickets before they are gone", null, null, PayloadKinds.Disguise },
        { "ask me on w h a t s a p p for the details", null, null, PayloadKinds.Disguise },
        { "all of it at q u i l t o r a 9. c o m", null, null, PayloadKinds.Disguise },
        { "Thanks for the write-up. cheap hotel booking deals", null, null, PayloadKinds.KeywordAnchor },
        { "Lovely read | kitchen remodel cost | Regards", null, null, PayloadKinds.KeywordAnchor },
        { "we recorded an acoustic cover last night, go check it out", null, null, PayloadKinds.SelfPromotion },
        { "take a look at the remix my brother made", null, null, PayloadKinds.SelfPromotion },
        { "pasen a suscribirse a mi canal de recetas", null, null, PayloadKinds.SelfPromotion },
        { "help me reach 500 subscribers before my birthday!", null, null, PayloadKinds.SelfPromotion },
        { "running low this month, please donate bitcoins to the address in my bio", null, null, PayloadKinds.Pitch },
        { "Call our helpline on +1 (844) 555-2199, we answer in 5 minutes", null, null, PayloadKinds.Contact },

        // Links split so that no chunk is a link (SplitLinks).
        { "the whole story is at W W W. PIXEL HARBOR NEWS. ORG tonight", null, null, PayloadKinds.Link },
        { "full recipe on www . plumjam . net, enjoy", null, null, PayloadKinds.Link },
        { "vote for her here: youtu  be/Qw3rTy7uIo before sunday", null, null, PayloadKinds.Link },
        { "grab it here:bit.ly/3kJx9Qp", null, null, PayloadKinds.Link },

        // A creator's claim (CreatorClaims) and "like & share".
        { "great beat. I'm a rapper from Leeds trying to get heard", null, null, PayloadKinds.SelfPromotion },
        { "i am just a new youtuber, one like would mean a lot", null, null, PayloadKinds.SelfPromotion },
        { "im getting noticed fast cause i rap about real life", null, null, PayloadKinds.SelfPromotion },
        { "I just started a baking channel, first upload this week!", null, null, PayloadKinds.SelfPromotion },
        { "WE DID SOME ACOUSTIC COVERS OF HER OLD SONGS", null, null, PayloadKinds.SelfPromotion },
        { "Anyone into synthwave? I made a remix", null, null, PayloadKinds.SelfPromotion },
        { "Like & share our bakery page please!", null, null, PayloadKinds.SelfPromotion },
        { "like and share if you want a part two", null, null, PayloadKinds.SelfPromotion },

        // Words the payload lexicon does not know still close a claim and still count between "your" and "email": here
        // "last" confirms the remix before "art" could make it a longer name, and "work" sits inside the request.
        { "I made a remix last night, the art is by my cousin", null, null, PayloadKinds.SelfPromotion },
        { "send your work email and I will explain the rest", null, null, PayloadKinds.Contact },

        // What the thread exception must not let through.
        { "check my page, new beats every friday", null, null, PayloadKinds.SelfPromotion },
        { "visit my blog for more answers like this", null, null, PayloadKinds.SelfPromotion },
    };

    public static TheoryData<string, string?> WithoutPayload() => new()
    {
        { "Thanks a lot Priya, this helped me understand joins at last :)", "Sam" },
        { "H A P P Y  &  PR O U D of this whole crew", null },
        { "Sending J O Y to everyone in the stands! S U N S H I N E", null },
        { "Forty retakes for that scene? K I D D I N G me, right?", null },
        { "Thanks, the tip about the torque wrench sorted out my creaky pedals.", "Minji Seo" },
        { "getting TypeError: undefined is not a function\n    at render (app.js:12)", null },
        { "Thanks for the walkthrough!\n\nBest regards,\nTomasz", "Tomasz Nowak" },
        { "Great post! Really enjoyed it.", null },
        { "```\nprint(df.groupby('city').size())\n```\nreturns an empty frame for me", null },
        { "@maria I had the same problem with the 2.3 release, rolling back fixed it", "Jonas" },
        { "It cost me $40 to fix, still less than a new one", null },
        { "Hardly a deterrent.", null },
        { "npm install express\nfixed it for me", null },
        { "Hallo,\nDanke für den Artikel, hat mir sehr geholfen.\nViele Grüße\nMarkus", null },
        { "Removed 2417 rows containing non-finite values (stat_bin)", null },
        { "Same here:\n```\nSELECT id, total FROM orders ORDER BY total DESC;\n```\nreturns nothing", null },
        { "3.481.207.655 views and it still sounds fresh", null },
        { "crazy that it passed 1200000000 views today", null },
        { "almost at 25,000,000 subscribers, well deserved", null },
        { "She has 12 million followers and still answers comments", null },
        { "I subscribed after watching this video", null },
        { "\u2764\uFE0F \u2764\uFE0F \u2764\uFE0F \u2764\uFE0F \u2764\uFE0F \u2764\uFE0F", null },
        { "N-N-N-N-N-NO WAY that ending", null },

        // Near misses of the split-link, creator-claim and like-and-share rules: what genuine readers write.
        { "drop the www. prefix and it resolves fine", null },
        { "www that ending got me", null },
        { "it helped a bit, ly for the tip", null },
        { "I'm not a rapper but this verse is unreal", null },
        { "I'm a huge rapper fan since the nineties", null },
        { "you're a great rapper, keep going", null },
        { "I rap along to this every single morning", null },
        { "I started watching this channel in 2012", null },
        { "I did a cover letter with this template and got the job", null },
        { "we made a Slack channel for the study group", null },
        { "I'd like to share my results with the same router", null },
        { "looks like share prices fell again after the report", null },

        // Pointing into the thread is no promotion.
        { "Good catch, I rewrote the loop. Please see my edit above.", null },
        { "@kenji check my updated answer, the fee goes in the second output", null },
        { "Fair point, see our previous reply on the migration", null },

        // A maker's shop is a workshop, not a store front.
        { "I tried this with my shop vac last weekend and the respirator made all the difference", null },
        { "Hung the clamps on a French cleat in my shop, works great", null },
    };

    [Theory]
    [MemberData(nameof(WithPayload))]
    public void Featurize_CommentThatTriesToGetSomething_FindsThatPayload(string text, string? author, string? authorUrl, PayloadKinds expected)
    {
        KindsOf(new Comment(text) { AuthorName = author, AuthorUrl = authorUrl }).Should().HaveFlag(expected);
    }

    [Theory]
    [MemberData(nameof(WithoutPayload))]
    public void Featurize_ConversationWithoutAPayload_FindsNone(string text, string? author)
    {
        KindsOf(new Comment(text) { AuthorName = author }).Should().Be(PayloadKinds.None);
    }

    [Fact]
    public void Featurize_PayloadCounts_AreFeaturesOfTheTrees()
    {
        var workspace = new FeatureWorkspace();
        CommentFeaturizer.Featurize(new Comment("two links: https://a-shop.com/x and http://b-shop.net/y"), workspace);

        workspace.Signals[FeatureLayout.IndexOf(PayloadSignals.Feature.Links)].Should().Be(2);
        workspace.Signals[FeatureLayout.IndexOf(PayloadSignals.Feature.KindCount)].Should().Be(1);
    }
}
