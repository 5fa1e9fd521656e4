namespace Engage.Classifier.Tools;

/// <summary>
/// How the embedded default model is made: the team's blog corpus plus the public YouTube comments,
/// and a sample of real forum spam from Stack Exchange, with the default trainer options.
/// Deterministic: the same corpora give the same model.
/// </summary>
internal static class DefaultModelRecipe
{
    /// <summary>Stack Exchange spam rows taken (every n-th row, in file order) so real spam campaigns are represented without swamping the blog corpus.</summary>
    public const int StackExchangeSample = 1_000;

    public static TrainerOptions Options { get; } = new();

    public static LabeledComment[] TrainingData(Corpora corpora) =>
        [.. corpora.Blog(), .. corpora.Shared(Corpora.YouTube), .. EveryNth(corpora.Shared(Corpora.StackExchange), StackExchangeSample)];

    public static TrainingResult Train(Corpora corpora, IProgress<TrainingProgress>? progress = null) =>
        new CommentClassifierTrainer(Options).Train(TrainingData(corpora), progress);

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
