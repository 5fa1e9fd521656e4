using Engage.Classifier.Workbench;

namespace Engage.Classifier.Tools;

/// <summary>
/// Holds out one whole source at a time (a public corpus, or one writer's part of data/), trains the default
/// recipe on all the others, and scores the held-out one: the honest test of how the shipped recipe does on
/// comments written by people and campaigns it never saw. The plain ML.NET pipeline trains on exactly the same rows.
/// With <paramref name="options"/>, the recipe's trainer options are replaced (ablations switch families off).
/// </summary>
internal sealed partial class LeaveOneSourceOut(PreviousVerdicts? previous, IReadOnlySet<string> previousSources, TextWriter log, string? errorsFolder = null, TrainerOptions? options = null)
{
    public IReadOnlyList<SourceResult> Run(IReadOnlyList<CorpusSource> sources) => Run(sources, sources);

    /// <summary>Holds out each of <paramref name="heldOut"/> in turn, training on the rest of <paramref name="sources"/>.</summary>
    public IReadOnlyList<SourceResult> Run(IReadOnlyList<CorpusSource> sources, IReadOnlyList<CorpusSource> heldOut) =>
        heldOut.Select(held => Run(held, sources.Where(s => s != held).ToArray())).ToArray();

    private SourceResult Run(CorpusSource heldOut, IReadOnlyList<CorpusSource> others)
    {
        LabeledComment[] train = DefaultModelRecipe.TrainingRows(others);
        log.WriteLine($"  {heldOut.Name}: training on {train.Length} comments from {string.Join(", ", others.Select(o => o.Name))}; testing on {heldOut.Comments.Length}");
        CommentClassifier ours = DefaultModelRecipe.Train(train, options ?? DefaultModelRecipe.Options).Classifier;
        Comment[] test = heldOut.Comments.Select(c => c.Comment).ToArray();
        Verdict[] verdicts = ours.ClassifyBatch(test, includeReasons: errorsFolder is not null);
        if (errorsFolder is not null)
        {
            WriteErrors(errorsFolder, heldOut, verdicts);
        }

        float[] plain = PlainMlNetBaseline.Train(train, DefaultModelRecipe.Options.Seed).ScoreMany(test.Select(c => c.Text));
        Verdict[]? before = previous?.For(heldOut);
        bool saw = previousSources.Contains(heldOut.Name) || (heldOut.Name.StartsWith("data/", StringComparison.Ordinal) && previousSources.Contains("data/"));
        var result = new SourceResult(heldOut, train.Length, ours.SpamThreshold, verdicts, plain, before, saw);
        log.WriteLine($"    genuine→Spam {EvaluationMarkdown.P(result.OursGenuineCalledSpam)}, spam recall {EvaluationMarkdown.P(result.OursSpamRecall)}, 3-class accuracy {EvaluationMarkdown.P(result.OursAccuracy)}; plain {EvaluationMarkdown.P(result.PlainGenuineCalledSpam)} / {EvaluationMarkdown.P(result.PlainSpamRecall)}");
        log.WriteLine("    " + Diagnostics(heldOut.Comments, verdicts));
        return result;
    }
}
