using System.Diagnostics;
using System.Text;
using Engage.Classifier.Cli.Input;
using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Input;

/// <summary>Input files are checked before any work: UTF-8 or a named encoding, comma-separated, a file not a folder.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class InputFileTests(TrainedModel model) : IDisposable
{
    // "Schöne Grüße" and "café" in Windows-1252: ö = F6, ü = FC, ß = DF, é = E9.
    private static readonly byte[] Windows1252 = [.. "id,content\n1,Nice post\n2,Sch"u8, 0xF6, .. "ne Gr"u8, 0xFC, 0xDF, .. "e\n3,caf"u8, 0xE9, .. "\n"u8];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string WriteBytes(string name, byte[] bytes)
    {
        string path = _folder.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Score_Windows1252File_FailsNamingTheFileTheLineAndEncoding()
    {
        string path = WriteBytes("legacy.csv", Windows1252);

        CliResult result = EngageTool.Run("score", "--comments", path, "--out", _folder.File("v.csv"), "--model", model.ModelPath);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().Contain("'" + path + "' is not UTF-8: line 3 has the bytes 0xF6").And.Contain("--encoding windows-1252");
        File.Exists(_folder.File("v.csv")).Should().BeFalse();
    }

    [Fact]
    public void Open_Windows1252WithItsEncoding_ReadsTheLettersRightWithoutACopy()
    {
        string path = WriteBytes("legacy.csv", Windows1252);
        CliContext context = CliContext.ForWriters(TextWriter.Null, TextWriter.Null);
        string[] before = Directory.GetFiles(Path.GetTempPath());

        InputFile file = InputFile.Open(context, path, TextEncodings.Find("windows-1252"));

        file.ReadComments(null).Select(r => r.Comment.Text).Should().Equal("Nice post", "Schöne Grüße", "café");
        file.ShownAs.Should().Be(path);
        file.Lines.Should().Be(5);
        Directory.GetFiles(Path.GetTempPath()).Should().BeEquivalentTo(before, "the file is decoded as it is read, not copied");
    }

    [Fact]
    public void ScoreFromStandardInput_Windows1252_FailsNamingStandardInputAndTheLine()
    {
        CliResult result = EngageTool.RunWithInput(Windows1252, "score", "--comments", "-", "--out", "-", "--model", model.ModelPath);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().Contain("'standard input' is not UTF-8: line 3 has the bytes 0xF6").And.Contain("--encoding windows-1252");
    }

    [Fact]
    public void ScoreFromStandardInput_Windows1252WithEncodingOption_ScoresEveryRow()
    {
        CliResult result = EngageTool.RunWithInput(Windows1252, "score", "--comments", "-", "--encoding", "windows-1252", "--out", "-", "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')[0]).Should().Equal("id", "1", "2", "3");
    }

    [Fact]
    public void Score_Windows1252WithEncodingOption_ScoresEveryRow()
    {
        string path = WriteBytes("legacy.csv", Windows1252);

        CliResult result = EngageTool.Run("score", "--comments", path, "--encoding", "windows-1252", "--out", "-", "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')[0]).Should().Equal("id", "1", "2", "3");
    }

    [Fact]
    public void Score_UnknownEncoding_IsAUsageError()
    {
        CliResult result = EngageTool.Run("score", "--comments", FixtureFiles.HoldoutComments, "--encoding", "klingon-1", "--out", "-", "--model", model.ModelPath);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--encoding 'klingon-1' is not an encoding");
    }

    [Fact]
    public void Open_Utf16WithByteOrderMark_IsReadByItsMark()
    {
        string path = WriteBytes("utf16.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("id,content\n1,Grüße\n")).ToArray());

        InputFile file = InputFile.Open(CliContext.ForWriters(TextWriter.Null, TextWriter.Null), path, encoding: null);

        file.ReadComments(null).Single().Comment.Text.Should().Be("Grüße");
    }

    [Theory]
    [InlineData("id\tcontent\tlabel\n1\tNice post\tgenuine\n", "tab-separated (TSV): its header has 2 tabs and no comma")]
    [InlineData("id;content;label\n1;Nice post;genuine\n", "semicolon-separated: its header has 2 semicolons and no comma")]
    public void Score_NotCommaSeparated_SaysWhichSeparatorItUses(string content, string expected)
    {
        string path = _folder.Write("comments.txt", content);

        CliResult result = EngageTool.Run("score", "--comments", path, "--out", _folder.File("v.csv"), "--model", model.ModelPath);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().Contain(expected).And.Contain("comma-separated");
    }

    [Fact]
    public void Score_SemicolonsInsideQuotedHeader_IsStillComma()
    {
        string path = _folder.Write("comments.csv", "\"id;x\",content\n1,Nice post\n");

        CliResult result = EngageTool.Run("score", "--comments", path, "--out", "-", "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
    }

    [Fact]
    public void Score_CommentsIsAFolder_SaysSo()
    {
        CliResult result = EngageTool.Run("score", "--comments", _folder.Path, "--out", _folder.File("v.csv"), "--model", model.ModelPath);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("it is a folder");
    }

    [SkippableFact]
    public void Open_NamedPipe_ReadsEveryCommentOnceAsItComes()
    {
        Skip.If(OperatingSystem.IsWindows(), "Named pipes with a file path (mkfifo) exist on Linux and macOS only.");
        string fifo = _folder.File("comments.fifo");
        using (Process mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.Should().Be(0);
        }

        Task writer = Task.Run(() => File.WriteAllText(fifo, "id,content\n1,First of three\n2,Second one\n3,And the third\n"));
        InputFile file = InputFile.Open(CliContext.ForWriters(TextWriter.Null, TextWriter.Null), fifo, encoding: null);

        file.Lines.Should().BeNull("a pipe cannot be counted before it is read");
        file.ReadComments(null).Select(r => r.Id).Should().Equal("1", "2", "3");
        writer.Wait(TimeSpan.FromSeconds(30)).Should().BeTrue();
    }

    [Fact]
    public void ScoreText_PostFileNotUtf8_NamesTheLine()
    {
        string post = WriteBytes("post.txt", Windows1252);

        CliResult result = EngageTool.Run("score", "--text", "hello", "--post-file", post, "--model", model.ModelPath);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("post file").And.Contain("line 3");
    }
}
