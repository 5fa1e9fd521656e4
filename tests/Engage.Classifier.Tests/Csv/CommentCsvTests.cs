using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests.Csv;

/// <summary>Reading comment and post CSV files: the right records, or a <see cref="ClassifierDataException"/> naming file and line.</summary>
public sealed class CommentCsvTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private CommentRecord[] Read(string content) => CommentCsv.ReadComments(_temp.Write(content)).ToArray();

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

    [Theory]
    [InlineData("Genuine", CommentLabel.Genuine)]
    [InlineData("ham", CommentLabel.Genuine)]
    [InlineData("0", CommentLabel.Genuine)]
    [InlineData("low_relevance", CommentLabel.LowRelevance)]
    [InlineData("Low-Relevance", CommentLabel.LowRelevance)]
    [InlineData(" Spam ", CommentLabel.Spam)]
    [InlineData("1", CommentLabel.Spam)]
    public void ReadComments_KnownLabelSpellings_AreParsed(string label, CommentLabel expected)
    {
        Read($"id,content,label\n1,text,{label}\n").Single().Label.Should().Be(expected);
    }

    [Theory]
    [InlineData("SPAMMY")]
    [InlineData("2")]
    public void ReadComments_UnknownLabelSpelling_FailsWithItsLine(string label)
    {
        Action act = () => Read($"id,content,label\n1,fine,genuine\n2,odd,{label}\n");

        act.Should().Throw<ClassifierDataException>().Where(e => e.LineNumber == 3).WithMessage($"*unknown label '{label}'*");
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
        Action act = () => CommentCsv.ReadComments(new StringReader("id,remark,label\n1,ok,genuine\n")).ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage("*no 'content' column (found: 'id', 'remark', 'label')*");
    }

    [Theory]
    [InlineData("id,content\n1,a \"stray\" quote\n", "a quote inside an unquoted field: quote a field that holds a quote")]
    [InlineData("id,content\n1,\"closed\" then more\n", "text after the closing quote of a field: quote a field that holds a quote")]
    [InlineData("id,content\n1,red, green\n", "the record has 3 fields but the header has 2 (a field with a comma in it goes in quotes")]
    public void ReadComments_BadQuoting_SaysWhatIsWrongAndHowToQuote(string text, string problem)
    {
        Action act = () => CommentCsv.ReadComments(new StringReader(text)).ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage($"Malformed CSV 'comments reader', line 2: {problem}*");
    }

    [Fact]
    public void ReadComments_TextColumnInsteadOfContent_SaysTheTextGoesInContent()
    {
        Action act = () => CommentCsv.ReadComments(Fixture("no-content.csv")).ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage("*its column 'text' is not read; the comment's text goes in a column named 'content'.");
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
    public void ReadLabeled_HeaderWithoutLabelColumn_SaysSoAtTheHeader()
    {
        Action act = () => CommentCsv.ReadLabeled(new StringReader("content\nwhere do I set the proxy?\n")).ToArray();

        act.Should().Throw<ClassifierDataException>().Where(e => e.LineNumber == 1).WithMessage("*no 'label' column (found: 'content')*");
    }

    [Fact]
    public void ReadPosts_UrlColumn_GivesEachPostItsAddress_AndAnAddressAloneIsAPost()
    {
        const string posts = "thread,title,text,url\nknit-1,Cable stitch basics,Slip three stitches.,https://knitting-circle.example/cable\nknit-2,,,http://knitting-circle.example/purl\nknit-3,Casting on,Long-tail method.,\n";

        IReadOnlyDictionary<string, Post> read = CommentCsv.ReadPosts(new StringReader(posts));

        read["knit-1"].Url.Should().Be(new Uri("https://knitting-circle.example/cable"));
        read["knit-1"].Title.Should().Be("Cable stitch basics");
        read["knit-2"].Url.Should().Be(new Uri("http://knitting-circle.example/purl"));
        read["knit-2"].Title.Should().BeEmpty();
        read["knit-3"].Url.Should().BeNull();
    }

    [Theory]
    [InlineData("link")]
    [InlineData("Permalink")]
    [InlineData("post_url")]
    public void ReadPosts_AddressColumnNamedOtherThanUrl_SaysThePostsAddressGoesInAColumnNamedUrl(string column)
    {
        string posts = $"thread,title,{column}\nknit-1,Cable stitch basics,https://knitting-circle.example/cable\n";

        Action act = () => CommentCsv.ReadPosts(new StringReader(posts), "posts-link.csv");

        act.Should().Throw<ClassifierDataException>().Where(e => e.LineNumber == 1)
            .WithMessage($"Cannot read posts 'posts-link.csv': its column '{column.ToLowerInvariant()}' is not read; the post's own address goes in a column named 'url'.");
    }

    [Fact]
    public void ReadPosts_LinkColumnBesideAUrlColumn_IsIgnoredLikeAnyOtherColumn()
    {
        const string posts = "thread,title,url,link\nknit-1,Cable stitch basics,https://knitting-circle.example/cable,https://elsewhere.example/x\n";

        IReadOnlyDictionary<string, Post> read = CommentCsv.ReadPosts(new StringReader(posts), "posts.csv");

        read["knit-1"].Url.Should().Be(new Uri("https://knitting-circle.example/cable"));
    }

    [Theory]
    [InlineData("/cable")]
    [InlineData("knitting-circle.example/cable")]
    [InlineData("ftp://knitting-circle.example/cable")]
    [InlineData("http://")]
    public void ReadPosts_UrlThatIsNotAnAbsoluteWebAddress_FailsWithItsLine(string url)
    {
        string posts = $"thread,title,url\nknit-1,Cable stitch basics,https://knitting-circle.example/cable\nknit-2,Purl,{url}\n";

        Action act = () => CommentCsv.ReadPosts(new StringReader(posts), "posts.csv");

        act.Should().Throw<ClassifierDataException>().Where(e => e.LineNumber == 3).WithMessage("*'url' field*not an absolute http or https address*");
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
    public void ReadComments_NoHeaderRow_FailsNamingTheMissingContentColumn()
    {
        string path = _temp.Write("1,video1,Great post,genuine\n2,video1,Buy pills,spam\n");

        Action act = () => CommentCsv.ReadComments(path).ToArray();

        act.Should().Throw<ClassifierDataException>().Where(e => e.FilePath == path && e.LineNumber == 1).WithMessage("*no 'content' column*");
    }

    [Fact]
    public void ReadComments_UnclosedQuoteInLastField_Fails()
    {
        string path = _temp.Write("id,content,label\n1,fine,genuine\n2,text,\"spam\n");

        Action act = () => CommentCsv.ReadComments(path).ToArray();

        act.Should().Throw<ClassifierDataException>().Where(e => e.FilePath == path);
    }

    [Fact]
    public void ReadComments_QuoteInsideUnquotedField_FailsWithItsLine()
    {
        Action act = () => Read("id,content,label\n1,he said \"hi\" there,genuine\n");

        act.Should().Throw<ClassifierDataException>().Where(e => e.LineNumber == 2);
    }

    [Fact]
    public void ReadComments_HeaderOnly_YieldsNothing()
    {
        Read("id,content,label\n").Should().BeEmpty();
    }

    [Fact]
    public void ReadComments_NullOrBlankPath_ThrowsArgumentException()
    {
        Action readNull = () => CommentCsv.ReadComments((string)null!);
        Action readBlank = () => CommentCsv.ReadComments(" ");

        readNull.Should().Throw<ArgumentNullException>();
        readBlank.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ReadComments_CrLfAndLf_GiveTheSameRecords()
    {
        const string Lf = "id,thread,content,label\n1,t1,\"two\nlines\",genuine\n2,t2,spam here,spam\n";

        CommentRecord[] fromLf = Read(Lf);
        CommentRecord[] fromCrLf = Read(Lf.Replace("\n", "\r\n", StringComparison.Ordinal));

        fromCrLf.Select(r => (r.Id, r.LineNumber, r.Comment.ThreadId, r.Label)).Should().Equal(fromLf.Select(r => (r.Id, r.LineNumber, r.Comment.ThreadId, r.Label)));
        fromLf[0].Comment.Text.Should().Be("two\nlines");
        fromCrLf[0].Comment.Text.Should().Be("two\r\nlines", "line breaks inside a quoted field are kept as written");
        fromCrLf[1].Comment.Text.Should().Be("spam here");
    }

    [Fact]
    public void ReadComments_ExtraColumnsAndAnyColumnOrder_AreAccepted()
    {
        CommentRecord record = Read("LABEL,extra,Content,thread\nspam,x,buy now,t1\n").Single();

        record.Comment.Text.Should().Be("buy now");
        record.Comment.ThreadId.Should().Be("t1");
        record.Label.Should().Be(CommentLabel.Spam);
        record.Id.Should().Be("1", "without an id column the record number is the id");
    }

    [Fact]
    public void ReadPosts_MissingThreadColumn_Fails()
    {
        string path = _temp.Write("title,text\na,b\n");

        Action act = () => CommentCsv.ReadPosts(path);

        act.Should().Throw<ClassifierDataException>().WithMessage("*no 'thread' column*");
    }

    [Fact]
    public void ReadComments_IsLazy_SoABadFileFailsOnlyWhenRead()
    {
        IEnumerable<CommentRecord> records = CommentCsv.ReadComments(Fixture("nope.csv"));

        Action read = () => records.First();
        read.Should().Throw<ClassifierDataException>("the missing file is noticed when the records are read, not when asked for");
    }
}
