using Engage.Classifier.Signals;
using Engage.Classifier.Verdicts;

namespace Engage.Classifier.Tests.Verdicts;

/// <summary>
/// What the reasons may state that the features do not hold, read from the comment just featurized: question marks
/// inside links are a query, not a question, and a comment of links and symbols has no words.
/// </summary>
public sealed class ReasonFactsTests
{
    private static readonly CommentClassifier Classifier = CommentClassifier.LoadDefault();

    [Theory]
    [InlineData("the bridge at https://www.example.org/watch?v=q1w2e3&t=95 still gives me chills", 1)]
    [InlineData("was the bridge at https://www.example.org/watch?v=q1w2e3&t=95 written later? sounds newer", 1)]
    [InlineData("which take is this? the live one?", 0)]
    [InlineData("no question here at all", 0)]
    public void Of_CountsTheQuestionMarksInsideLinksOfTheCommentJustFeaturized(string text, int inLinks)
    {
        Classifier.Classify(new Comment(text), includeReasons: false);

        ReasonFacts.Of(FeatureWorkspace.Current).QuestionMarksInLinks.Should().Be(inLinks);
    }

    [Theory]
    [InlineData("https://garden-hose-sale.example/deal https://garden-hose-sale.example/more", 0)]
    [InlineData("🚀🚀 !!", 0)]
    [InlineData("the 3 mm hex key from https://tools.example/kit fits it", 8)]
    public void Of_CountsTheWordsOutsideTheLinksOfTheCommentJustFeaturized(string text, int words)
    {
        Classifier.Classify(new Comment(text), includeReasons: false);

        ReasonFacts.Of(FeatureWorkspace.Current).Words.Should().Be(words);
    }

    [Fact]
    public void Classify_GenuineCommentWithALinkQuery_DoesNotSayItAsksAQuestion()
    {
        var post = new Post("Live at the harbour, full concert", null, new Uri("https://www.youtube.com/watch?v=q1w2e3r4t5y"));
        Verdict verdict = Classifier.Classify(new Comment("the bridge at https://www.youtube.com/watch?v=q1w2e3r4t5y&t=95 still gives me chills") { Post = post });

        verdict.Label.Should().Be(CommentLabel.Genuine);
        verdict.ReasonDetails.Should().NotContain(r => r.Code == "asks_question");
    }
}
