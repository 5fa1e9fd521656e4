using System.CommandLine;
using System.Text;
using Engage.Classifier.Cli.Input;
using Engage.Classifier.Cli.Output;
using Engage.Classifier.Cli.Progress;
using Engage.Classifier.Evaluation;
using Engage.Classifier.Training;

namespace Engage.Classifier.Cli.Commands;

/// <summary>
/// <c>engage train</c>: trains a model from labeled CSVs, prints the held-out report (tables or <c>--json</c>) on
/// standard output and saves the model; progress and notes go to standard error.
/// </summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var comments = CliOptions.Comments("Labeled comments CSV (content and label columns; thread for honest held-out numbers).", required: true);
        var posts = CliOptions.Posts();
        var output = new Option<string>("--out") { Description = "Where to save the model.", HelpName = "model.zip", Required = true };
        CliOptions.NoStandardOutput(output, "a model");
        var seed = new Option<int>("--seed") { Description = "Seed for fold assignment and trainers; same seed and data give the same model.", DefaultValueFactory = _ => new TrainerOptions().Seed }.WholeNumber();
        var folds = new Option<int>("--folds")
        {
            Description = "Folds, grouped by thread, for the held-out report and the threshold; lowered to the number of threads when there are fewer. Without this option, 2 on 50,000 comments or more when two halves each hold a third of the spam (about half the time); given, it is kept on any size. Lower it when a fold is left without spam.",
            HelpName = "count",
            DefaultValueFactory = _ => new TrainerOptions().Folds,
        }.AtLeast(2);
        var targetFpr = CliOptions.TargetFalsePositiveRate("Highest share of genuine comments the chosen spam threshold may call spam, on held-out threads.");
        var corrections = new Option<string>("--corrections") { Description = "Moderator corrections, an id,label CSV: their labels replace those of the comments with the same id.", HelpName = "corrections.csv" };
        var correctionWeight = new Option<double>("--correction-weight")
        {
            Description = "How much each correction counts in training, against 1 for every other comment.",
            HelpName = "weight",
            DefaultValueFactory = _ => Corrections.DefaultWeight,
        }.AboveZero();
        var withDefaultCorpus = new Option<bool>("--with-default-corpus")
        {
            Description = "Also train on the default corpus shipped in the package (about 5,000 invented blog comments); your comments together weigh as much as all of it, and the held-out report and threshold count yours only.",
        };
        var json = new Option<bool>("--json") { Description = "Print the training summary and held-out report as one JSON object instead of tables." };
        var encoding = CliOptions.Encoding();

        var command = new Command("train", "Train a model from labeled comments and print what it scored on held-out threads.")
        {
            comments, posts, corrections, correctionWeight, output, seed, folds, targetFpr, withDefaultCorpus, json, encoding,
        };
        command.SetAction(parsed => Run(
            context,
            new TrainRequest(
                parsed.GetRequiredValue(comments),
                parsed.GetValue(posts),
                parsed.GetValue(corrections),
                parsed.GetValue(correctionWeight),
                parsed.GetRequiredValue(output),
                new TrainerOptions { Seed = parsed.GetValue(seed), Folds = parsed.GetValue(folds), FewerFoldsOnLargeData = parsed.GetResult(folds) is null or { Implicit: true }, TargetFalsePositiveRate = parsed.GetValue(targetFpr), WithDefaultCorpus = parsed.GetValue(withDefaultCorpus) },
                parsed.GetValue(encoding),
                parsed.GetValue(json))));
        return command;
    }

    /// <summary>The warning when the same text carries more than one label (<see cref="TrainingReport.TextsWithSeveralLabels"/>), with the first as an example; <see langword="null"/> when none does.</summary>
    internal static string? SeveralLabelsWarning(IReadOnlyList<(string Text, CommentLabel[] Labels)> texts)
    {
        if (texts.Count == 0)
        {
            return null;
        }

        var (text, labels) = texts[0];
        string named = string.Join(" and ", labels.Select(l => LabelNames.Display(l).ToLowerInvariant()));
        string which = texts.Count == 1
            ? $"the text {SafeText.Quote(text)} carries more than one label (case and spacing aside), {named}"
            : $"{Numbers.Count(texts.Count)} texts carry more than one label (case and spacing aside), such as {SafeText.Quote(text)}, labeled {named}";
        return $"{which}: the model learns it both ways. Check those labels; keep them only where the thread or the author made the difference.";
    }

    /// <summary>The warning when comments have no thread: each is its own thread in the folds, so the held-out numbers are optimistic.</summary>
    internal static string WithoutThreadWarning(int withoutThread, int comments) =>
        $"{Numbers.Count(withoutThread)} of the {Numbers.Count(comments)} comments have no thread; each of them counts as a thread of its own, so the held-out report scores them beside comments of the same real thread the model trained on, and its numbers are optimistic. Give a 'thread' column (the post or page each comment belongs to) for honest held-out numbers.";

    private static int Run(CliContext context, TrainRequest request)
    {
        OutputPath.Check(request.OutputPath, "--out", "model.zip");
        OutputPath.CheckNotInput(request.OutputPath, "--out", request.CommentsPath, "--comments");
        CommentInputs inputs = CommentInputs.Open(context, request.CommentsPath, request.PostsPath, request.Encoding);
        PostMatch match = inputs.NewMatch();
        // Read whole before training starts, so that a malformed row fails at once.
        Corrections? corrections = ReadCorrections(context, request);
        LabeledComment[] labeled = inputs.ReadLabeled(match)
            .Select(row => Corrected(corrections, row.Record.Id, new LabeledComment(row.Record.Comment, row.Label)))
            .ToArray();
        inputs.Report(context, match);
        if (corrections is not null && corrections.Used < corrections.Count)
        {
            context.Warn(UnmatchedCorrectionsWarning(corrections, inputs.Comments.ShownAs));
        }

        if (SeveralLabelsWarning(RepeatedTexts.WithSeveralLabels(labeled)) is { } severalLabels)
        {
            context.Warn(severalLabels);
        }

        int withoutThread = labeled.Count(c => ThreadGroups.IsOwnThread(c.Comment.ThreadId));
        if (withoutThread > 0)
        {
            context.Warn(WithoutThreadWarning(withoutThread, labeled.Length));
        }

        var trainer = new CommentClassifierTrainer(request.Options);
        TrainingResult result = ProgressDisplay.Run(context, "Training", display =>
        {
            var progress = new SynchronousProgress<TrainingProgress>(p => display.Report(p.Stage, p.Completed, p.Total));
            try
            {
                return trainer.Train(labeled, progress);
            }
            catch (ArgumentException ex)
            {
                // The trainer says why the data cannot train a model (one class only, a single thread, ...).
                throw new CliDataException($"Cannot train on '{inputs.Comments.ShownAs}': {ex.Message.Split(" (Parameter")[0]}{OneThreadAdvice(labeled)}", ex);
            }
        });

        result.Classifier.Save(request.OutputPath);
        TrainingReport report = result.Report;
        if (request.Json)
        {
            context.Output.WriteLine(JsonOutput.Training(report, inputs.Comments.ShownAs, request.OutputPath, corrections));
        }
        else
        {
            ReportTables.WriteTrainingSummary(context.Output, report);
            if (corrections is not null)
            {
                context.Output.WriteLine($"Used {Numbers.Count(corrections.Used)} moderator corrections ({Numbers.Count(corrections.ChangedLabels)} changed a label), each weighing {corrections.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
            }

            string folds = report.DefaultCorpusRows > 0 ? $"{report.Folds} thread folds, the default corpus's threads among yours" : $"{report.Folds} thread folds";
            ReportTables.WriteMetrics(context.Console, report.HeldOut, $"Held-out report ({folds})");
            ReportTables.WriteConfusionMatrix(context.Console, report.HeldOut.ConfusionMatrix);
            ReportTables.WriteGroups(context.Console, report);
        }

        if (FewerFoldsNote(request.Options.Folds, report) is { } fewerFolds)
        {
            context.Error.WriteLine(fewerFolds);
        }

        if (report.TooFewGroupsForThreshold)
        {
            context.Warn(TooFewGroupsWarning(report.Groups.Count(g => !double.IsNaN(g.SpamThreshold)), report.Groups.Count, report.ThresholdBetweenSeparatedScores));
        }

        if (report.ThresholdBetweenSeparatedScores && !report.ThresholdRaisedToDefaultCorpus)
        {
            context.Warn(SeparatedScoresWarning(report));
        }

        int genuine = report.LabelCounts.GetValueOrDefault(CommentLabel.Genuine);
        // A target of 0 (no genuine comment above the threshold) can be measured on any number of them.
        // When the default corpus's threshold was stored, its own warning says why; this one would contradict it.
        if (FalsePositiveEvidence.CannotMeasure(genuine, report.TargetFalsePositiveRate) && !report.ThresholdRaisedToDefaultCorpus)
        {
            context.Warn(TooFewGenuineWarning(genuine, report.TargetFalsePositiveRate));
        }

        if (report.ThresholdRaisedToDefaultCorpus)
        {
            context.Warn(RaisedToDefaultCorpusWarning(genuine, report));
        }

        if (RepeatedTextsWarning(report) is { } repeated)
        {
            context.Warn(repeated);
        }

        context.Error.WriteLine($"Saved the model to {request.OutputPath}");
        return ExitCodes.Success;
    }

    /// <summary>The warning when some corrections name no comment: how many, the first ids, and that a comments file without ids numbers its rows.</summary>
    internal static string UnmatchedCorrectionsWarning(Corrections corrections, string commentsShown)
    {
        int unmatched = corrections.Count - corrections.Used;
        string[] shown = [.. corrections.UnmatchedExamples.Select(id => $"'{id}'")];
        string ids = shown.Length < unmatched ? $"{string.Join(", ", shown)} and {Numbers.Count(unmatched - shown.Length)} more" : string.Join(", ", shown);
        string why = corrections.Used == 0
            ? $" (a comments file without an 'id' column gets its row numbers as ids, 1, 2, 3 ...: give '{commentsShown}' an 'id' column with the ids the corrections name)"
            : string.Empty;
        return $"{Numbers.Count(unmatched)} of the {Numbers.Count(corrections.Count)} corrections name no comment of '{commentsShown}' (ids {ids}); they were not used{why}.";
    }

    /// <summary>What to do when every comment is in one thread, or nothing when they are not.</summary>
    internal static string OneThreadAdvice(IReadOnlyList<LabeledComment> labeled)
    {
        string[] threads = labeled.Select(c => c.Comment.ThreadId).Distinct(StringComparer.Ordinal).Take(2).Select(t => t ?? string.Empty).ToArray();
        return threads.Length == 1 && !ThreadGroups.IsOwnThread(threads[0])
            ? $" All {Numbers.Count(labeled.Count)} comments are in thread '{threads[0]}': label comments of a second thread, or leave the thread column empty so that each comment counts as a thread of its own (the held-out numbers are then optimistic)."
            : string.Empty;
    }

    /// <summary>Why fewer folds were trained than asked for (a large training set, or fewer threads), or <see langword="null"/> when they were not.</summary>
    internal static string? FewerFoldsNote(int asked, TrainingReport report)
    {
        if (report.Folds >= asked)
        {
            return null;
        }

        string why = report.Options.Folds < asked
            ? $"{Numbers.Count(report.TrainingRows + report.DefaultCorpusRows)} comments are a large training set, where two folds measure as well in about half the time (give --folds to keep yours)"
            : $"the comments have only {Numbers.Count(report.Folds)} threads{(report.DefaultCorpusRows > 0 ? ", the default corpus's included" : string.Empty)}, and a fold holds whole threads";
        return $"Trained {Numbers.Count(report.Folds)} folds, not {Numbers.Count(asked)}: {why}.";
    }

    /// <summary>
    /// The warning when at least 1% of the comments repeat a text found in another fold's threads
    /// (<see cref="TrainingReport.RepeatedAcrossFolds"/>), or <see langword="null"/>: below that, a few copies of short
    /// praise barely move the held-out numbers.
    /// </summary>
    internal static string? RepeatedTextsWarning(TrainingReport report)
    {
        int repeated = report.RepeatedAcrossFolds.Values.Sum();
        if (repeated == 0 || repeated < 0.01 * report.TrainingRows)
        {
            return null;
        }

        string[] counts = [.. Enum.GetValues<CommentLabel>()
            .Where(report.RepeatedAcrossFolds.ContainsKey)
            .Select(l => $"{Numbers.Count(report.RepeatedAcrossFolds[l])} {LabelNames.Display(l).ToLowerInvariant()}")];
        string byLabel = counts.Length == 1 ? counts[0] : $"{string.Join(", ", counts[..^1])} and {counts[^1]}";
        return $"{byLabel} comments repeat a text (case and spacing aside) that also sits in another fold's threads, such as the same spam posted to several threads: the held-out numbers score them with models that trained on their copies, so they read better than they would on text the model never saw. Read them as optimistic, or measure on a copy of the file that keeps one copy of each text.";
    }

    /// <summary>The warning when too few genuine comments were given to measure the target false-positive rate at all.</summary>
    internal static string TooFewGenuineWarning(int genuine, double target) =>
        $"only {Numbers.Count(genuine)} genuine comments: a genuine false-positive rate of {Numbers.Percent(target)} cannot be measured on fewer than {Numbers.Count(FalsePositiveEvidence.GenuineToMeasureAtAll(target))}, so the threshold keeps none of them above it, which promises nothing about the next genuine comment. Label more genuine comments.";

    /// <summary>The warning when the default corpus's threshold was stored because the given genuine comments were too few to measure the target.</summary>
    internal static string RaisedToDefaultCorpusWarning(int genuine, TrainingReport report) =>
        $"your {Numbers.Count(genuine)} genuine comments are too few to measure a genuine false-positive rate of {Numbers.Percent(report.TargetFalsePositiveRate)} reliably (that takes {Numbers.Count(FalsePositiveEvidence.GenuineToMeasureReliably(report.TargetFalsePositiveRate))}, enough to see {FalsePositiveEvidence.FalsePositivesToMeasureReliably} false positives), so the stored spam threshold is the one the default corpus's own held-out scores need for it, {report.SpamThreshold.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)}, higher than your comments alone chose: calling a real comment spam costs more than letting a spam through. Label more genuine comments, or calibrate on the new thread's first labeled comments ('engage calibrate').";

    /// <summary>
    /// What the threshold cannot promise when fewer than five threads (or sources) had their own threshold, and which
    /// threshold was stored instead: the mean of the own thresholds (two to four) or the one chosen on all comments pooled.
    /// </summary>
    /// <param name="withOwnThreshold">Held-out groups that had enough genuine comments and spam for their own threshold.</param>
    /// <param name="separated">Whether that threshold was then moved halfway toward 0.05 (<see cref="TrainingReport.ThresholdBetweenSeparatedScores"/>).</param>
    internal static string TooFewGroupsWarning(int withOwnThreshold, int groups, bool separated = false)
    {
        string had = withOwnThreshold switch
        {
            0 => "no thread (or source) had enough comments to measure its own threshold",
            _ when withOwnThreshold == groups => $"the comments come from only {Numbers.Count(groups)} thread{(groups == 1 ? string.Empty : "s")} (or sources), each with enough comments to measure its own threshold",
            1 => "only 1 thread (or source) had enough comments to measure its own threshold",
            _ => $"only {withOwnThreshold} threads (or sources) had enough comments to measure their own threshold",
        };
        string rest = $"it takes {GroupThresholds.GenuinePerGroup} genuine comments and some spam"
            + (withOwnThreshold == groups ? string.Empty : "; the table shows n/a for the rest");
        string from = withOwnThreshold >= GroupThresholds.GroupsForMean
            ? $"the mean of those {withOwnThreshold} own thresholds"
            : "the one chosen on all held-out comments together";
        string stored = separated
            ? $"the stored threshold starts from {from}, moved halfway toward 0.05 (the next warning says why)"
            : $"the stored threshold is {from}";

        return $"{had} ({rest}), and five are needed to see how far the threshold moves from thread to thread; {stored}, and the genuine false-positive rate on the next thread may stray well beyond the target. Label comments from more threads, or calibrate the model on the new thread's first labeled comments ('engage calibrate').";
    }

    /// <summary>The warning when the held-out scores separated perfectly and the threshold was stored in the middle of the empty span.</summary>
    internal static string SeparatedScoresWarning(TrainingReport report) =>
        SeparatedScoresMessage.Of(report.SpamThreshold, "held out", "the threshold the held-out spam comments set", "Label genuine comments that carry links or contacts, or calibrate on the new thread's first labeled comments ('engage calibrate').");

    private static LabeledComment Corrected(Corrections? corrections, string id, LabeledComment comment) => corrections?.Apply(id, comment) ?? comment;

    private static Corrections? ReadCorrections(CliContext context, TrainRequest request)
    {
        if (request.CorrectionsPath is null)
        {
            return null;
        }

        InputFile file = InputFile.Open(context, request.CorrectionsPath, request.Encoding);
        return Corrections.Read(file, request.CorrectionWeight);
    }

    private sealed record TrainRequest(string CommentsPath, string? PostsPath, string? CorrectionsPath, double CorrectionWeight, string OutputPath, TrainerOptions Options, Encoding? Encoding, bool Json);
}
