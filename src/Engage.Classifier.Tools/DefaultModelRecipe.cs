using Engage.Classifier.Training;

namespace Engage.Classifier.Tools;

/// <summary>
/// How the embedded default model is made: every part of the team's corpus and every public comment corpus in
/// ../shared/data (SMS stays out: it is not comments), a sample of the Stack Exchange spam, each row marked with its
/// source (the training report breaks its held-out numbers down by source) and weighted so no source dominates;
/// default trainer options (folds hold out threads: see <see cref="TrainerOptions.HoldOutSources"/> and data/EVALUATION.md).
/// Deterministic: the same corpora give the same model.
/// </summary>
internal static class DefaultModelRecipe
{
    /// <summary>Stack Exchange spam rows taken (every n-th row, in file order): real spam campaigns without 10,000 rows of one kind.</summary>
    public const int StackExchangeSample = 2_000;

    /// <summary>How evenly sources count (<see cref="SourceBalance"/>, the rule's owner).</summary>
    public const double BalancePower = SourceBalance.RecipePower;

    /// <summary>
    /// Default trainer options, with the relevance-by-meaning family switched off in the trees: the leave-one-source-out
    /// ablation (data/EVALUATION.md, "Relevance by meaning: ablation") found no gain from it as a model feature. Its values
    /// are still computed for <see cref="Verdict.Relevance"/> and the thread rules, where they measured better.
    /// </summary>
    public static TrainerOptions Options { get; } = new() { SwitchedOffFamilies = [nameof(Signals.Families.SemanticSignals)] };

    /// <summary>The sources the shipped model trains on: the parts of data/ and the public comment corpora.</summary>
    public static IReadOnlyList<CorpusSource> Sources(Corpora corpora) =>
        [.. corpora.BlogParts(), .. Corpora.RealCommentCorpora.Select(corpora.Source)];

    /// <summary>The training rows the recipe takes from <paramref name="sources"/>, marked with their source and weighted.</summary>
    public static LabeledComment[] TrainingRows(IEnumerable<CorpusSource> sources)
    {
        LabeledComment[][] taken = sources
            .Select(s => (s.Name == Corpora.StackExchange ? EveryNth(s.TrainingComments, StackExchangeSample) : s.TrainingComments).Select(r => r with { Source = s.Name }).ToArray())
            .ToArray();
        return SourceBalance.Balanced(taken, BalancePower).SelectMany(rows => rows).ToArray();
    }

    public static TrainingResult Train(Corpora corpora, IProgress<TrainingProgress>? progress = null) =>
        Train(TrainingRows(Sources(corpora)), progress);

    public static TrainingResult Train(LabeledComment[] rows, IProgress<TrainingProgress>? progress = null) =>
        Train(rows, Options, progress);

    public static TrainingResult Train(LabeledComment[] rows, TrainerOptions options, IProgress<TrainingProgress>? progress = null) =>
        new CommentClassifierTrainer(options).Train(rows, progress);

    public static LabeledComment[] EveryNth(LabeledComment[] rows, int count)
    {
        if (rows.Length <= count)
        {
            return rows;
        }

        double step = rows.Length / (double)count;
        return Enumerable.Range(0, count).Select(i => rows[(int)(i * step)]).ToArray();
    }
}
