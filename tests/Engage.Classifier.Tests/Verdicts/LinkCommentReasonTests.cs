using System.Text.RegularExpressions;

namespace Engage.Classifier.Tests.Verdicts;

/// <summary>
/// What the default model's reasons say of comments with links: the link count once, in the links reason (the payload
/// reason names the kind), and of a comment that is only links, that it has no words rather than that it is mostly keywords.
/// </summary>
public sealed partial class LinkCommentReasonTests
{
    private static readonly CommentClassifier Classifier = CommentClassifier.LoadDefault();

    [Theory]
    [InlineData("Grab discount garden hoses today at http://hose-deals.example/shop lowest prices guaranteed")]
    [InlineData("Sturdy [cedar planter boxes][1] at half price this week only, order yours\n\n  [1]: http://planters-outlet.example/cedar")]
    public void Classify_SpamWithALink_StatesTheLinkCountOnceInTheLinksReason(string text)
    {
        Verdict verdict = Classifier.Classify(new Comment(text));

        verdict.Label.Should().Be(CommentLabel.Spam);
        verdict.ReasonDetails[0].Code.Should().Be("payload");
        verdict.ReasonDetails[0].Text.Should().StartWith("carries a link").And.NotMatchRegex(@"\d", "the payload reason names kinds and counts nothing");
        verdict.ReasonDetails.Should().ContainSingle(r => LinkCount().IsMatch(r.Text)).Which.Code.Should().Be("links");
    }

    [Theory]
    [InlineData("https://garden-hose-sale.example/deal https://garden-hose-sale.example/more")]
    [InlineData("👉👉 https://crypto-gains.example/join 🚀🚀")]
    public void Classify_OnlyLinksAndSymbols_SaysItHasNoWordsNotThatItIsMostlyKeywords(string text)
    {
        Verdict verdict = Classifier.Classify(new Comment(text));

        verdict.ReasonDetails.Should().Contain(r => r.Code == "no_words").Which.Text.Should().Be("no words, only links or symbols");
        verdict.ReasonDetails.Should().NotContain(r => r.Code == "mostly_keywords", "a comment without a word holds no keyword");
    }

    /// <summary>A count of links in a reason's text: "1 link", "2 links".</summary>
    [GeneratedRegex(@"\b\d+ links?\b")]
    private static partial Regex LinkCount();
}
