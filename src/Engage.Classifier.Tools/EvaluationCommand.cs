using System.Diagnostics;

namespace Engage.Classifier.Tools;

/// <summary>
/// Runs every held-out evaluation and writes data/EVALUATION.md. Sections measured by slower commands of their own (the
/// ablations) are pasted below <see cref="RecordedMarker"/> with the command that measured them; that part of an
/// existing file is kept as it is.
/// </summary>
internal static class EvaluationCommand
{
    /// <summary>The line after which data/EVALUATION.md holds sections recorded by other commands.</summary>
    public const string RecordedMarker = "<!-- Sections below are recorded by the commands they name, not by `evaluate`, which keeps them. -->";

    public static void Run(Corpora corpora, string outputPath, string? previousVerdictsFolder, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var md = new EvaluationMarkdown();
        md.Line("# Evaluation");
        md.Line();
        md.Line("Written by `dotnet run -c Release --project src/Engage.Classifier.Tools -- evaluate` (see README). Every number is measured on");
        md.Line("comments whose whole source (or thread) was held out of training. \"Ours\" is `CommentClassifierTrainer` with default options at the");
        md.Line("threshold it stores; \"plain\" is ML.NET `FeaturizeText` + `SdcaLogisticRegression` on the text alone at 0.5, trained on exactly the");
        md.Line("same rows. Genuine→Spam is the share of genuine comments called spam (the costly mistake); spam recall the share of spam called");
        md.Line("spam; 3-class accuracy counts a low-relevance verdict on a genuine comment as an error.");
        md.Line();

        log.WriteLine("Leave one source out:");
        IReadOnlyList<SourceResult> sources = SourceEvaluationCommand.Run(corpora, previousVerdictsFolder, [], errorsFolder: null, log);
        md.Line("## Leave one source out (the default recipe)");
        md.Line();
        md.Line("Each row: the default recipe (every part of data/ and every public comment corpus in ../shared/data, Stack Exchange sampled to");
        md.Line($"{DefaultModelRecipe.StackExchangeSample:N0} rows, sources weighted by (mean size / size)^{DefaultModelRecipe.BalancePower}) trained without that source, then scored on all of it.");
        md.Line("The previous default model is the one shipped before this recipe (data/ v1, YouTube, 1,000 Stack Exchange rows); where it was trained on");
        md.Line("a source (or on the first version of data/), its numbers there are not held out.");
        md.Line();
        md.SourceTable(sources);

        log.WriteLine("Payload coverage:");
        md.Line("## Payload coverage");
        md.Line();
        md.Line("Share of comments per source and label that carry each kind of payload (`payload-coverage`). Spam needs a payload, so spam without one");
        md.Line("is recall the rule gives up; genuine comments with one are where the model, not the rule, decides.");
        md.Line();
        var coverage = new StringWriter();
        PayloadCoverageCommand.Run(corpora, examples: 0, rowsFile: null, coverage);
        md.Line(coverage.ToString().TrimEnd());
        md.Line();

        md.Line(LeaveOneVideoOutCommand.Section(corpora, log).TrimEnd());
        md.Line();
        log.WriteLine("Calibrating the default model to each corpus:");
        md.Line(CalibrationCommand.Section(corpora, log).TrimEnd());
        md.Line();
        log.WriteLine("Thread context:");
        md.Line("## Thread context on the corpora");
        md.Line();
        md.Line("What the thread rules change when every corpus is classified in file order, grouped by thread id");
        md.Line("(`CommentClassifier.ClassifyThread`), against one comment at a time, with the shipped default model (`thread-context`). File order is a");
        md.Line("stand-in for the order the comments were written.");
        md.Line();
        var thread = new StringWriter();
        ThreadContextCommand.Run(corpora, thread);
        md.Line(thread.ToString().TrimEnd());
        md.Line();
        log.WriteLine("Moderation actions of the default model:");
        md.Line(ModerationTable.Section(CommentClassifier.LoadDefault(), ModerationPolicy.Default, RegressionSet.Load(corpora), "dotnet run -c Release --project src/Engage.Classifier.Tools -- moderation"));
        md.Line($"Total evaluation time: {clock.Elapsed.TotalMinutes:F1} minutes on {Environment.ProcessorCount} cores.");
        md.Line();
        md.Line(RecordedMarker);
        File.WriteAllText(outputPath, md.ToString() + Recorded(outputPath));
        log.WriteLine($"wrote {outputPath}");
    }

    /// <summary>What an existing report holds below <see cref="RecordedMarker"/>, or nothing.</summary>
    private static string Recorded(string path)
    {
        if (!File.Exists(path))
        {
            return string.Empty;
        }

        string existing = File.ReadAllText(path);
        int at = existing.IndexOf(RecordedMarker, StringComparison.Ordinal);
        return at < 0 ? string.Empty : existing[(at + RecordedMarker.Length)..];
    }
}
