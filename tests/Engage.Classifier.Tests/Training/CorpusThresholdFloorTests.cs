using Engage.Classifier.Evaluation;
using Engage.Classifier.Training;

namespace Engage.Classifier.Tests.Training;

/// <summary>
/// The floor a model trained with the default corpus puts under its threshold: the default corpus's own threshold for
/// the target, only when the given genuine comments are too few to measure the target, and it only ever raises.
/// </summary>
public sealed class CorpusThresholdFloorTests
{
    private static readonly CommentLabel[] CorpusLabels = [.. Enumerable.Repeat(CommentLabel.Genuine, 200), .. Enumerable.Repeat(CommentLabel.Spam, 50)];

    /// <summary>200 genuine comments scored 0 to 0.597 and 50 spam scored 0.6 to 0.994: at 1%, two genuine may be called spam.</summary>
    private static readonly double[] CorpusScores = [.. Enumerable.Range(0, 200).Select(i => i * 0.003), .. Enumerable.Range(0, 50).Select(i => 0.6 + (i * 0.008))];

    [Fact]
    public void Of_TooFewGivenGenuineComments_IsTheCorpusThresholdForTheTarget()
    {
        double? floor = CorpusThresholdFloor.Of(90, CorpusLabels, CorpusScores, 0.01);

        floor.Should().Be(Metrics.ChooseThreshold(CorpusLabels, CorpusScores, 0.01));
        floor.Should().BeGreaterThan(0.59, "it keeps the corpus's genuine comments under 1%");
    }

    [Theory]
    [InlineData(1500, 0.01)]
    [InlineData(40, 0.0)]
    public void Of_GenuineCommentsThatCanMeasureTheTarget_IsNoFloor(int genuine, double target)
    {
        CorpusThresholdFloor.Of(genuine, CorpusLabels, CorpusScores, target).Should().BeNull();
    }

    [Theory]
    [InlineData(0.2, 0.75, 0.75)]
    [InlineData(0.93, 0.75, 0.93)]
    public void Applied_RaisesALowerThresholdToTheFloorAndNeverLowersAHigherOne(double chosen, double floor, double stored)
    {
        CorpusThresholdFloor.Applied(chosen, floor).Should().Be(stored);
    }

    [Fact]
    public void Applied_WithoutAFloor_KeepsTheChosenThreshold()
    {
        CorpusThresholdFloor.Applied(0.2, null).Should().Be(0.2);
    }
}
