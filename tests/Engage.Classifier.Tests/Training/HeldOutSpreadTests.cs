using Engage.Classifier.Tests.Support;
using Engage.Classifier.Training;

namespace Engage.Classifier.Tests.Training;

/// <summary>The training report's per-group view: each group's own threshold, the spread, and the few-groups flag.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class HeldOutSpreadTests(TrainedModelFixture fixture)
{
    [Fact]
    public void Report_SpreadIsTheLowestMedianAndHighestOfItsGroups()
    {
        TrainingReport report = fixture.Result.Report;
        double[] accuracies = report.Groups.Select(g => g.Accuracy).Order().ToArray();

        report.AccuracySpread.Lowest.Should().Be(accuracies[0]);
        report.AccuracySpread.Highest.Should().Be(accuracies[^1]);
        report.AccuracySpread.Groups.Should().Be(report.Groups.Count);
        report.AccuracySpread.Median.Should().BeInRange(accuracies[0], accuracies[^1]);
        report.FalsePositiveRateSpread.Groups.Should().Be(report.Groups.Count(g => !double.IsNaN(g.GenuineFalsePositiveRate)));
    }

    [Fact]
    public void Report_GroupsWithEnoughGenuineAndSpam_HaveTheirOwnThreshold_AndTheFlagCountsThem()
    {
        TrainingReport report = fixture.Result.Report;
        HeldOutGroup[] measured = report.Groups.Where(g => !double.IsNaN(g.SpamThreshold)).ToArray();

        measured.Should().NotBeEmpty();
        measured.Should().OnlyContain(g => g.SpamThreshold >= 0 && g.SpamThreshold <= 1);
        report.TooFewGroupsForThreshold.Should().Be(measured.Length < GroupThresholds.GroupsForSpread);
    }

    [Fact]
    public void Report_SavedWithTheModel_KeepsTheGroupsOwnThresholdsAndTheFlag()
    {
        using var saved = new MemoryStream();
        fixture.Classifier.Save(saved);
        saved.Position = 0;

        TrainingReport loaded = CommentClassifier.Load(saved).TrainingReport!;

        loaded.Groups.Select(g => g.SpamThreshold).Should().Equal(fixture.Result.Report.Groups.Select(g => g.SpamThreshold));
        loaded.TooFewGroupsForThreshold.Should().Be(fixture.Result.Report.TooFewGroupsForThreshold);
    }

    [Theory]
    [InlineData(new double[] { 0.3 }, 0.3, 0.3, 0.3)]
    [InlineData(new double[] { 0.9, 0.1, 0.5 }, 0.1, 0.5, 0.9)]
    [InlineData(new double[] { 0.4, 0.2, double.NaN, 0.8, 0.6 }, 0.2, 0.5, 0.8)]
    public void Spread_LeavesOutNaN_AndTakesTheMiddleOfAnEvenCount(double[] values, double lowest, double median, double highest)
    {
        Spread spread = Spread.Of(values);

        spread.Should().Be(new Spread(lowest, median, highest, values.Count(v => !double.IsNaN(v))));
    }

    [Fact]
    public void Spread_OfNothing_IsNaN()
    {
        Spread spread = Spread.Of([]);

        double.IsNaN(spread.Median).Should().BeTrue();
        spread.Groups.Should().Be(0);
    }
}
