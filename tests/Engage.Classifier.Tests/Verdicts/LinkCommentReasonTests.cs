using System.Text.RegularExpressions;

namespace Engage.Classifier.Tests.Verdicts;

/// <summary>
/// What the default model's reasons say of comments with links: the link count once, in the links reason (the payload
/// reason names the kind).
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

    /// <summary>A count of links in a reason's text: "1 link", "2 links".</summary>
    [GeneratedRegex(@"\b\d+ links?\b")]
    private static partial Regex LinkCount();
}
