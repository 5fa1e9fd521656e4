using System.Text;
using Engage.Classifier.Hosting.Tests.Support;

namespace Engage.Classifier.Hosting.Tests.Hardening;

/// <summary>Malformed and unusual CSV files: a <see cref="ClassifierDataException"/> naming file and line, or the right records.</summary>
public sealed class CsvInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Write(string content, bool bom = false)
    {
        string path = _temp.File($"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: bom));
        return path;
    }

    private static CommentRecord[] Read(string path) => CommentCsv.ReadComments(path).ToArray();

    [Fact]
    public void ReadComments_NoHeaderRow_FailsNamingTheMissingContentColumn()
    {
        string path = Write("1,video1,Great post,genuine\n2,video1,Buy pills,spam\n");

        Action read = () => Read(path);

        read.Should().Throw<ClassifierDataException>()
            .Where(e => e.FilePath == path && e.LineNumber == 1)
            .WithMessage("*no 'content' column*");
    }

    [Fact]
    public void ReadComments_MissingContentColumn_Fails()
    {
        string path = Write("id,thread,text,label\n1,t,hello,genuine\n");

        Action read = () => Read(path);

        read.Should().Throw<ClassifierDataException>().WithMessage("*no 'content' column*found: id, thread, text, label*");
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("SPAMMY")]
    [InlineData("2")]
    public void ReadComments_UnknownLabel_FailsWithItsLine(string label)
    {
        string path = Write($"id,content,label\n1,fine,genuine\n2,odd,{label}\n");

        Action read = () => Read(path);

        read.Should().Throw<ClassifierDataException>()
            .Where(e => e.LineNumber == 3 && e.FilePath == path)
            .WithMessage($"*unknown label '{label}'*");
    }

    [Theory]
    [InlineData("Genuine", CommentLabel.Genuine)]
    [InlineData("ham", CommentLabel.Genuine)]
    [InlineData("0", CommentLabel.Genuine)]
    [InlineData("low_relevance", CommentLabel.LowRelevance)]
    [InlineData(" Spam ", CommentLabel.Spam)]
    [InlineData("1", CommentLabel.Spam)]
    public void ReadComments_KnownLabelSpellings_AreParsed(string label, CommentLabel expected)
    {
        string path = Write($"id,content,label\n1,text,{label}\n");

        Read(path).Single().Label.Should().Be(expected);
    }

    [Fact]
    public void ReadComments_UnclosedQuoteMidFile_Fails()
    {
        string path = Write("id,content,label\n1,\"never closed,spam\n2,fine,genuine\n3,also fine,genuine\n");

        Action read = () => Read(path);

        read.Should().Throw<ClassifierDataException>().Where(e => e.FilePath == path && e.LineNumber >= 2);
    }

    [Fact]
    public void ReadComments_UnclosedQuoteInLastField_Fails()
    {
        string path = Write("id,content,label\n1,fine,genuine\n2,text,\"spam\n");

        Action read = () => Read(path);

        read.Should().Throw<ClassifierDataException>().Where(e => e.FilePath == path);
    }

    [Fact]
    public void ReadComments_QuoteInsideUnquotedField_Fails()
    {
        string path = Write("id,content,label\n1,he said \"hi\" there,genuine\n");

        Action read = () => Read(path);

        read.Should().Throw<ClassifierDataException>().Where(e => e.LineNumber == 2);
    }

    [Fact]
    public void ReadComments_WrongFieldCount_FailsWithItsLine()
    {
        string path = Write("id,content,label\n1,fine,genuine\n2,extra,spam,field\n");

        Action read = () => Read(path);

        read.Should().Throw<ClassifierDataException>().Where(e => e.LineNumber == 3).WithMessage("*4 fields*header has 3*");
    }

    [Fact]
    public void ReadComments_EmptyFile_FailsSayingSo()
    {
        string path = Write(string.Empty);

        Action read = () => Read(path);

        read.Should().Throw<ClassifierDataException>().WithMessage("*empty*").Where(e => e.FilePath == path);
    }

    [Fact]
    public void ReadComments_HeaderOnly_YieldsNothing()
    {
        Read(Write("id,content,label\n")).Should().BeEmpty();
    }

    [Fact]
    public void ReadComments_MissingFile_FailsSayingSo()
    {
        string path = _temp.File("nope.csv");

        Action read = () => Read(path);

        read.Should().Throw<ClassifierDataException>().WithMessage("*does not exist*");
    }

    [Fact]
    public void ReadComments_NullOrBlankPath_ThrowsArgumentException()
    {
        Action readNull = () => CommentCsv.ReadComments(null!);
        Action readBlank = () => CommentCsv.ReadComments(" ");

        readNull.Should().Throw<ArgumentNullException>();
        readBlank.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ReadComments_ByteOrderMark_IsNotPartOfTheFirstColumn()
    {
        string path = Write("content,label\nhello,genuine\n", bom: true);

        CommentRecord record = Read(path).Single();

        record.Comment.Text.Should().Be("hello");
        record.Label.Should().Be(CommentLabel.Genuine);
    }

    [Fact]
    public void ReadComments_CrLfAndLf_GiveTheSameRecords()
    {
        const string Lf = "id,thread,content,label\n1,t1,\"two\nlines\",genuine\n2,t2,spam here,spam\n";
        string crLf = Lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        CommentRecord[] fromLf = Read(Write(Lf));
        CommentRecord[] fromCrLf = Read(Write(crLf));

        fromCrLf.Select(r => (r.Id, r.LineNumber, r.Comment.ThreadId, r.Label)).Should().Equal(fromLf.Select(r => (r.Id, r.LineNumber, r.Comment.ThreadId, r.Label)));
        fromCrLf[1].Comment.Text.Should().Be("spam here");
        fromLf[0].Comment.Text.Should().Be("two\nlines");
        fromCrLf[0].Comment.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Should().Be("two\nlines");
        _ = TrainedModels.Instance.ClassifierA.Classify(fromCrLf[0].Comment).Label.Should().Be(TrainedModels.Instance.ClassifierA.Classify(fromLf[0].Comment).Label);
    }

    [Fact]
    public void ReadComments_ExtraColumnsAndAnyColumnOrder_AreAccepted()
    {
        string path = Write("LABEL,extra,Content,thread\nspam,x,buy now,t1\n");

        CommentRecord record = Read(path).Single();

        record.Comment.Text.Should().Be("buy now");
        record.Comment.ThreadId.Should().Be("t1");
        record.Id.Should().Be("1");
    }

    [Fact]
    public void ReadLabeled_RowWithoutLabel_FailsWithItsLine()
    {
        string path = Write("content,label\nfine,genuine\nno label here,\n");

        Action read = () => CommentCsv.ReadLabeled(path).ToArray();

        read.Should().Throw<ClassifierDataException>().Where(e => e.LineNumber == 3).WithMessage("*no label*");
    }

    [Fact]
    public void ReadPosts_DuplicateThread_Fails()
    {
        string path = Write("thread,title,text\nt1,a,b\nt1,c,d\n");

        Action read = () => CommentCsv.ReadPosts(path);

        read.Should().Throw<ClassifierDataException>().Where(e => e.LineNumber == 3).WithMessage("*appears twice*");
    }

    [Fact]
    public void ReadPosts_MissingThreadColumn_Fails()
    {
        string path = Write("title,text\na,b\n");

        Action read = () => CommentCsv.ReadPosts(path);

        read.Should().Throw<ClassifierDataException>().WithMessage("*no 'thread' column*");
    }
}
