using System.Globalization;
using System.Text;
using Engage.Classifier.Cli.Commands;
using Engage.Classifier.Cli.Output;
using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Commands;

/// <summary><c>engage train --with-default-corpus</c>: trains on the fixture plus the shipped default corpus and says so; refuses comments that cannot set a threshold.</summary>
public sealed class TrainWithDefaultCorpusTests
{
    [Fact]
    public void Train_WithDefaultCorpus_SavesAModelWhoseReportCountsTheFixtureOnlyAndSaysWhatWasAdded()
    {
        using var folder = new TempFolder();

        CliResult result = EngageTool.Run("train", "--comments", FixtureFiles.Comments, "--posts", FixtureFiles.Posts, "--out", folder.File("m.zip"), "--seed", "7", "--with-default-corpus");

        result.ExitCode.Should().Be(0, result.ToString());
        TrainingReport report = CommentClassifier.Load(folder.File("m.zip")).TrainingReport!;
        report.Options.WithDefaultCorpus.Should().BeTrue();
        report.TrainingRows.Should().Be(150);
        report.HeldOut.Count.Should().Be(150);
        report.DefaultCorpusRows.Should().BeGreaterThan(1000);
        result.Output.Should().Contain("Trained on 150 comments")
            .And.Contain($"Added the default corpus: {Numbers.Count(report.DefaultCorpusRows)} comments");
        report.DefaultCorpusThresholdFloor.Should().NotBeNull("the fixture's 70 genuine comments cannot measure 1%");
        report.SpamThreshold.Should().BeGreaterThanOrEqualTo(report.DefaultCorpusThresholdFloor!.Value);
        result.Error.Contains("the stored spam threshold is the one the default corpus's own held-out scores need", StringComparison.Ordinal)
            .Should().Be(report.ThresholdRaisedToDefaultCorpus, "the warning is given when, and only when, the floor was stored");
        if (report.ThresholdRaisedToDefaultCorpus)
        {
            result.Error.Should().Contain("Label more genuine comments, or calibrate", "the warning is printed whole")
                .And.NotContain("cannot be measured on fewer than", "the floor's warning says why the threshold is what it is");
            result.Output.Should().Contain("the default corpus's for a genuine false-positive rate of at most 1.0%");
        }
    }

    [Fact]
    public void RaisedToDefaultCorpusWarning_SaysHowManyGenuineCommentsItTakesAndTheStoredThreshold()
    {
        TrainingReport report = CommentClassifier.LoadDefault().TrainingReport! with { SpamThreshold = 0.8124, TargetFalsePositiveRate = 0.02 };

        string warning = TrainCommand.RaisedToDefaultCorpusWarning(140, report);

        warning.Should().Contain("your 140 genuine comments are too few to measure a genuine false-positive rate of 2.0% reliably (that takes 500")
            .And.Contain("0.812");
    }

    [Theory]
    [InlineData(0, 30, "both spam and non-spam")]
    [InlineData(3, 30, "at least 10 spam and 10 other comments of your own")]
    public void Train_WithDefaultCorpus_TooFewOwnCommentsOfALabel_FailsWithDataErrorSayingWhy(int spam, int genuine, string reason)
    {
        using var folder = new TempFolder();
        string comments = folder.Write("few.csv", Comments(spam, genuine));

        CliResult result = EngageTool.Run("train", "--comments", comments, "--out", folder.File("m.zip"), "--with-default-corpus");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().StartWith("engage: Cannot train on").And.Contain(reason);
        File.Exists(folder.File("m.zip")).Should().BeFalse();
    }

    /// <summary>Invented comments of a cycling club's forum over two threads.</summary>
    private static string Comments(int spam, int genuine)
    {
        var csv = new StringBuilder("thread,content,label\n");
        for (int i = 0; i < genuine; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"ride-{i % 2},\"Is the {20 + i} km loop still closed at the ford after the rain?\",genuine\n");
        }

        for (int i = 0; i < spam; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"ride-{i % 2},\"Carbon wheels {i + 3}0% off http://spokes-outlet{i}.example.net\",spam\n");
        }

        return csv.ToString();
    }
}
