using Engage.Classifier.Moderation;
using Engage.Classifier.Training;
using Spectre.Console;

namespace Engage.Classifier.Cli.Output;

/// <summary>The tables <c>train</c>, <c>evaluate</c> and <c>diff</c> print: metrics, confusion matrix, thresholds, flips.</summary>
internal static class ReportTables
{
    private const int MaxGroupRows = 20;

    /// <summary>Characters after which a thread or source name may wrap: those of slugs, paths, addresses and ids ("site#12").</summary>
    private const string NameSeparators = "-_/.#:?&=";

    public static void WriteTrainingSummary(TextWriter output, TrainingReport report)
    {
        var counts = string.Join(", ", Enum.GetValues<CommentLabel>().Select(l => $"{report.LabelCounts.GetValueOrDefault(l)} {LabelCodes.Of(l)}"));
        output.WriteLine($"Trained on {Numbers.Count(report.TrainingRows)} comments ({counts}).");
        if (report.DefaultCorpusRows > 0)
        {
            output.WriteLine($"Added the default corpus: {Numbers.Count(report.DefaultCorpusRows)} comments, together weighing as much as yours and shared out among the folds with your threads; the held-out report and the threshold count your comments only.");
        }

        output.WriteLine(report.LearnedLowRelevance
            ? "Learned the low_relevance label."
            : $"Too few low_relevance examples to learn that label ({Numbers.Count(report.LabelCounts.GetValueOrDefault(CommentLabel.LowRelevance))} of yours; it takes {TrainerDefaults.MinimumLowRelevanceExamples}, and as many genuine): the model tells spam from the rest.");
        output.WriteLine(report.ThresholdRaisedToDefaultCorpus
            ? $"Spam threshold {Numbers.Threshold(report.SpamThreshold)}, the default corpus's for a genuine false-positive rate of at most {Numbers.Percent(report.TargetFalsePositiveRate)}: your genuine comments are too few to measure that rate, and alone they chose a lower threshold."
            : report.ThresholdBetweenSeparatedScores
                ? $"Spam threshold {Numbers.Threshold(report.SpamThreshold)}, halfway between 0.05 and the threshold the held-out spam set for a genuine false-positive rate of at most {Numbers.Percent(report.TargetFalsePositiveRate)}: no genuine comment of yours scored like spam held out."
                : $"Spam threshold {Numbers.Threshold(report.SpamThreshold)}, chosen for a genuine false-positive rate of at most {Numbers.Percent(report.TargetFalsePositiveRate)}.");
    }

    /// <summary>The held-out numbers group by group (thread or source) and their spread, so the pooled figures are not the only ones.</summary>
    public static void WriteGroups(IAnsiConsole console, TrainingReport report)
    {
        if (report.Groups.Count == 0)
        {
            return;
        }

        // Groups are sources when the comments name three or more (TrainingReport.Groups), even when the folds held out threads.
        var table = new Table().Border(TableBorder.Rounded).Title("Held out, group by group")
            .AddColumn("Thread or source")
            .AddColumn(new TableColumn("Comments").RightAligned())
            .AddColumn(new TableColumn("Accuracy").RightAligned())
            .AddColumn(new TableColumn("Genuine FPR").RightAligned())
            .AddColumn(new TableColumn("Spam recall").RightAligned())
            .AddColumn(new TableColumn("Own threshold").RightAligned());
        foreach (HeldOutGroup group in report.Groups.Take(MaxGroupRows))
        {
            table.AddRow(GroupName(group.Name), new Markup(Numbers.Count(group.Comments)), new Markup(Numbers.Percent(group.Accuracy)), new Markup(Numbers.Percent(group.GenuineFalsePositiveRate)), new Markup(Numbers.Percent(group.SpamRecall)), new Markup(Numbers.Probability(group.SpamThreshold)));
        }

        console.Write(table);
        if (report.Groups.Count > MaxGroupRows)
        {
            console.WriteLine($"({report.Groups.Count - MaxGroupRows} smaller groups not shown; --json lists all.)");
        }

        Spread accuracy = report.AccuracySpread, fpr = report.FalsePositiveRateSpread;
        console.WriteLine($"Spread over {accuracy.Groups} held-out groups: accuracy {Numbers.Percent(accuracy.Lowest)} to {Numbers.Percent(accuracy.Highest)} (median {Numbers.Percent(accuracy.Median)}), genuine FPR {Numbers.Percent(fpr.Lowest)} to {Numbers.Percent(fpr.Highest)} (median {Numbers.Percent(fpr.Median)}).");
    }

    /// <summary>
    /// A thread or source name as a table cell: it wraps between words and after the separators of slugs and addresses
    /// ("balcony-" / "tomatoes"), never mid-word; a piece too long for the column ends in an ellipsis (--json has the name in full).
    /// </summary>
    internal static Paragraph GroupName(string name)
    {
        // The paragraph may break a line between the pieces appended to it, and only there.
        var cell = new Paragraph { Overflow = Overflow.Ellipsis };
        int start = 0;
        for (int i = 0; i < name.Length; i++)
        {
            if (NameSeparators.Contains(name[i]) && i + 1 < name.Length)
            {
                cell.Append(name[start..(i + 1)]);
                start = i + 1;
            }
        }

        return cell.Append(name[start..]);
    }

    public static void WriteMetrics(IAnsiConsole console, EvaluationReport report, string title)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title))
            .AddColumn("Metric")
            .AddColumn(new TableColumn("Value").RightAligned());
        table.AddRow("Comments", Numbers.Count(report.Count));
        table.AddRow("Threads", Numbers.Count(report.ThreadCount));
        table.AddRow("Accuracy", Numbers.Percent(report.Accuracy));
        // With no spam among the comments, or none called spam, the ratios have nothing to divide by: the report's
        // conventions (recall 0, precision 1) are not measurements, so they print as n/a.
        bool anySpam = Enum.GetValues<CommentLabel>().Any(predicted => report.ConfusionMatrix[CommentLabel.Spam, predicted] > 0);
        bool anyCalledSpam = Enum.GetValues<CommentLabel>().Any(actual => report.ConfusionMatrix[actual, CommentLabel.Spam] > 0);
        table.AddRow("Spam precision", anyCalledSpam ? Numbers.Percent(report.SpamPrecision) : "n/a");
        table.AddRow("Spam recall", anySpam ? Numbers.Percent(report.SpamRecall) : "n/a");
        table.AddRow("Spam F1", anySpam && anyCalledSpam ? Numbers.Probability(report.SpamF1) : "n/a");
        table.AddRow("AUC", Numbers.Probability(report.Auc));
        table.AddRow("Genuine false-positive rate", Numbers.Percent(report.GenuineFalsePositiveRate));
        table.AddRow("Spam threshold", Numbers.Threshold(report.SpamThreshold));
        console.Write(table);
    }

    public static void WriteConfusionMatrix(IAnsiConsole console, ConfusionMatrix matrix)
    {
        CommentLabel[] labels = Enum.GetValues<CommentLabel>();
        var table = new Table().Border(TableBorder.Rounded).Title("Confusion matrix")
            .AddColumn("True \\ predicted");
        foreach (CommentLabel predicted in labels)
        {
            table.AddColumn(new TableColumn(LabelCodes.Of(predicted)).RightAligned());
        }

        foreach (CommentLabel actual in labels)
        {
            table.AddRow([LabelCodes.Of(actual), .. labels.Select(p => Numbers.Count(matrix[actual, p]))]);
        }

        console.Write(table);
    }

    public static void WriteThresholds(IAnsiConsole console, EvaluationReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("If the spam threshold were ...")
            .AddColumn(new TableColumn("Threshold").RightAligned())
            .AddColumn(new TableColumn("Spam precision").RightAligned())
            .AddColumn(new TableColumn("Spam recall").RightAligned())
            .AddColumn(new TableColumn("Genuine FPR").RightAligned());
        foreach (ThresholdPoint point in report.Thresholds)
        {
            bool current = Math.Abs(point.Threshold - report.SpamThreshold) < 1e-9;
            string threshold = Numbers.Threshold(point.Threshold) + (current ? " *" : string.Empty);
            table.AddRow(threshold, Numbers.Percent(point.SpamPrecision), Numbers.Percent(point.SpamRecall), Numbers.Percent(point.GenuineFalsePositiveRate));
        }

        console.Write(table);
    }

    /// <summary>The flipped comments (before → after, both spam probabilities) and the changes counted by direction.</summary>
    public static void WriteFlips(IAnsiConsole console, VerdictFlips flips, IReadOnlyDictionary<VerdictFlips.Flip, string> excerpts)
    {
        if (flips.Flips.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Comments that flip")
                .AddColumn("Id")
                .AddColumn("Label")
                .AddColumn("Action")
                .AddColumn(new TableColumn("Spam probability").RightAligned())
                .AddColumn("Text");
            foreach (VerdictFlips.Flip flip in flips.Flips)
            {
                Verdict before = flip.Before.Verdict, after = flip.After.Verdict;
                table.AddRow(
                    Markup.Escape(flip.Id),
                    $"{LabelNames.Markup(before.Label)} → {LabelNames.Markup(after.Label)}",
                    $"{ActionNames.Markup(flip.Before.PolicyAction)} → {ActionNames.Markup(flip.After.PolicyAction)}",
                    $"{Numbers.SpamProbability(before.SpamProbability, before.Label)} → {Numbers.SpamProbability(after.SpamProbability, after.Label)}",
                    Markup.Escape(SafeText.Clean(excerpts.GetValueOrDefault(flip, string.Empty))));
            }

            console.Write(table);
        }

        var counts = new Table().Border(TableBorder.Rounded).Title("Changes by direction")
            .AddColumn("Change")
            .AddColumn(new TableColumn("Comments").RightAligned());
        foreach (var ((from, to), count) in flips.LabelChanges)
        {
            counts.AddRow($"label {LabelCodes.Of(from)} → {LabelCodes.Of(to)}", Numbers.Count(count));
        }

        foreach (var ((from, to), count) in flips.ActionChanges)
        {
            counts.AddRow($"action {ActionNames.Code(from)} → {ActionNames.Code(to)}", Numbers.Count(count));
        }

        counts.AddRow("[bold]Comments that flip[/]", $"[bold]{Numbers.Count(flips.Flips.Count)}[/]");
        counts.AddRow("Comments compared", Numbers.Count(flips.Compared));
        console.Write(counts);
    }
}
