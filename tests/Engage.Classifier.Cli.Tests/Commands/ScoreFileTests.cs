using System.Globalization;
using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Commands;

[Collection(TrainedModelCollection.Name)]
public sealed class ScoreFileTests(TrainedModel model) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ScoreFile_FixtureComments_WritesOneVerdictPerRowInInputOrder()
    {
        string output = _folder.File("verdicts.csv");

        CliResult result = EngageTool.Run("score", "--comments", FixtureFiles.HoldoutComments, "--posts", FixtureFiles.Posts, "--out", output, "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        List<string[]> rows = ReadCsv(output);
        rows[0].Should().Equal("id", "label", "spam_probability", "relevance", "reasons", "action", "action_reasons");
        string[] expectedIds = ReadCsv(FixtureFiles.HoldoutComments).Skip(1).Select(r => r[0]).ToArray();
        rows.Skip(1).Select(r => r[0]).Should().Equal(expectedIds);
        rows.Skip(1).Select(r => r[1]).Should().OnlyContain(l => l == "genuine" || l == "low_relevance" || l == "spam");
        rows.Skip(1).Should().OnlyContain(r => double.Parse(r[2], CultureInfo.InvariantCulture) >= 0 && double.Parse(r[2], CultureInfo.InvariantCulture) <= 1);
        rows.Skip(1).Should().OnlyContain(r => r[3].Length > 0, "every comment has its post, so relevance is known");
        rows.Skip(1).Should().Contain(r => r[4].Length > 0, "verdicts come with their reasons");
    }

    [Fact]
    public void ScoreFile_Run_PrintsPlainProgressAndASummaryByLabelOnStandardError()
    {
        string output = _folder.File("verdicts.csv");

        CliResult result = EngageTool.Run("score", "--comments", FixtureFiles.HoldoutComments, "--out", output, "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().Contain("[100%] Scoring holdout-comments.csv");
        result.Error.Should().Contain("Genuine").And.Contain("Low relevance").And.Contain("Spam").And.Contain("Total");
        result.Error.Should().Contain($"Wrote 30 verdicts to {output}");
        result.Output.Should().BeEmpty("the verdicts went to the file, and progress and the summary to standard error");
    }

    [Fact]
    public void ScoreFile_OneComment_SaysOneVerdict()
    {
        string comments = _folder.Write("one.csv", "id,content\n1,Which torque setting did you use for the pedals?\n");
        string output = _folder.File("one-verdict.csv");

        CliResult result = EngageTool.Run("score", "--comments", comments, "--out", output, "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().Contain($"Wrote 1 verdict to {output}");
    }

    [Fact]
    public void ScoreFile_WithThreadContext_CommentCopyingAnEarlierOneOfItsThread_NamesItsId()
    {
        string input = CopyingThread();
        string output = _folder.File("verdicts.csv");

        CliResult result = EngageTool.Run("score", "--comments", input, "--out", output, "--model", model.ModelPath, "--thread-context");

        result.ExitCode.Should().Be(0, result.ToString());
        List<string[]> rows = ReadCsv(output);
        rows[3][0].Should().Be("k3");
        rows[3][1].Should().NotBe("genuine");
        rows[3][4].Should().StartWith("nearly copies comment 'k1' earlier in the thread");
        rows[4][4].Should().NotContain("nearly copies", "k4 is in another thread");
    }

    [Fact]
    public void ScoreFile_WithoutThreadContext_ScoresEachCommentAlone()
    {
        string input = CopyingThread();
        string output = _folder.File("verdicts.csv");

        CliResult result = EngageTool.Run("score", "--comments", input, "--out", output, "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        List<string[]> rows = ReadCsv(output);
        rows.Skip(1).Should().OnlyContain(row => !row[4].Contains("nearly copies"), "without --thread-context no comment is compared with another");
        rows[3][1].Should().Be(rows[4][1], "k3 and k4 differ by one word and are scored alike when each is scored alone");
    }

    /// <summary>A thread in which k3 repeats k1 with one word added, and k4 repeats it in another thread.</summary>
    private string CopyingThread()
    {
        const string original = "Blocking the heel flap on a towel made the gusset stitches finally line up for me, and the sock fits better.";
        return _folder.Write("thread.csv",
            "id,thread,content\n" +
            $"k1,socks,\"{original}\"\n" +
            "k2,socks,\"Which yarn weight did you use for the cuff?\"\n" +
            $"k3,socks,\"{original} Thanks\"\n" +
            $"k4,hats,\"{original}\"\n");
    }

    [Fact]
    public void ScoreFile_InputWithoutIdColumn_UsesRowNumbersAsIds()
    {
        string input = _folder.Write("no-ids.csv", "content\n\"Great post!\"\n\"Buy cheap watches at http://replica.example.com\"\n\"Multi\nline comment about sourdough\"\n");
        string output = _folder.File("verdicts.csv");

        CliResult result = EngageTool.Run("score", "--comments", input, "--out", output, "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        ReadCsv(output).Skip(1).Select(r => r[0]).Should().Equal("1", "2", "3");
    }

    [Fact]
    public void ScoreFile_NoReasons_LeavesTheReasonsColumnEmpty()
    {
        string output = _folder.File("verdicts.csv");

        CliResult result = EngageTool.Run("score", "--comments", FixtureFiles.HoldoutComments, "--out", output, "--no-reasons", "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        List<string[]> rows = ReadCsv(output);
        rows.Should().HaveCount(31);
        rows.Skip(1).Should().OnlyContain(r => r[4].Length == 0);
    }

    [Fact]
    public void ScoreFile_MalformedInput_LeavesNoOutputFileBehind()
    {
        string input = _folder.Write("bad.csv", "id,content\n1,\"fine\"\n2,\"broken \"quote\" here\n");
        string output = _folder.File("verdicts.csv");

        CliResult result = EngageTool.Run("score", "--comments", input, "--out", output, "--model", model.ModelPath);

        result.ExitCode.Should().Be(1, result.ToString());
        File.Exists(output).Should().BeFalse();
        Directory.GetFiles(_folder.Path).Should().HaveCount(1, "no temporary file is left either");
    }

    [Fact]
    public void ScoreFile_PostsMatchingNoThread_WarnsOnStandardError()
    {
        string posts = _folder.Write("other-posts.csv", "thread,title,text\nother-1,Bread,Flour and water\nother-2,Bikes,Chains and gears\n");

        CliResult result = EngageTool.Run("score", "--comments", FixtureFiles.HoldoutComments, "--posts", posts, "--out", _folder.File("v.csv"), "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().Contain("engage: warning: none of the 30 comments with a thread id").And.Contain("'other-1'").And.Contain("relevance was not measured");
        ReadCsv(_folder.File("v.csv")).Skip(1).Should().OnlyContain(r => r[3].Length == 0, "no comment found its post");
    }

    [Fact]
    public void ScoreFile_PostsMatchingTheThreads_DoesNotWarn()
    {
        CliResult result = EngageTool.Run("score", "--comments", FixtureFiles.HoldoutComments, "--posts", FixtureFiles.Posts, "--out", _folder.File("v.csv"), "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().NotContain("warning");
    }

    private static List<string[]> ReadCsv(string path) => CsvRows.Read(path);
}
