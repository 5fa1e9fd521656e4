using System.Diagnostics;

namespace Engage.Classifier.Tools;

/// <summary>Runs the leave-one-source-out evaluation over every part of data/ and every public comment corpus.</summary>
internal static class SourceEvaluationCommand
{
    /// <summary>The sources the previous default model (trained before corpus v2 and the real-data recipe) was trained on.</summary>
    private static readonly HashSet<string> PreviousDefaultSources = new(["data/", Corpora.YouTube, Corpora.StackExchange], StringComparer.Ordinal);

    public static IReadOnlyList<SourceResult> Run(Corpora corpora, string? previousVerdictsFolder, IReadOnlyCollection<string> only, string? errorsFolder, TextWriter log, IReadOnlyList<string>? switchedOff = null)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<CorpusSource> sources = DefaultModelRecipe.Sources(corpora);
        foreach (CorpusSource source in sources)
        {
            log.WriteLine(source);
        }

        PreviousVerdicts? previous = previousVerdictsFolder is null ? null : new PreviousVerdicts(previousVerdictsFolder);
        TrainerOptions options = switchedOff is null ? DefaultModelRecipe.Options : DefaultModelRecipe.Options with { SwitchedOffFamilies = switchedOff };
        log.WriteLine($"switched off in training: {(options.SwitchedOffFamilies.Count == 0 ? "nothing" : string.Join(", ", options.SwitchedOffFamilies))}");

        var evaluation = new LeaveOneSourceOut(previous, PreviousDefaultSources, log, errorsFolder, options);
        IReadOnlyList<SourceResult> results = evaluation.Run(sources, only.Count == 0 ? sources : sources.Where(s => only.Contains(s.Name)).ToArray());
        log.WriteLine($"leave-one-source-out: {clock.Elapsed.TotalMinutes:F1} minutes on {Environment.ProcessorCount} cores");
        return results;
    }
}
