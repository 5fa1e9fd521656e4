using Engage.Classifier.Cli.Output;
using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Output;

public sealed class VerdictCsvWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static ModerationResult Moderated(Verdict verdict) => ModerationPolicy.Default.Moderate(verdict, new Comment("text"));

    [Fact]
    public void Write_VerdictWithReasons_WritesColumnsAndJoinsReasonsWithSemicolons()
    {
        string path = _folder.File("v.csv");
        using (var writer = VerdictCsvWriter.Create(path, TextWriter.Null))
        {
            writer.Write("a1", Moderated(new Verdict(CommentLabel.Spam, 0.98765, 0, 0.25, ["3 links", "author name is a keyword phrase"])));
            writer.Write("a,2", Moderated(new Verdict(CommentLabel.LowRelevance, 0.01, 0.9, null, [])));
            writer.Commit();
        }

        File.ReadAllText(path).Should().Be(
            "id,label,spam_probability,relevance,reasons,action,action_reasons\r\n" +
            "a1,spam,0.9877,0.2500,3 links; author name is a keyword phrase,hold,spam probability 0.988 is below the reject threshold 0.998: held for review\r\n" +
            "\"a,2\",low_relevance,0.0100,,,approve,low relevance is not spam: this site approves it\r\n");
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesNoFile()
    {
        string path = _folder.File("v.csv");
        using (var writer = VerdictCsvWriter.Create(path, TextWriter.Null))
        {
            writer.Write("a1", Moderated(new Verdict(CommentLabel.Genuine, 0.1, 0.1, null, [])));
        }

        Directory.GetFiles(_folder.Path).Should().BeEmpty();
    }

    [Fact]
    public void Write_ToStandardOutput_WritesTheRowsToTheWriterAndNoFile()
    {
        using var output = new StringWriter();
        using (var writer = VerdictCsvWriter.Create("-", output))
        {
            writer.Write("a1", Moderated(new Verdict(CommentLabel.Genuine, 0.976149, 0.1, null, [])));
            writer.Commit();
        }

        output.ToString().Should().Be("id,label,spam_probability,relevance,reasons,action,action_reasons\r\na1,genuine,0.9761,,,approve,\r\n");
        Directory.GetFiles(_folder.Path).Should().BeEmpty();
    }
}
