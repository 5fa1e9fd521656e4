using Engage.Classifier.Evaluation;
using Engage.Classifier.Training;

namespace Engage.Classifier.Tests.Training;

/// <summary>
/// The threshold stored when the held-out spam probabilities separate perfectly (no comment but spam at or above the
/// floor): the middle, in log-odds, of the floor and the chosen threshold, never the top edge of the empty span.
/// </summary>
public sealed class SeparatedScoresTests
{
    private static readonly CommentLabel[] Labels =
        [CommentLabel.Genuine, CommentLabel.Genuine, CommentLabel.LowRelevance, CommentLabel.Spam, CommentLabel.Spam, CommentLabel.Spam];

    private static double MiddleInLogOdds(double low, double high)
    {
        double logOdds = (Math.Log(low / (1 - low)) + Math.Log(high / (1 - high))) / 2;
        return 1 / (1 + Math.Exp(-logOdds));
    }

    [Fact]
    public void Stored_OnlySpamAtOrAboveTheFloor_IsTheMiddleOfTheFloorAndTheChosenThreshold()
    {
        double[] scores = [0, 0.01, 0.03, 0.9, 0.95, 0.99];

        double stored = SeparatedScores.Stored(0.9, SeparatedScores.Separate(Labels, scores));

        SeparatedScores.Separate(Labels, scores).Should().BeTrue();
        stored.Should().BeApproximately(MiddleInLogOdds(Metrics.LowestThreshold, 0.9), 1e-12);
        stored.Should().BeInRange(0.4, 0.5, "0.05 and 0.9 are 2.94 and 2.20 log-odds from 0");
    }

    [Theory]
    [InlineData(0.2, 0.0, 0.0)]
    [InlineData(0.0, 0.0, 0.05)]
    public void Stored_AGenuineOrLowRelevanceCommentAtOrAboveTheFloor_KeepsTheChosenThreshold(double genuineScore, double otherGenuineScore, double lowRelevanceScore)
    {
        double[] scores = [genuineScore, otherGenuineScore, lowRelevanceScore, 0.9, 0.95, 0.99];

        SeparatedScores.Separate(Labels, scores).Should().BeFalse();
        SeparatedScores.Stored(0.9, SeparatedScores.Separate(Labels, scores)).Should().Be(0.9);
    }

    [Fact]
    public void Stored_NoSpamAtOrAboveTheFloor_KeepsTheChosenThreshold()
    {
        double[] scores = [0, 0, 0, 0.01, 0.02, 0.04];

        SeparatedScores.Separate(Labels, scores).Should().BeFalse();
        SeparatedScores.Stored(1.0, SeparatedScores.Separate(Labels, scores)).Should().Be(1.0);
    }

    [Fact]
    public void Train_NoGenuineCommentWithAPayload_StoresTheMiddleOfTheSpanAndSaysSo()
    {
        TrainingResult result = new CommentClassifierTrainer().Train(TwoThreadsWithoutGenuineLinks());

        result.Report.ThresholdBetweenSeparatedScores.Should().BeTrue();
        result.Report.SpamThreshold.Should().BeInRange(Metrics.LowestThreshold, 0.9);
        result.Report.HeldOut.GenuineFalsePositiveRate.Should().Be(0);
        result.Classifier.SpamThreshold.Should().Be(result.Report.SpamThreshold);
        result.Classifier.Classify(new Comment("Huge discount on garden hoses this week only at https://hose-outlet.example/sale, order today"))
            .Label.Should().Be(CommentLabel.Spam, "a pitch with a link scores well above the middle of the span");
    }

    [Fact]
    public void Train_GenuineCommentsWithLinks_DoesNotUseTheSeparatedRule()
    {
        LabeledComment[] comments = TwoThreadsWithoutGenuineLinks().ToArray();
        comments[0] = comments[0] with { Comment = new Comment("The pruning chart at https://garden-club.example/pruning disagrees with step 3, which one is right?") { ThreadId = comments[0].Comment.ThreadId } };
        comments[1] = comments[1] with { Comment = new Comment("Found the frost dates on https://weather-archive.example/frost for my county, step 2 works") { ThreadId = comments[1].Comment.ThreadId } };

        TrainingResult result = new CommentClassifierTrainer().Train(comments);

        result.Report.ThresholdBetweenSeparatedScores.Should().BeFalse();
    }

    /// <summary>Two threads of 30 genuine comments without any link and 10 spam with links each, written for this test.</summary>
    private static IEnumerable<LabeledComment> TwoThreadsWithoutGenuineLinks()
    {
        string[] topics = ["pruning apple trees", "frost cloth"];
        foreach (string topic in topics)
        {
            for (int i = 0; i < 30; i++)
            {
                yield return new LabeledComment(new Comment($"Tried the {topic} advice, round {i}: step {i % 4 + 1} took longer in clay soil than the post says") { ThreadId = topic }, CommentLabel.Genuine);
            }

            for (int i = 0; i < 10; i++)
            {
                yield return new LabeledComment(new Comment($"Best {topic} deals {i}0% off, buy now at https://shop-{i}.example/{topic.Replace(' ', '-')}") { ThreadId = topic }, CommentLabel.Spam);
            }
        }
    }
}
