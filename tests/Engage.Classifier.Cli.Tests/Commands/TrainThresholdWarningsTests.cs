using System.Globalization;
using System.Text;
using Engage.Classifier.Cli.Commands;
using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Commands;

/// <summary>
/// What `engage train` says about the stored threshold when the data cannot back it: too few threads with their own
/// threshold (and which threshold was stored instead), and held-out scores that separate perfectly.
/// </summary>
public sealed class TrainThresholdWarningsTests
{
    [Fact]
    public void TooFewGroupsWarning_TwoToFourOwnThresholds_SaysTheirMeanWasStored()
    {
        string warning = TrainCommand.TooFewGroupsWarning(3, groups: 4);

        warning.Should().StartWith("only 3 threads (or sources) had enough comments to measure their own threshold")
            .And.Contain("the stored threshold is the mean of those 3 own thresholds")
            .And.NotContain("chosen on all held-out comments together");
    }

    [Fact]
    public void TooFewGroupsWarning_EveryThreadHasItsOwnThreshold_SaysTheyAreTooFewAndShowsNoNa()
    {
        string warning = TrainCommand.TooFewGroupsWarning(4, groups: 4);

        warning.Should().StartWith("the comments come from only 4 threads (or sources), each with enough comments to measure its own threshold")
            .And.NotContain("n/a", "every row of the table has its own threshold")
            .And.Contain("the stored threshold is the mean of those 4 own thresholds");
    }

    [Fact]
    public void TooFewGroupsWarning_ThresholdMovedTowardTheFloor_SaysItStartedFromTheMean()
    {
        string warning = TrainCommand.TooFewGroupsWarning(4, groups: 6, separated: true);

        warning.Should().Contain("the stored threshold starts from the mean of those 4 own thresholds, moved halfway toward 0.05 (the next warning says why)");
    }

    [Theory]
    [InlineData(0, "no thread (or source) had")]
    [InlineData(1, "only 1 thread (or source) had")]
    public void TooFewGroupsWarning_OneOwnThresholdOrNone_SaysThePooledThresholdWasStored(int withOwnThreshold, string start)
    {
        string warning = TrainCommand.TooFewGroupsWarning(withOwnThreshold, groups: 3);

        warning.Should().StartWith(start)
            .And.Contain("the stored threshold is the one chosen on all held-out comments together")
            .And.Contain("it takes 20 genuine comments and some spam")
            .And.NotContain("mean of");
    }

    [Fact]
    public void Train_NoGenuineCommentCarriesAPayload_WarnsThatTheThresholdIsTheMiddleOfAnEmptySpan()
    {
        using var folder = new TempFolder();
        string comments = folder.Write("garden.csv", GardenForum());

        CliResult result = EngageTool.Run("train", "--comments", comments, "--out", folder.File("m.zip"), "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        TrainingReport report = CommentClassifier.Load(folder.File("m.zip")).TrainingReport!;
        report.ThresholdBetweenSeparatedScores.Should().BeTrue("no genuine comment of the file has a link");
        result.Error.Should().Contain("engage: warning: no genuine comment scored a spam probability of 0.05 or more held out")
            .And.Contain($"The stored spam threshold, {report.SpamThreshold.ToString("F3", CultureInfo.InvariantCulture)}, lies halfway (in log-odds) between 0.05 and the threshold the held-out spam comments set");
        result.Error.Should().Contain("the stored threshold starts from").And.Contain("moved halfway toward 0.05 (the next warning says why)")
            .And.NotContain("the stored threshold is the", "the too-few-threads warning must not name a threshold that was not stored");
        result.Output.Should().Contain("\"threshold_between_separated_scores\": true");
    }

    /// <summary>Invented comments of a gardening forum over two threads: the genuine ones carry no link, every spam one does.</summary>
    private static string GardenForum()
    {
        var csv = new StringBuilder("thread,content,label\n");
        for (int i = 0; i < 60; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"beds-{i % 2},\"Raised bed number {i + 1} drained fine, but the {(i % 3 == 0 ? "clay" : "sandy")} corner stayed wet for a week\",genuine\n");
        }

        for (int i = 0; i < 20; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"beds-{i % 2},\"Cheapest compost {i + 2}0% off, order at https://compost-deals{i}.example/now\",spam\n");
        }

        return csv.ToString();
    }
}
