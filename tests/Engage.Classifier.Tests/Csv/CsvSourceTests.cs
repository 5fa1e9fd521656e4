using System.Text;
using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests.Csv;

/// <summary>
/// Reading CSV text from a <see cref="Stream"/> or a <see cref="TextReader"/> as from a path: the same records, errors
/// that name the source (the name given, the file under it, or its role) and the line, streams left open, and bytes
/// that are not UTF-8 refused with their exact line instead of becoming U+FFFD.
/// </summary>
public sealed class CsvSourceTests : IDisposable
{
    private const string Comments = "id,thread,author,content,label\n1,t1,Mira,\"Proofed it overnight,\nworked great\",genuine\n2,t2,,buy cheap watches now,spam\n";
    private const string Posts = "thread,title,text\nt1,Overnight proofing,\"Cold, slow, simple.\"\n";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static MemoryStream Utf8(string text, bool byteOrderMark = false) =>
        new([.. (byteOrderMark ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)]);

    private static (string, long, string, string?, CommentLabel?, string?)[] Shape(IEnumerable<CommentRecord> records) =>
        records.Select(r => (r.Id, r.LineNumber, r.Comment.Text, r.Comment.ThreadId, r.Label, r.Comment.Post?.Title)).ToArray();

    [Fact]
    public void StreamAndReader_GiveTheSameRecordsAsThePath()
    {
        string commentsPath = _temp.Write(Comments);
        string postsPath = _temp.Write(Posts);
        var fromPath = Shape(CommentCsv.ReadComments(commentsPath, CommentCsv.ReadPosts(postsPath)));

        var fromStream = Shape(CommentCsv.ReadComments(Utf8(Comments), CommentCsv.ReadPosts(Utf8(Posts))));
        var fromReader = Shape(CommentCsv.ReadComments(new StringReader(Comments), CommentCsv.ReadPosts(new StringReader(Posts))));

        fromPath.Should().HaveCount(2);
        fromPath[0].Item6.Should().Be("Overnight proofing");
        fromStream.Should().Equal(fromPath);
        fromReader.Should().Equal(fromPath);
    }

    [Fact]
    public void ReadLabeled_StreamsAndReaders_JoinPostsAndLabels()
    {
        LabeledComment[] fromStreams = CommentCsv.ReadLabeled(Utf8(Comments), Utf8(Posts)).ToArray();
        LabeledComment[] fromReaders = CommentCsv.ReadLabeled(new StringReader(Comments), new StringReader(Posts)).ToArray();

        fromStreams.Select(c => (c.Comment.Text, c.Label, c.Comment.Post?.Title)).Should().Equal(
            ("Proofed it overnight,\nworked great", CommentLabel.Genuine, "Overnight proofing"),
            ("buy cheap watches now", CommentLabel.Spam, null));
        fromReaders.Select(c => (c.Comment.Text, c.Label, c.Comment.Post?.Title)).Should().Equal(fromStreams.Select(c => (c.Comment.Text, c.Label, c.Comment.Post?.Title)));
    }

    [Fact]
    public void Stream_IsReadFromItsPositionAndLeftOpen()
    {
        MemoryStream stream = Utf8("garbage before\n" + Comments);
        stream.Position = "garbage before\n".Length;

        CommentCsv.ReadComments(stream).Should().HaveCount(2);

        stream.CanRead.Should().BeTrue("the caller owns the stream");
        stream.Position.Should().Be(stream.Length);
    }

    [Fact]
    public void Reader_IsLeftOpen()
    {
        var reader = new StringReader(Comments + "3,t3,,one more,genuine\n");

        CommentCsv.ReadComments(reader).Should().HaveCount(3);

        reader.Peek().Should().Be(-1, "the reader is still usable: it is at its end, not disposed");
    }

    [Theory]
    [InlineData(null, "comments stream", null)]
    [InlineData("upload #7", "upload #7", null)]
    public void StreamErrors_NameTheSourceAndLine(string? sourceName, string shownAs, string? filePath)
    {
        Action act = () => CommentCsv.ReadComments(Utf8("id,content,label\n1,fine,genuine\n2,odd,maybe\n"), sourceName: sourceName).ToArray();

        act.Should().Throw<ClassifierDataException>()
            .WithMessage($"Malformed CSV '{shownAs}', line 3: unknown label 'maybe'*")
            .Where(e => e.LineNumber == 3 && e.FilePath == filePath);
    }

    [Fact]
    public void FileStreamErrors_NameItsFile()
    {
        string path = _temp.Write("id,content,label\n1,odd,maybe\n");
        using FileStream stream = File.OpenRead(path);

        Action act = () => CommentCsv.ReadComments(stream).ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage($"Malformed CSV '{path}', line 2*").Which.FilePath.Should().Be(path);
    }

    [Theory]
    [InlineData(null, "comments reader")]
    [InlineData("pasted text", "pasted text")]
    public void ReaderErrors_NameTheSourceAndLine(string? sourceName, string shownAs)
    {
        Action act = () => CommentCsv.ReadComments(new StringReader("id,content\n1,\"unclosed\n"), sourceName: sourceName).ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage($"Malformed CSV '{shownAs}', line 2*");
    }

    [Fact]
    public void ReadLabeled_BadPostsStream_NamesThePostsStream()
    {
        Action act = () => CommentCsv.ReadLabeled(Utf8(Comments), Utf8("thread,title,text\nt1,a,b\nt1,c,d\n")).ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage("Malformed CSV 'posts stream', line 3: thread 't1' appears twice.");
    }

    [Fact]
    public void ReadLabeled_RowWithoutLabelInAReader_NamesTheCommentsReader()
    {
        Action act = () => CommentCsv.ReadLabeled(new StringReader("content,label\nhello,\n")).ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage("Malformed CSV 'comments reader', line 2: the row has no label*");
    }

    [Fact]
    public void InvalidUtf8FarIntoAStream_FailsWithItsExactLine()
    {
        var text = new StringBuilder("id,content\n");
        for (int i = 1; i <= 5_000; i++)
        {
            text.Append(i).Append(",\"multi\nline ü comment\"\n");
        }

        byte[] bytes = [.. Encoding.UTF8.GetBytes(text.ToString()), .. "5001,Sch"u8, 0xF6, .. "ne\n"u8];

        Action act = () => CommentCsv.ReadComments(new MemoryStream(bytes), sourceName: "legacy.csv").ToArray();

        act.Should().Throw<ClassifierDataException>()
            .WithMessage("'legacy.csv' is not UTF-8: line 10002 has the bytes 0xF6, which UTF-8 does not allow there.")
            .Where(e => e.LineNumber == 10_002 && e.InnerException is DecoderFallbackException);
    }

    [Fact]
    public void InvalidUtf8InAFile_FailsNamingTheFile()
    {
        string path = _temp.File("legacy.csv");
        File.WriteAllBytes(path, [.. "id,content\n1,caf"u8, 0xE9, .. "\n"u8]);

        Action act = () => CommentCsv.ReadComments(path).ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage($"'{path}' is not UTF-8: line 2 has the bytes 0xE9*").Which.FilePath.Should().Be(path);
    }

    [Fact]
    public void LegacyFile_ThroughADecodingReader_IsRead()
    {
        string path = _temp.File("latin1.csv");
        File.WriteAllBytes(path, [.. "id,content\n1,caf"u8, 0xE9, .. "\n"u8]);
        using var reader = new StreamReader(path, Encoding.Latin1);

        CommentCsv.ReadComments(reader).Single().Comment.Text.Should().Be("café");
    }

    [Theory]
    [InlineData("utf-8 with mark")]
    [InlineData("utf-16 little-endian")]
    [InlineData("utf-16 big-endian")]
    public void StreamWithAByteOrderMark_IsDecodedByIt(string kind)
    {
        const string Text = "id,content\n1,Grüße 😀\n";
        Encoding encoding = kind switch
        {
            "utf-8 with mark" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-16 little-endian" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        };

        var stream = new MemoryStream([.. encoding.GetPreamble(), .. encoding.GetBytes(Text)]);

        CommentCsv.ReadComments(stream).Single().Comment.Text.Should().Be("Grüße 😀");
    }

    [Theory]
    [InlineData("id\tcontent\tlabel\n1\tNice post\tgenuine\n", "it is tab-separated (TSV): its header has 2 tabs and no comma")]
    [InlineData("content;label\nNice post;genuine\n", "it is semicolon-separated: its header has 1 semicolon and no comma")]
    public void OtherSeparator_IsNamedInsteadOfAMissingColumn(string text, string expected)
    {
        Action act = () => CommentCsv.ReadComments(new StringReader(text), sourceName: "x.csv").ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage($"Cannot read 'x.csv': {expected}. Comment and post files are comma-separated CSV*");
    }

    [Fact]
    public void FieldWithControlCharacters_IsEscapedAndCutInTheMessage()
    {
        string text = "id,content\n1,\"fine\"\n2,ab\"\u001b[2J\u001b[31m" + new string('z', 400) + "\"cd\n";

        Action act = () => CommentCsv.ReadComments(new StringReader(text)).ToArray();

        ClassifierDataException error = act.Should().Throw<ClassifierDataException>().Which;
        error.Message.Should().NotContain("\u001b").And.Contain("\\u001B[2J").And.Contain("more characters)").And.Contain("line 3");
        error.Message.Length.Should().BeLessThan(300, "the record is cut, and only the advice on quoting is added to it");
    }

    [Fact]
    public void UnknownLabelWithABidiOverride_IsEscapedInTheMessage()
    {
        Action act = () => CommentCsv.ReadComments(new StringReader("content,label\nhi,\u202Emaps\n")).ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage("*unknown label '\\u202Emaps'*");
    }

    [Fact]
    public void ManyColumnsWithoutContent_AreListedUpToALimit()
    {
        string header = string.Join(',', Enumerable.Range(1, 50).Select(i => $"c{i}"));

        Action act = () => CommentCsv.ReadComments(new StringReader(header + "\n")).ToArray();

        act.Should().Throw<ClassifierDataException>().WithMessage("*no 'content' column (found: 'c1', 'c2',*'c20' and 30 more).");
    }

    [Fact]
    public void NullArguments_ThrowArgumentNull()
    {
        Action[] calls =
        [
            () => CommentCsv.ReadComments((Stream)null!),
            () => CommentCsv.ReadComments((TextReader)null!),
            () => CommentCsv.ReadPosts((Stream)null!),
            () => CommentCsv.ReadPosts((TextReader)null!),
            () => CommentCsv.ReadLabeled((Stream)null!),
            () => CommentCsv.ReadLabeled((TextReader)null!),
        ];

        foreach (Action call in calls)
        {
            call.Should().Throw<ArgumentNullException>();
        }
    }
}
