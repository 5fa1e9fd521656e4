using Engage.Classifier.Cli.Output;

namespace Engage.Classifier.Cli.Tests.Output;

/// <summary>
/// The training summary says where the stored threshold came from; the metrics table prints a ratio with nothing to
/// divide by as n/a, never as a measured 0% or 100%; the group table wraps long thread names between words and after
/// separators, never mid-word.
/// </summary>
public sealed class ReportTablesTests
{
    [Fact]
    public void WriteTrainingSummary_LowRelevanceNotLearned_SaysHowManyWereGivenAndHowManyItTakes()
    {
        TrainingReport report = CommentClassifier.LoadDefault().TrainingReport! with
        {
            LearnedLowRelevance = false,
            LabelCounts = new Dictionary<CommentLabel, int> { [CommentLabel.Genuine] = 31, [CommentLabel.LowRelevance] = 13, [CommentLabel.Spam] = 16 },
        };

        Summary(report).Should().Contain("Too few low_relevance examples to learn that label (13 of yours; it takes 20, and as many genuine)");
    }

    [Fact]
    public void WriteTrainingSummary_ThresholdRaisedToTheDefaultCorpusFloor_SaysSoInsteadOfChosenForTheTarget()
    {
        TrainingReport report = CommentClassifier.LoadDefault().TrainingReport! with { SpamThreshold = 0.71861, DefaultCorpusThresholdFloor = 0.71861, DefaultCorpusRows = 5042 };

        string summary = Summary(report);

        summary.Should().Contain("Spam threshold 0.71861, the default corpus's for a genuine false-positive rate of at most 1.0%: your genuine comments are too few to measure that rate, and alone they chose a lower threshold.")
            .And.NotContain("chosen for a genuine false-positive rate");
    }

    [Fact]
    public void WriteTrainingSummary_ThresholdAboveTheFloor_SaysItWasChosenForTheTarget()
    {
        TrainingReport report = CommentClassifier.LoadDefault().TrainingReport! with { SpamThreshold = 0.9, DefaultCorpusThresholdFloor = 0.71861, DefaultCorpusRows = 5042 };

        Summary(report).Should().Contain("Spam threshold 0.900, chosen for a genuine false-positive rate of at most 1.0%.");
    }

    [Fact]
    public void WriteTrainingSummary_SeparatedScores_SaysTheThresholdLiesHalfwayTowardTheFloor()
    {
        TrainingReport report = CommentClassifier.LoadDefault().TrainingReport! with { SpamThreshold = 0.61382, ThresholdBetweenSeparatedScores = true };

        Summary(report).Should().Contain("Spam threshold 0.61382, halfway between 0.05 and the threshold the held-out spam set for a genuine false-positive rate of at most 1.0%: no genuine comment of yours scored like spam held out.")
            .And.NotContain("chosen for a genuine false-positive rate");
    }

    [Fact]
    public void WriteMetrics_CommentsWithoutSpam_PrintsPrecisionRecallAndF1AsNotApplicable()
    {
        // Four genuine comments, one of them called spam: no spam to recall.
        string table = Metrics([CommentLabel.Genuine, CommentLabel.Genuine, CommentLabel.Genuine, CommentLabel.Genuine], [CommentLabel.Genuine, CommentLabel.Genuine, CommentLabel.Spam, CommentLabel.Genuine]);

        Row(table, "Spam precision").Should().EndWith("0.0%");
        Row(table, "Spam recall").Should().EndWith("n/a");
        Row(table, "Spam F1").Should().EndWith("n/a");
        Row(table, "Genuine false-positive rate").Should().EndWith("25.0%");
    }

    [Fact]
    public void WriteMetrics_NothingCalledSpam_PrintsPrecisionAsNotApplicableAndRecallAsMeasured()
    {
        string table = Metrics([CommentLabel.Genuine, CommentLabel.Spam], [CommentLabel.Genuine, CommentLabel.Genuine]);

        Row(table, "Spam precision").Should().EndWith("n/a");
        Row(table, "Spam recall").Should().EndWith("0.0%");
        Row(table, "Spam F1").Should().EndWith("n/a");
    }

    [Fact]
    public void WriteMetrics_SpamFoundAndCalled_PrintsTheMeasuredRatios()
    {
        string table = Metrics([CommentLabel.Spam, CommentLabel.Spam, CommentLabel.Genuine], [CommentLabel.Spam, CommentLabel.Genuine, CommentLabel.Genuine]);

        Row(table, "Spam precision").Should().EndWith("100.0%");
        Row(table, "Spam recall").Should().EndWith("50.0%");
        Row(table, "Spam F1").Should().EndWith("0.667");
    }

    [Fact]
    public void WriteGroups_LongThreadNames_WrapBetweenWordsAndAfterSeparatorsNeverMidWord()
    {
        string[] names = ["balcony-tomatoes", "mirrorless-camera", "Kitchen scale calibration weights", "https://blog.example.org/2026/why-rye-loaves-sink"];
        TrainingReport report = CommentClassifier.LoadDefault().TrainingReport! with
        {
            Groups = names.Select(n => new HeldOutGroup(n, 15, 0.8, 0.0, 0.25)).ToArray(),
        };

        string[] cells = GroupNameCells(report, width: 80);

        string.Concat(cells.Select(c => c.TrimEnd('…'))).Should().Be(string.Concat(names.Select(n => n.Replace(" ", string.Empty, StringComparison.Ordinal))), "every name is shown in full, over as many lines as it takes");
        cells.Should().Contain(["balcony-", "tomatoes"], "a slug wraps after its hyphen");
        cells.Should().Contain(["Kitchen", "scale"], "a name with spaces wraps between words");
        cells.Should().OnlyContain(c => !c.EndsWith('…'), "at 80 columns every piece fits");
    }

    [Fact]
    public void WriteGroups_APieceWiderThanTheColumn_EndsInAnEllipsis()
    {
        const string Name = "supercalifragilisticexpialidociousthread";
        TrainingReport report = CommentClassifier.LoadDefault().TrainingReport! with { Groups = [new HeldOutGroup(Name, 15, 0.8, 0.0, 0.25)] };

        string cell = GroupNameCells(report, width: 80).Should().ContainSingle().Which;

        cell.Should().EndWith("…");
        Name.Should().StartWith(cell.TrimEnd('…'), "the name is cut at the end, not broken onto the next line");
    }

    /// <summary>The non-empty first-column cells of the group table's rows, line by line, laid out <paramref name="width"/> columns wide.</summary>
    private static string[] GroupNameCells(TrainingReport report, int width)
    {
        using var output = new StringWriter();
        ReportTables.WriteGroups(CliContext.ForWriters(output, TextWriter.Null, width: width).Console, report);
        string table = output.ToString();
        string body = table[table.IndexOf('├', StringComparison.Ordinal)..];
        return body.Split('\n').Where(line => line.StartsWith('│')).Select(line => line.Split('│')[1].Trim()).Where(cell => cell.Length > 0).ToArray();
    }

    private static string Summary(TrainingReport report)
    {
        using var output = new StringWriter();
        ReportTables.WriteTrainingSummary(output, report);
        return output.ToString();
    }

    private static string Metrics(CommentLabel[] actual, CommentLabel[] predicted)
    {
        Verdict[] verdicts = predicted.Select(p => new Verdict(p, p == CommentLabel.Spam ? 0.9 : 0.1, 0, null, [])).ToArray();
        EvaluationReport report = EvaluationReport.Compute(actual, verdicts, spamThreshold: 0.5);
        using var output = new StringWriter();
        CliContext context = CliContext.ForWriters(output, TextWriter.Null);
        ReportTables.WriteMetrics(context.Console, report, "Held out");
        return output.ToString();
    }

    private static string Row(string table, string metric) =>
        table.Split('\n').Single(line => line.Contains(metric, StringComparison.Ordinal)).TrimEnd('\r', ' ', '│', '|');
}
