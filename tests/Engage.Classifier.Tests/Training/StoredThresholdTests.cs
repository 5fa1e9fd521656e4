using Engage.Classifier.Training;

namespace Engage.Classifier.Tests.Training;

/// <summary>
/// Which threshold a model stores: the pooled one when many held-out groups (or at most one) have their own threshold,
/// the mean of the groups' own thresholds when two to four do.
/// </summary>
public sealed class StoredThresholdTests
{
    private static Dictionary<string, double> Own(params double[] thresholds) =>
        thresholds.Select((t, i) => (Name: $"thread-{i}", Threshold: t)).ToDictionary(x => x.Name, x => x.Threshold);

    [Fact]
    public void Stored_ThreeGroupsWithTheirOwnThreshold_IsTheirMean()
    {
        double stored = GroupThresholds.Stored(0.97, Own(0.6, 0.9, 0.96));

        stored.Should().BeApproximately(0.82, 1e-12);
    }

    [Fact]
    public void Stored_FiveOrMoreGroups_IsThePooledThreshold()
    {
        double stored = GroupThresholds.Stored(0.97, Own(0.5, 0.6, 0.7, 0.8, 0.9));

        stored.Should().Be(0.97);
    }

    [Theory]
    [InlineData(new double[] { })]
    [InlineData(new double[] { 0.4 })]
    public void Stored_OneGroupOrNone_IsThePooledThreshold(double[] own)
    {
        double stored = GroupThresholds.Stored(0.97, Own(own));

        stored.Should().Be(0.97);
    }

    [Fact]
    public void Train_OnThreeThreads_StoresTheMeanOfTheirOwnThresholds()
    {
        TrainingResult result = new CommentClassifierTrainer().Train(ThreeThreads());

        double[] own = result.Report.Groups.Select(g => g.SpamThreshold).Where(t => !double.IsNaN(t)).ToArray();
        own.Should().HaveCount(3, "each thread has 20 genuine comments and some spam");
        result.Report.TooFewGroupsForThreshold.Should().BeTrue();
        result.Report.SpamThreshold.Should().BeApproximately(own.Average(), 1e-12);
        result.Classifier.SpamThreshold.Should().Be(result.Report.SpamThreshold);
    }

    /// <summary>Three threads of 24 genuine comments (4 with a link) and 8 spam each, written for this test.</summary>
    private static IEnumerable<LabeledComment> ThreeThreads()
    {
        string[] topics = ["sourdough starter", "bike chain wear", "tomato seedlings"];
        foreach (string topic in topics)
        {
            for (int i = 0; i < 24; i++)
            {
                // Some genuine comments carry a link, so the held-out scores do not separate perfectly (SeparatedScoresTests).
                string text = i % 6 == 0
                    ? $"Step {i % 5 + 1} of the {topic} guide matches what https://notes-{i}.example/{topic.Replace(' ', '-')} says, thanks"
                    : $"Question {i} about the {topic}: does step {i % 5 + 1} change if the room is colder than usual?";
                yield return new LabeledComment(new Comment(text) { ThreadId = topic }, CommentLabel.Genuine);
            }

            for (int i = 0; i < 8; i++)
            {
                yield return new LabeledComment(new Comment($"Cheap {topic} kits {i}0% off at https://deal-{i}-{topic.Replace(' ', '-')}.example/buy now") { ThreadId = topic }, CommentLabel.Spam);
            }
        }
    }
}
