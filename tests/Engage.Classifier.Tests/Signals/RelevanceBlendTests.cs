using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;
using Engage.Classifier.Tests.Semantics;
using Xunit.Abstractions;

namespace Engage.Classifier.Tests.Signals;

/// <summary><see cref="Verdict.Relevance"/>: words in common blended with meaning.</summary>
public sealed class RelevanceBlendTests(ITestOutputHelper output)
{
    [Fact]
    public void Of_UnreadMeaning_CountsTheWordsAlone()
    {
        RelevanceBlend.Of(0.4, SemanticSignals.Unread).Should().Be(RelevanceBlend.Of(0.4, 0f));
    }

    [Fact]
    public void Of_MoreWordsInCommon_GivesHigherRelevance_WithTheSameMeaning()
    {
        RelevanceBlend.Of(0.3, 0.4f).Should().BeGreaterThan(RelevanceBlend.Of(0.1, 0.4f));
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.0, 0.8)]
    [InlineData(1.0, 1.0)]
    [InlineData(0.5, -0.3)]
    public void Of_AnyInputs_StaysBetweenZeroAndOne(double lexical, float cosine)
    {
        RelevanceBlend.Of(lexical, cosine).Should().BeInRange(0, 1);
    }

    [Fact]
    public void Of_CloserMeaning_GivesHigherRelevance_WithTheSameWords()
    {
        RelevanceBlend.Of(0.2, 0.6f).Should().BeGreaterThan(RelevanceBlend.Of(0.2, 0.2f));
    }

    [Fact]
    public void VerdictRelevance_OnTopicCommentWithoutSharedWords_IsAboveTheOffTopicOne_InElevenOfTwelvePosts_ByAtLeastATenthOnAverage()
    {
        CommentClassifier classifier = CommentClassifier.LoadDefault();
        double[] gaps = RelevanceTestSet.Cases.Select(c =>
        {
            var post = new Post(c.Title, c.Text);
            double on = classifier.Classify(new Comment(c.OnTopic) { Post = post }, includeReasons: false).Relevance!.Value;
            double off = classifier.Classify(new Comment(c.OffTopic) { Post = post }, includeReasons: false).Relevance!.Value;
            return on - off;
        }).ToArray();

        output.WriteLine($"gaps (on-topic minus off-topic Verdict.Relevance): {string.Join(", ", gaps.Select(g => g.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)))}; mean {gaps.Average():F3}");
        gaps.Count(g => g > 0).Should().BeGreaterOrEqualTo(11, "word counts alone cannot tell these apart; meaning can");
        gaps.Average().Should().BeGreaterOrEqualTo(0.10, "gaps were {0}", string.Join(", ", gaps.Select(g => g.ToString("F3", System.Globalization.CultureInfo.InvariantCulture))));
    }
}
