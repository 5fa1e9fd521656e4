namespace Engage.Classifier.Tests;

/// <summary>
/// Cancellation of batches, streams and evaluations: honoured between comments (on every thread of a parallel batch),
/// surfacing as <see cref="OperationCanceledException"/>, never wrapped.
/// </summary>
public sealed class CancellationTests
{
    private readonly CommentClassifier _classifier = CommentClassifier.LoadDefault();

    [Theory]
    [InlineData(10)]
    [InlineData(2_000)]
    public void ClassifyBatch_CancelledBeforehand_ScoresNothing(int size)
    {
        var comments = new CancellingList(size, cancelAtScoringRead: int.MaxValue);
        comments.Source.Cancel();

        Action act = () => _classifier.ClassifyBatch(comments, cancellationToken: comments.Source.Token);

        act.Should().Throw<OperationCanceledException>();
        comments.ScoringReads.Should().Be(0);
    }

    [Theory]
    [InlineData(100, 10)]
    [InlineData(2_000, 10)]
    [InlineData(20_000, 500)]
    public void ClassifyBatch_CancelledWhileScoring_StopsWithinAFewComments(int size, int cancelAt)
    {
        var comments = new CancellingList(size, cancelAt);

        Action act = () => _classifier.ClassifyBatch(comments, includeReasons: false, cancellationToken: comments.Source.Token);

        act.Should().Throw<OperationCanceledException>();

        // Every thread stops at its next comment: at most one more comment per parallel chunk is read.
        comments.ScoringReads.Should().BeLessThan(cancelAt + 1 + (Environment.ProcessorCount * 4) + 1);
    }

    [Fact]
    public void ClassifyStream_CancelledWhileReading_StopsBeforeTheNextComment()
    {
        using var source = new CancellationTokenSource();
        var verdicts = new List<Verdict>();

        Action act = () =>
        {
            foreach (Verdict verdict in _classifier.ClassifyStream(Endless(), cancellationToken: source.Token))
            {
                verdicts.Add(verdict);
                if (verdicts.Count == 3)
                {
                    source.Cancel();
                }
            }
        };

        act.Should().Throw<OperationCanceledException>();
        verdicts.Should().HaveCount(3);
    }

    [Fact]
    public void Evaluate_CancelledWhileReadingItsInput_Stops()
    {
        using var source = new CancellationTokenSource();
        int read = 0;
        IEnumerable<LabeledComment> Labeled()
        {
            while (true)
            {
                if (++read == 50)
                {
                    source.Cancel();
                }

                yield return new LabeledComment(new Comment("Good point about the proofing time."), CommentLabel.Genuine);
            }
        }

        Action act = () => _classifier.Evaluate(Labeled(), source.Token);

        act.Should().Throw<OperationCanceledException>();
        read.Should().Be(50, "the token is checked as each comment is taken, before the next is read");
    }

    [Fact]
    public void Evaluate_CancelledBeforehand_Throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Action act = () => _classifier.Evaluate([new LabeledComment(new Comment("ok"), CommentLabel.Genuine)], source.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    private static IEnumerable<Comment> Endless()
    {
        for (int i = 0; ; i++)
        {
            yield return new Comment($"Comment number {i} about the bread.");
        }
    }

    /// <summary>
    /// Comments whose second read of an index (the scoring pass, after the up-front check) is counted, and which cancel
    /// <see cref="Source"/> at the given scoring read.
    /// </summary>
    private sealed class CancellingList(int count, int cancelAtScoringRead) : IReadOnlyList<Comment>
    {
        private readonly Comment _comment = new("The crumb shot is lovely, what hydration was that?");
        private readonly int[] _reads = new int[count];
        private int _scoringReads;

        public CancellationTokenSource Source { get; } = new();

        public int ScoringReads => Volatile.Read(ref _scoringReads);

        public int Count => count;

        public Comment this[int index]
        {
            get
            {
                if (Interlocked.Increment(ref _reads[index]) > 1 && Interlocked.Increment(ref _scoringReads) == cancelAtScoringRead)
                {
                    Source.Cancel();
                }

                return _comment;
            }
        }

        public IEnumerator<Comment> GetEnumerator() => Enumerable.Range(0, count).Select(i => this[i]).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
