namespace Engage.Classifier.Tests;

/// <summary>
/// Bad items in a batch, a stream or an evaluation: an <see cref="ArgumentException"/> naming the item's index, raised
/// before any comment of a batch is scored and never wrapped in an <see cref="AggregateException"/>.
/// </summary>
public sealed class BatchValidationTests
{
    private readonly CommentClassifier _classifier = CommentClassifier.LoadDefault();

    [Theory]
    [InlineData(2, 1)]
    [InlineData(300, 0)]
    [InlineData(300, 299)]
    [InlineData(5_000, 4_321)]
    public void ClassifyBatch_NullItem_ThrowsArgumentExceptionNamingItsIndex(int size, int nullAt)
    {
        var comments = new CountingList(size, nullAt);

        Action act = () => _classifier.ClassifyBatch(comments);

        act.Should().Throw<ArgumentException>().Where(e => e.GetType() == typeof(ArgumentException))
            .WithMessage($"comments[{nullAt}] is null*").And.ParamName.Should().Be("comments");
        comments.Reads.Should().Be(nullAt + 1, "the items are checked before any is scored");
    }

    [Fact]
    public void ClassifyBatch_NullList_ThrowsArgumentNull()
    {
        Action act = () => _classifier.ClassifyBatch(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("comments");
    }

    [Fact]
    public void ClassifyStream_NullItem_ThrowsWhenReachedNamingItsIndex()
    {
        IEnumerable<Comment> comments = [new Comment("first"), new Comment("second"), null!, new Comment("never scored")];
        var seen = new List<Verdict>();

        Action act = () =>
        {
            foreach (Verdict verdict in _classifier.ClassifyStream(comments))
            {
                seen.Add(verdict);
            }
        };

        act.Should().Throw<ArgumentException>().WithMessage("comments[2] is null*").And.ParamName.Should().Be("comments");
        seen.Should().HaveCount(2, "a stream is checked as it is read");
    }

    [Fact]
    public void Evaluate_NullItem_ThrowsNamingItsIndex()
    {
        LabeledComment[] comments = [new(new Comment("fine"), CommentLabel.Genuine), null!];

        Action act = () => _classifier.Evaluate(comments);

        act.Should().Throw<ArgumentException>().WithMessage("comments[1] is null*");
    }

    [Fact]
    public void Evaluate_ItemWithoutAComment_ThrowsNamingItsIndex()
    {
        LabeledComment[] comments = [new(new Comment("fine"), CommentLabel.Genuine), new(new Comment("ok"), CommentLabel.Spam), new(null!, CommentLabel.Spam)];

        Action act = () => _classifier.Evaluate(comments);

        act.Should().Throw<ArgumentException>().WithMessage("comments[2] has a null Comment*");
    }

    [Fact]
    public void Evaluate_UndefinedLabel_ThrowsNamingItsIndex()
    {
        LabeledComment[] comments = [new(new Comment("fine"), (CommentLabel)7)];

        Action act = () => _classifier.Evaluate(comments);

        act.Should().Throw<ArgumentException>().WithMessage("comments[0] has Label 7, which is not a CommentLabel*");
    }

    [Fact]
    public void Evaluate_NoComments_ThrowsArgumentException()
    {
        Action act = () => _classifier.Evaluate([]);

        act.Should().Throw<ArgumentException>().WithMessage("Nothing to evaluate*");
    }

    /// <summary>Comments with one null, counting how many items were read.</summary>
    private sealed class CountingList(int count, int nullAt) : IReadOnlyList<Comment>
    {
        private readonly Comment _comment = new("A plain comment about the recipe.");

        public int Reads { get; private set; }

        public int Count => count;

        public Comment this[int index]
        {
            get
            {
                Reads++;
                return index == nullAt ? null! : _comment;
            }
        }

        public IEnumerator<Comment> GetEnumerator() => Enumerable.Range(0, count).Select(i => this[i]).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
