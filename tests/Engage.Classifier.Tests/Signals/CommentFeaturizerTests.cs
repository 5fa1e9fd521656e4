using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;
using Engage.Classifier.TextModel;

namespace Engage.Classifier.Tests.Signals;

public sealed class CommentFeaturizerTests
{
    private static float[] Features(Comment comment)
    {
        var workspace = new FeatureWorkspace();
        CommentFeaturizer.Featurize(comment, workspace);
        return workspace.Signals.ToArray();
    }

    private static int At<TFeature>(TFeature feature)
        where TFeature : struct, Enum => FeatureLayout.IndexOf(feature);

    private static float[] Features(string text) => Features(new Comment(text));

    [Fact]
    public void Links_BareUrlsAndAnchors_AreCountedWithDistinctDomains()
    {
        float[] f = Features("see http://cheap-loans.example/apply and www.cheap-loans.example/faq\n<a href=\"https://replica.test/x\">replica watches</a> or bestdeals.com");

        f[At(LinkSignals.Feature.BareUrls)].Should().Be(3);
        f[At(LinkSignals.Feature.Anchors)].Should().Be(1);
        f[At(LinkSignals.Feature.LinkCount)].Should().Be(4);
        f[At(LinkSignals.Feature.DistinctDomains)].Should().Be(3);
        f[At(LinkSignals.Feature.CommercialWordsInLinks)].Should().BeGreaterOrEqualTo(3);
        f[At(LinkSignals.Feature.LinkTextShare)].Should().BeGreaterThan(0.3f);
    }

    [Fact]
    public void Links_ProgrammingNamesWithDots_AreNotLinks()
    {
        float[] f = Features("I moved from ASP.NET to Node.js last year, e.g. for the queue workers.");

        f[At(LinkSignals.Feature.LinkCount)].Should().Be(0);
    }

    [Fact]
    public void ListShape_KeywordOnlyLines_AreCounted()
    {
        float[] f = Features("designer handbags wholesale\n\nnfl jerseys cheap\nugg boots discount sale\nHow do I keep the leather soft, any tips?");

        f[At(ListShapeSignals.Feature.LineCount)].Should().Be(4, "the empty line does not count");
        f[At(ListShapeSignals.Feature.KeywordLines)].Should().Be(3, "the question is a sentence");
        f[At(ListShapeSignals.Feature.KeywordLineShare)].Should().Be(0.75f);
        f[At(ListShapeSignals.Feature.CommercialWords)].Should().Be(8, "handbags, wholesale, jerseys, cheap, ugg, boots, discount, sale");
    }

    [Fact]
    public void ListShape_SentencesWithPunctuation_AreNotKeywordLines()
    {
        float[] f = Features("I tried the recipe twice.\nThe second loaf rose better, maybe the warmer kitchen?");

        f[At(ListShapeSignals.Feature.KeywordLines)].Should().Be(0);
    }

    [Theory]
    [InlineData("Great post! My webpage :: best running shoes")]
    [InlineData("Nice read. Here is my blog post; payday loans online")]
    [InlineData("Feel free to surf to my homepage dental implants")]
    [InlineData("Thanks, also visit my site for more")]
    public void Signature_PromotionalSignatures_AreCounted(string text)
    {
        float[] f = Features(text);

        (f[At(SignatureSignals.Feature.SignaturePhrases)] + f[At(SignatureSignals.Feature.SignatureSeparators)]).Should().BeGreaterOrEqualTo(1);
    }

    [Fact]
    public void Disguise_LookAlikeLetters_AreCounted()
    {
        float[] f = Features("This a\u0433ticle p\u0433esents \u0441lear idea\u200B");

        f[At(DisguiseSignals.Feature.MixedScriptWords)].Should().Be(3);
        f[At(DisguiseSignals.Feature.FoldedLetters)].Should().Be(3);
        f[At(DisguiseSignals.Feature.InvisibleCharacters)].Should().Be(1);
    }

    [Theory]
    [InlineData("Call +1 (855) 555-0137 for instant support", 1)]
    [InlineData("whatsapp 0044 7700 900123 or 07700 900456", 2)]
    [InlineData("We baked 2 loaves at 230 degrees in 2019", 0)]
    public void Contact_PhoneNumbers_AreCounted(string text, int phones)
    {
        Features(text)[At(ContactSignals.Feature.PhoneNumbers)].Should().Be(phones);
    }

    [Fact]
    public void Contact_MessengerHandlesAndEmails_AreCounted()
    {
        float[] f = Features("dm me on telegram @loanhelper or write to help@recovery.example");

        f[At(ContactSignals.Feature.MessengerWords)].Should().BeGreaterOrEqualTo(1);
        f[At(ContactSignals.Feature.Handles)].Should().Be(1);
        f[At(ContactSignals.Feature.EmailsInText)].Should().Be(1);
    }

    [Fact]
    public void Author_KeywordPhraseNameAndKeywordUrl_AreSignals()
    {
        float[] f = Features(new Comment("Very helpful, payday loans online saved me")
        {
            AuthorName = "payday loans online",
            AuthorUrl = "http://best-payday-loans-online.example",
            AuthorEmail = "x@y.example",
        });

        f[At(AuthorSignals.Feature.AuthorNamePresent)].Should().Be(1);
        f[At(AuthorSignals.Feature.AuthorNameWords)].Should().Be(3);
        f[At(AuthorSignals.Feature.AuthorNameCommercialWords)].Should().BeGreaterOrEqualTo(2);
        f[At(AuthorSignals.Feature.AuthorNameInText)].Should().BeGreaterOrEqualTo(2);
        f[At(AuthorSignals.Feature.AuthorUrlPresent)].Should().Be(1);
        f[At(AuthorSignals.Feature.AuthorUrlHyphens)].Should().Be(3);
        f[At(AuthorSignals.Feature.AuthorUrlCommercialWords)].Should().BeGreaterOrEqualTo(2);
        f[At(AuthorSignals.Feature.AuthorEmailPresent)].Should().Be(1);
    }

    [Fact]
    public void Author_LinkAsName_IsFlagged()
    {
        Features(new Comment("nice") { AuthorName = "cheapjerseys-outlet.com" })[At(AuthorSignals.Feature.AuthorNameHasLink)].Should().Be(1);
    }

    [Fact]
    public void Shape_CapitalsRepetitionAndPunctuation_AreMeasured()
    {
        float[] f = Features("BUY NOW BUY NOW BUY NOW!!! best best best?");

        f[At(ShapeSignals.Feature.UppercaseShare)].Should().BeGreaterThan(0.5f);
        f[At(ShapeSignals.Feature.Exclamations)].Should().Be(3);
        f[At(ShapeSignals.Feature.Questions)].Should().Be(1);
        f[At(ShapeSignals.Feature.RepeatedWordShare)].Should().BeGreaterThan(0.5f);
        f[At(ShapeSignals.Feature.LongestCharacterRun)].Should().Be(3);
    }

    [Fact]
    public void Filler_GenericPraise_HasHighGenericShareAndFewContentWords()
    {
        float[] f = Features("Wow, really nice post, thanks so much for sharing it!");

        f[At(FillerSignals.Feature.GenericWordShare)].Should().Be(1, "every word is praise or a function word");
        f[At(FillerSignals.Feature.ContentWords)].Should().Be(0);
        f[At(FillerSignals.Feature.PraiseWords)].Should().Be(5, "wow, nice, post, thanks, sharing");
    }

    [Fact]
    public void Relevance_CommentAboutThePost_SharesWordsWithIt()
    {
        var post = new Post("Keeping a sourdough starter alive", "Feed the starter flour and water daily. A sluggish starter usually needs a warmer spot.");
        float[] onTopic = Features(new Comment("My starter was sluggish until I moved it somewhere warmer and fed it rye flour.") { Post = post });
        float[] offTopic = Features(new Comment("Anyone watching the football tonight? Great game last week.") { Post = post });

        onTopic[At(RelevanceSignals.Feature.HasPost)].Should().Be(1);
        onTopic[At(RelevanceSignals.Feature.PostCosine)].Should().BeGreaterThan(0.2f);
        onTopic[At(RelevanceSignals.Feature.PostSharedWords)].Should().BeGreaterOrEqualTo(4);
        onTopic[At(RelevanceSignals.Feature.PostLanguageModelRatio)].Should().BeGreaterThan(offTopic[At(RelevanceSignals.Feature.PostLanguageModelRatio)]);
        offTopic[At(RelevanceSignals.Feature.PostCosine)].Should().Be(0);
        offTopic[At(RelevanceSignals.Feature.PostWordShare)].Should().Be(0);
    }

    [Fact]
    public void Relevance_CopiedSentenceOfThePost_IsDetected()
    {
        var post = new Post("Budget travel", "The cheapest way to cross Europe is the night train, which saves a hotel night as well.");
        float[] f = Features(new Comment("The cheapest way to cross Europe is the night train. Book at cheap-trips.example") { Post = post });

        f[At(RelevanceSignals.Feature.CopiedFromPostShare)].Should().BeGreaterThan(0.4f);
    }

    [Fact]
    public void Relevance_UnknownPost_UsesTheNoPostValue()
    {
        float[] f = Features("anything at all");

        f[At(RelevanceSignals.Feature.HasPost)].Should().Be(0);
        f[At(RelevanceSignals.Feature.PostCosine)].Should().Be(RelevanceSignals.NoPost);
    }

    [Fact]
    public void TextFeatures_AreEmittedWithinTheHashedDimension()
    {
        var workspace = new FeatureWorkspace();
        CommentFeaturizer.Featurize(new Comment("Hello world, this is a comment with http://x.example"), workspace);

        workspace.Grams.Buckets.Length.Should().BeGreaterThan(10);
        workspace.Grams.Buckets.ToArray().Should().OnlyContain(i => i >= 0 && i < HashedGrams.Dimension);
    }
}
