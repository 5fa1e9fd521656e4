using Engage.Classifier.Verdicts;

namespace Engage.Classifier.Tests.Verdicts;

public sealed class VerdictRuleTests
{
    [Theory]
    [InlineData(0.90, 0.9, true, CommentLabel.Spam)]
    [InlineData(0.80, 0.9, true, CommentLabel.Spam)]
    [InlineData(0.79, 0.5, true, CommentLabel.LowRelevance)]
    [InlineData(0.79, 0.49, true, CommentLabel.Genuine)]
    [InlineData(0.79, 0.9, false, CommentLabel.Genuine)]
    public void Decide_SpamThresholdFirst_ThenLowRelevanceWhenLearned(double spam, double filler, bool learnedFiller, CommentLabel expected)
    {
        VerdictRule.Decide(spam, filler, spamThreshold: 0.8, VerdictRule.LowRelevanceThreshold, learnedFiller).Should().Be(expected);
    }
}
