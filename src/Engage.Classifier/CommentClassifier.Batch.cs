
namespace Engage.Classifier;

// Classifying many comments (a batch, in parallel, or a stream) and evaluating on labeled ones.
public sealed partial class CommentClassifier
{
    /// <summary>
    /// Classifies many comments, in parallel for large batches. Results are in input order. Every item is checked
    /// before any is scored.
    /// </summary>
    /// <param name="comments">The comments.</param>
    /// <param name="includeReasons">Whether to explain each verdict (a fraction of the cost of the verdicts; see the class remarks).</param>
    /// <param name="cancellationToken">Checked between comments, on every thread of a parallel batch.</param>
    /// <returns>One verdict per comment, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comments"/> is null.</exception>
    /// <exception cref="ArgumentException">An item is null; the message names its index (<c>comments[3]</c>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; no verdicts are returned.</exception>
    public Verdict[] ClassifyBatch(IReadOnlyList<Comment> comments, bool includeReasons = true, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(comments);
        Guard.NoNullItems(comments);
        cancellationToken.ThrowIfCancellationRequested();
        var verdicts = new Verdict[comments.Count];
        if (comments.Count < ParallelBatchThreshold)
        {
            for (int i = 0; i < verdicts.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                verdicts[i] = Classify(comments[i], includeReasons);
            }

            return verdicts;
        }

        int chunks = Environment.ProcessorCount * ChunksPerCore;
        int chunkSize = (comments.Count + chunks - 1) / chunks;
        try
        {
            // The token stops new chunks from starting; each chunk also stops between comments.
            Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken }, chunk =>
            {
                int end = Math.Min(comments.Count, (chunk + 1) * chunkSize);
                for (int i = chunk * chunkSize; i < end && !cancellationToken.IsCancellationRequested; i++)
                {
                    verdicts[i] = Classify(comments[i], includeReasons);
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            // Callers see the exception a sequential batch would throw, not the parallel loop's wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return verdicts;
    }

    /// <summary>Classifies a sequence of comments lazily, one at a time, in order; memory does not grow with the input.</summary>
    /// <param name="comments">The comments; enumerated once, as the verdicts are.</param>
    /// <param name="includeReasons">Whether to explain each verdict (a fraction of the cost of the verdicts; see the class remarks).</param>
    /// <param name="cancellationToken">Checked before each comment.</param>
    /// <returns>A lazy sequence of verdicts, one per comment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comments"/> is null.</exception>
    /// <exception cref="ArgumentException">While enumerating: an item is null; the message names its index (<c>comments[3]</c>).</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    public IEnumerable<Verdict> ClassifyStream(IEnumerable<Comment> comments, bool includeReasons = true, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(comments);
        return Iterate();

        IEnumerable<Verdict> Iterate()
        {
            long index = 0;
            foreach (Comment comment in comments)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return Classify(Guard.ItemNotNull(comment, index++, nameof(comments)), includeReasons);
            }
        }
    }

    /// <summary>Scores labeled comments (without reasons) and measures the verdicts against their labels.</summary>
    /// <param name="comments">Labeled comments the model was not trained on; every item is checked before any is scored.</param>
    /// <param name="cancellationToken">Checked while reading <paramref name="comments"/> and between comments while scoring.</param>
    /// <returns>Accuracy, spam precision and recall, genuine false-positive rate, AUC, the confusion matrix and a threshold table, at <see cref="SpamThreshold"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comments"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no comments, or an item, its comment or its label is null or undefined; the message names its index.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public EvaluationReport Evaluate(IEnumerable<LabeledComment> comments, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(comments);
        var examples = new List<LabeledComment>();
        foreach (LabeledComment example in comments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Guard.ItemNotNull(example, examples.Count, nameof(comments));
            Guard.ValidItem(example.Comment is not null, examples.Count, nameof(comments), "has a null Comment");
            Guard.ValidItem(Enum.IsDefined(example.Label), examples.Count, nameof(comments), $"has Label {(int)example.Label}, which is not a CommentLabel");

            examples.Add(example);
        }

        if (examples.Count == 0)
        {
            throw new ArgumentException("Nothing to evaluate: no comments.", nameof(comments));
        }

        Verdict[] verdicts = ClassifyBatch(examples.Select(e => e.Comment).ToArray(), includeReasons: false, cancellationToken);
        return EvaluationReport.Compute(examples.Select(e => e.Label).ToArray(), verdicts, SpamThreshold, examples.Select(e => e.Comment.ThreadId).ToArray());
    }
}
