using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests.Csv;

/// <summary>The optional context columns of a comments CSV: read when present, unknown when empty or absent, and a bad value named with its line.</summary>
public sealed class CommentContextColumnsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private CommentRecord[] Read(string content) => CommentCsv.ReadComments(_temp.Write(content)).ToArray();

    [Fact]
    public void ReadComments_ContextColumns_AreReadIntoTheComment()
    {
        CommentRecord[] records = Read(
            "id,content,kind,parent,author_approved,author_spam,author_registered,date,post_date\n" +
            "r1,Agreed about the rye,Reply,Rye needs more water,12,1,yes,2024-03-02T10:15:00Z,2024-03-01\n" +
            "r2,Linked from my notes,trackback,,0,0,false,,\n");

        Comment reply = records[0].Comment;
        reply.Kind.Should().Be(CommentKind.Reply);
        reply.ParentText.Should().Be("Rye needs more water");
        reply.AuthorApprovedCount.Should().Be(12);
        reply.AuthorSpamCount.Should().Be(1);
        reply.AuthorIsRegistered.Should().BeTrue();
        reply.CreatedAt.Should().Be(new DateTimeOffset(2024, 3, 2, 10, 15, 0, TimeSpan.Zero));
        reply.PostPublishedAt.Should().Be(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero));

        Comment trackback = records[1].Comment;
        trackback.Kind.Should().Be(CommentKind.Trackback);
        trackback.ParentText.Should().BeNull();
        trackback.AuthorApprovedCount.Should().Be(0);
        trackback.AuthorIsRegistered.Should().BeFalse();
        trackback.CreatedAt.Should().BeNull();
    }

    [Fact]
    public void ReadComments_WithoutContextColumns_LeavesTheContextUnknown()
    {
        Comment comment = Read("content\nJust the text\n")[0].Comment;

        comment.Should().BeEquivalentTo(new Comment("Just the text"));
    }

    [Theory]
    [InlineData("kind", "comment-ish", "unknown kind 'comment-ish'")]
    [InlineData("kind", "2", "unknown kind '2'")]
    [InlineData("author_approved", "-1", "'author_approved' is '-1', not a count")]
    [InlineData("author_spam", "many", "'author_spam' is 'many', not a count")]
    [InlineData("author_registered", "maybe", "'author_registered' is 'maybe'")]
    [InlineData("date", "yesterday", "'date' is 'yesterday', not a date")]
    [InlineData("post_date", "31/31/2024", "'post_date' is '31/31/2024', not a date")]
    public void ReadComments_UnreadableContextField_FailsWithItsLine(string column, string value, string problem)
    {
        string path = _temp.Write($"content,{column}\nfirst,\nsecond,{value}\n");

        Action act = () => CommentCsv.ReadComments(path).ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage($"Malformed CSV '*', line 3: {problem}*")
            .Which.LineNumber.Should().Be(3);
    }
}
