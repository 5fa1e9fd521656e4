namespace Engage.Classifier.Tests.Csv;

public sealed class CommentCsvTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "csv", name);

    [Fact]
    public void ReadComments_QuotedFieldsWithLineBreaksAndCrlf_AreReadWithLabelsAndLines()
    {
        CommentRecord[] records = CommentCsv.ReadComments(Fixture("valid-crlf.csv")).ToArray();

        records.Should().HaveCount(6);
        records[0].Comment.Text.Should().Be("Loved the bit about \"slow\" rising,\r\nespecially the fridge trick");
        records[0].Comment.AuthorName.Should().Be("Ana");
        records[0].Comment.ThreadId.Should().Be("t1");
        records[0].LineNumber.Should().Be(2);
        records[1].LineNumber.Should().Be(4, "the first record spans two lines");
        records.Select(r => r.Label).Should().Equal(CommentLabel.Genuine, CommentLabel.Spam, CommentLabel.LowRelevance, CommentLabel.Genuine, CommentLabel.Spam, CommentLabel.Genuine);
        records[1].Comment.AuthorName.Should().BeNull("an empty field is an absent value");
    }

    [Fact]
    public void ReadComments_BomAndLf_AreHandled()
    {
        CommentRecord[] records = CommentCsv.ReadComments(Fixture("bom-lf.csv")).ToArray();

        records.Select(r => r.Id).Should().Equal("1", "2");
        records[1].Comment.Text.Should().Be("multi\nline");
    }

    [Fact]
    public void ReadComments_WithPosts_JoinsThemByThread()
    {
        IReadOnlyDictionary<string, Post> posts = CommentCsv.ReadPosts(Fixture("posts.csv"));

        CommentRecord[] records = CommentCsv.ReadComments(Fixture("valid-crlf.csv"), posts).ToArray();

        records[0].Comment.Post!.Title.Should().Be("Sourdough");
        records[2].Comment.Post.Should().BeNull("thread t2 has no post");
    }

    [Fact]
    public void ReadComments_UnknownLabel_NamesTheFileAndLine()
    {
        Action act = () => CommentCsv.ReadComments(Fixture("unknown-label.csv")).ToArray();

        act.Should().Throw<ClassifierDataException>()
            .WithMessage("*unknown-label.csv*line 4*unknown label 'maybe'*")
            .Which.LineNumber.Should().Be(4);
    }

    [Fact]
    public void ReadComments_NoContentColumn_SaysWhichColumnsWereFound()
    {
        Action act = () => CommentCsv.ReadComments(Fixture("no-content.csv")).ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage("*no 'content' column (found: id, text, label)*");
    }

    [Fact]
    public void ReadComments_EmptyFile_SaysAHeaderIsRequired()
    {
        Action act = () => CommentCsv.ReadComments(Fixture("empty.csv")).ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage("*empty*header*");
    }

    [Fact]
    public void ReadComments_UnclosedQuote_FailsWithALineNumber()
    {
        Action act = () => CommentCsv.ReadComments(Fixture("unclosed-quote.csv")).ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage("*unclosed-quote.csv*line 3*").Which.LineNumber.Should().Be(3);
    }

    [Fact]
    public void ReadComments_RecordWithExtraFields_FailsWithALineNumber()
    {
        Action act = () => CommentCsv.ReadComments(Fixture("extra-fields.csv")).ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage("*line 3*5 fields but the header has 3*");
    }

    [Fact]
    public void ReadLabeled_RowWithoutLabel_FailsInsteadOfSkipping()
    {
        Action act = () => CommentCsv.ReadLabeled(Fixture("missing-label.csv")).ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage("*line 3*no label*");
    }

    [Fact]
    public void ReadPosts_DuplicateThread_Fails()
    {
        Action act = () => CommentCsv.ReadPosts(Fixture("posts-duplicate.csv"));

        act.Should().Throw<ClassifierDataException>().WithMessage("*line 3*thread 't1' appears twice*");
    }

    [Fact]
    public void ReadComments_MissingFile_SaysItDoesNotExist()
    {
        Action act = () => CommentCsv.ReadComments(Fixture("nope.csv")).ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage("*nope.csv*does not exist*");
    }

    [Fact]
    public void ReadComments_IsLazy_SoABadFileFailsOnlyWhenRead()
    {
        IEnumerable<CommentRecord> records = CommentCsv.ReadComments(Fixture("nope.csv"));

        records.Should().NotBeNull();
    }
}
