namespace Engage.Classifier.Tests;

/// <summary>The context fields of <see cref="Comment"/>: optional, validated, and never given to the model.</summary>
public sealed class CommentContextTests
{
    private const string Question = "Does the dough need the full twelve hours in the fridge, or is eight enough when the kitchen is warm?";
    private const string LinkDrop = "best cheap replica watches sale http://watch-deals.example http://watch-deals.example/buy";

    private static readonly DateTimeOffset PostDate = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Texts => [Question, LinkDrop, "Thanks!"];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Classify_WithEveryContextField_GivesTheSameVerdictAsWithout(string text)
    {
        CommentClassifier classifier = CommentClassifier.LoadDefault();
        var bare = new Comment(text) { AuthorName = "Ines" };
        Comment withContext = bare with
        {
            Kind = CommentKind.Reply,
            ParentText = "Eight hours worked for me last summer.",
            AuthorApprovedCount = 40,
            AuthorSpamCount = 3,
            AuthorIsRegistered = true,
            CreatedAt = PostDate.AddDays(2),
            PostPublishedAt = PostDate,
        };

        Verdict without = classifier.Classify(bare);
        Verdict with = classifier.Classify(withContext);

        with.Should().BeEquivalentTo(without);
    }

    [Fact]
    public void NewComment_HasNoContext()
    {
        var comment = new Comment(Question);

        comment.Kind.Should().BeNull();
        comment.ParentText.Should().BeNull();
        comment.AuthorApprovedCount.Should().BeNull();
        comment.AuthorSpamCount.Should().BeNull();
        comment.AuthorIsRegistered.Should().BeNull();
        comment.CreatedAt.Should().BeNull();
        comment.PostPublishedAt.Should().BeNull();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void AuthorApprovedCount_Negative_Throws(int count)
    {
        Action act = () => _ = new Comment(Question) { AuthorApprovedCount = count };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(Comment.AuthorApprovedCount));
    }

    [Fact]
    public void AuthorSpamCount_Negative_Throws()
    {
        Action act = () => _ = new Comment(Question) { AuthorSpamCount = -3 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(Comment.AuthorSpamCount));
    }

    [Fact]
    public void Counts_ZeroAndNull_AreKeptApart()
    {
        var zero = new Comment(Question) { AuthorApprovedCount = 0, AuthorSpamCount = 0 };
        Comment cleared = zero with { AuthorApprovedCount = null };

        zero.AuthorApprovedCount.Should().Be(0);
        cleared.AuthorApprovedCount.Should().BeNull();
        cleared.AuthorSpamCount.Should().Be(0);
    }

    [Fact]
    public void CommentDatedBeforeItsPost_IsAcceptedAsGiven()
    {
        var comment = new Comment(Question) { CreatedAt = PostDate.AddDays(-1), PostPublishedAt = PostDate };

        comment.CreatedAt.Should().BeBefore(comment.PostPublishedAt!.Value);
    }

    [Fact]
    public void ReplyWithoutParent_AndParentWithoutReply_AreAccepted()
    {
        var reply = new Comment(Question) { Kind = CommentKind.Reply };
        var parentOnly = new Comment(Question) { ParentText = "Eight hours worked for me." };

        reply.ParentText.Should().BeNull();
        parentOnly.Kind.Should().BeNull();
    }
}
