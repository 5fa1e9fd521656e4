using System.Globalization;
using System.Text;
using Engage.Classifier.Cli.Commands;
using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Commands;

/// <summary>What `engage train` says when the same text sits in threads of different folds, which flatters the held-out numbers.</summary>
public sealed class TrainRepeatedTextsTests
{
    [Fact]
    public void Train_SameSpamPostedToEveryThread_WarnsThatTheHeldOutNumbersAreFlattered()
    {
        using var folder = new TempFolder();
        string comments = folder.Write("bikes.csv", BikeForum());

        CliResult result = EngageTool.Run("train", "--comments", comments, "--out", folder.File("m.zip"), "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        TrainingReport report = CommentClassifier.Load(folder.File("m.zip")).TrainingReport!;
        report.RepeatedAcrossFolds.Should().ContainKey(CommentLabel.Spam).WhoseValue.Should().Be(30, "the one campaign text sits in all six threads");
        report.RepeatedAcrossFolds.Should().NotContainKey(CommentLabel.Genuine);
        report.TextsWithSeveralLabels.Should().Be(0, "the campaign text is always labeled spam");
        result.Error.Should().NotContain("more than one label");
        result.Error.Should().Contain("engage: warning: 30 spam comments repeat a text (case and spacing aside) that also sits in another fold's threads")
            .And.Contain("Read them as optimistic, or measure on a copy of the file that keeps one copy of each text.");
        result.Output.Should().Contain("\"repeated_across_folds\"");
    }

    [Fact]
    public void RepeatedTextsWarning_FewerThanOnePercentOfTheComments_SaysNothing()
    {
        TrainingReport report = Report(trainingRows: 1_000, new Dictionary<CommentLabel, int> { [CommentLabel.Genuine] = 9 });

        TrainCommand.RepeatedTextsWarning(report).Should().BeNull("nine copies of short praise in 1,000 comments barely move the held-out numbers");
    }

    [Fact]
    public void RepeatedTextsWarning_SeveralLabels_CountsEachLabel()
    {
        TrainingReport report = Report(trainingRows: 400, new Dictionary<CommentLabel, int> { [CommentLabel.Spam] = 12, [CommentLabel.Genuine] = 4, [CommentLabel.LowRelevance] = 9 });

        TrainCommand.RepeatedTextsWarning(report).Should().StartWith("4 genuine, 9 low relevance and 12 spam comments repeat a text");
    }

    [Fact]
    public void SeveralLabelsWarning_TextsLabeledTwoWays_CountsThemAndQuotesTheFirst()
    {
        string? warning = TrainCommand.SeveralLabelsWarning([("nice one!", [CommentLabel.Genuine, CommentLabel.LowRelevance]), ("ok", [CommentLabel.Genuine, CommentLabel.Spam])]);

        warning.Should().Be("2 texts carry more than one label (case and spacing aside), such as 'nice one!', labeled genuine and low relevance: the model learns it both ways. Check those labels; keep them only where the thread or the author made the difference.");
        TrainCommand.SeveralLabelsWarning([("ok", [CommentLabel.Genuine, CommentLabel.Spam])]).Should().StartWith("the text 'ok' carries more than one label (case and spacing aside), genuine and spam: ");
        TrainCommand.SeveralLabelsWarning([]).Should().BeNull();
    }

    private static TrainingReport Report(int trainingRows, Dictionary<CommentLabel, int> repeated) => new()
    {
        HeldOut = CommentClassifier.LoadDefault().Evaluate([new LabeledComment(new Comment("Which chain lube survives rain?"), CommentLabel.Genuine)]),
        Folds = 5,
        TrainingRows = trainingRows,
        LabelCounts = new Dictionary<CommentLabel, int>(),
        TargetFalsePositiveRate = 0.01,
        SpamThreshold = 0.8,
        LearnedLowRelevance = false,
        RepeatedAcrossFolds = repeated,
        Options = new TrainerOptions(),
    };

    /// <summary>Invented comments of a cycling forum over six threads; one spam campaign posts the same text to each of them five times.</summary>
    private static string BikeForum()
    {
        var csv = new StringBuilder("thread,content,label\n");
        string[] parts = ["chain", "brake pads", "spokes", "tubeless sealant", "derailleur cable", "saddle bolt"];
        for (int i = 0; i < 120; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"rides-{i % 6},\"Ride {i + 1}: the {parts[i % parts.Length]} held up after {20 + i} km of gravel, though I retuned it twice\",genuine\n");
        }

        for (int i = 0; i < 30; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"rides-{i % 6},\"Carbon wheels at 70% off this week only, order at https://wheel-outlet.example/sale\",spam\n");
        }

        return csv.ToString();
    }
}
