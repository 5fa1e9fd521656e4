using Engage.Classifier.Cli.Output;
using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Errors;

/// <summary>Every failure is one sentence on standard error with exit code 1 (data) or 2 (usage), and no stack trace unless --verbose.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class ErrorHandlingTests(TrainedModel model) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Score_MissingCommentsFile_IsADataErrorNamingTheFile()
    {
        CliResult result = EngageTool.Run("score", "--comments", _folder.File("missing.csv"), "--out", _folder.File("v.csv"), "--model", model.ModelPath);

        ShouldBeOneSentence(result, 1);
        result.Error.Should().Contain("missing.csv").And.Contain("does not exist");
    }

    [Theory]
    [InlineData("score")]
    [InlineData("evaluate")]
    [InlineData("train")]
    public void Command_MalformedCsv_ReportsTheLineNumber(string command)
    {
        string comments = _folder.Write("bad.csv", "id,thread,content,label\n1,t1,\"Great post\",genuine\n2,t2,\"Buy now\",spam\n3,t1,\"an \"unbalanced\" quote\",genuine\n4,t2,\"fine\",genuine\n");
        string[] args = command switch
        {
            "score" => ["score", "--comments", comments, "--out", _folder.File("v.csv"), "--model", model.ModelPath],
            "evaluate" => ["evaluate", "--comments", comments, "--model", model.ModelPath],
            _ => ["train", "--comments", comments, "--out", _folder.File("m.zip")],
        };

        CliResult result = EngageTool.Run(args);

        ShouldBeOneSentence(result, 1);
        result.Error.Should().Contain("Malformed CSV").And.Contain("bad.csv").And.Contain("line 4");
    }

    [Fact]
    public void Score_MissingContentColumn_SaysWhichColumnIsMissing()
    {
        string comments = _folder.Write("no-content.csv", "id,text\n1,hello\n");

        CliResult result = EngageTool.Run("score", "--comments", comments, "--out", _folder.File("v.csv"), "--model", model.ModelPath);

        ShouldBeOneSentence(result, 1);
        result.Error.Should().Contain("'content'");
    }

    [Theory]
    [InlineData("train")]
    [InlineData("evaluate")]
    public void Command_LabeledFileWithoutALabelColumn_FailsAtTheHeader(string command)
    {
        string comments = _folder.Write("unlabeled.csv", "id,thread,content\n1,t1,\"Which firmware fixed it for you?\"\n2,t2,\"cheap watches at http://watch-outlet.shop\"\n");
        string[] args = command == "train"
            ? ["train", "--comments", comments, "--out", _folder.File("m.zip")]
            : ["evaluate", "--comments", comments, "--model", model.ModelPath];

        CliResult result = EngageTool.Run(args);

        ShouldBeOneSentence(result, 1);
        result.Error.Should().Contain("header has no 'label' column").And.NotContain("line 2");
    }

    [Fact]
    public void Score_CorruptModelFile_IsADataError()
    {
        string corrupt = _folder.File("corrupt.zip");
        File.WriteAllBytes(corrupt, Enumerable.Range(0, 4096).Select(i => (byte)(i * 31)).ToArray());

        CliResult result = EngageTool.Run("score", "--text", "hello", "--model", corrupt);

        ShouldBeOneSentence(result, 1);
        result.Error.Should().Contain("corrupt.zip");
    }

    [Fact]
    public void Score_MissingModelFile_IsADataError()
    {
        CliResult result = EngageTool.Run("score", "--text", "hello", "--model", _folder.File("nope.zip"));

        ShouldBeOneSentence(result, 1);
        result.Error.Should().Contain("nope.zip").And.Contain("does not exist");
    }

    [Theory]
    [InlineData("score", "--text", "hi", "--bogus")]
    [InlineData("score")]
    [InlineData("score", "--text", "hi", "--comments", "c.csv")]
    [InlineData("score", "--comments", "c.csv")]
    [InlineData("score", "--text", "hi", "--out", "v.csv")]
    [InlineData("score", "--text", "hi", "--post-text", "a", "--post-file", "b")]
    [InlineData("train", "--comments", "c.csv")]
    [InlineData("train", "--comments", "c.csv", "--out", "m.zip", "--seed", "abc")]
    [InlineData("frobnicate")]
    public void Command_BadOptions_IsAUsageErrorPointingAtHelp(params string[] args)
    {
        CliResult result = EngageTool.Run(args);

        ShouldBeOneSentence(result, 2);
        result.Error.Should().Contain("--help");
    }

    [Theory]
    [InlineData("--seed", "train", "--comments", "c.csv", "--out", "m.zip", "--seed", "seven")]
    [InlineData("--folds", "train", "--comments", "c.csv", "--out", "m.zip", "--folds", "x")]
    [InlineData("--folds", "train", "--comments", "c.csv", "--out", "m.zip", "--folds", "2.5")]
    [InlineData("--target-fpr", "train", "--comments", "c.csv", "--out", "m.zip", "--target-fpr", "two")]
    [InlineData("--target-fpr", "train", "--comments", "c.csv", "--out", "m.zip", "--target-fpr", "250%")]
    [InlineData("--correction-weight", "train", "--comments", "c.csv", "--out", "m.zip", "--correction-weight", "x")]
    [InlineData("--target-fpr", "calibrate", "--comments", "c.csv", "--out", "site.zip", "--target-fpr", "1,5%")]
    [InlineData("--threshold", "score", "--text", "hi", "--threshold", "abc")]
    [InlineData("--threshold", "evaluate", "--comments", "c.csv", "--threshold", "high")]
    [InlineData("--reject-threshold", "score", "--text", "hi", "--reject-threshold", "abc")]
    [InlineData("--known-author", "score", "--text", "hi", "--known-author", "many")]
    [InlineData("--author-approved", "score", "--text", "hi", "--author-approved", "x")]
    [InlineData("--author-spam", "score", "--text", "hi", "--author-spam", "1.5")]
    [InlineData("--max-flips", "diff", "--model", "a.zip", "--model", "b.zip", "--comments", "c.csv", "--max-flips", "x")]
    [InlineData("--reject-threshold", "diff", "--model", "a.zip", "--model", "b.zip", "--comments", "c.csv", "--reject-threshold", "x")]
    public void Command_NumericOptionGivenNoNumber_IsAUsageErrorNamingTheOption(string option, params string[] args)
    {
        CliResult result = EngageTool.Run(args);

        ShouldBeOneSentence(result, 2);
        result.Error.Should().Contain($"{option} must be").And.Contain($"(got '{args[^1]}')").And.Contain("--help");
    }

    [Fact]
    public void Engage_NoCommand_IsAUsageError()
    {
        CliResult result = EngageTool.Run();

        ShouldBeOneSentence(result, 2);
    }

    [Fact]
    public void Engage_Help_ListsTheCommandsAndExitsZero()
    {
        CliResult result = EngageTool.Run("--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("score").And.Contain("train").And.Contain("evaluate");
    }

    [Fact]
    public void Score_Verbose_AddsTheStackTrace()
    {
        CliResult result = EngageTool.Run("score", "--text", "hello", "--model", _folder.File("nope.zip"), "--verbose");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("ClassifierDataException").And.Contain("   at ");
    }

    [Fact]
    public void Score_NoModelOption_UsesTheDefaultModelOrSaysThereIsNone()
    {
        // Passes before and after the default model is embedded in the package.
        CliResult result = EngageTool.Run("score", "--text", "Great post, thanks!");

        if (result.ExitCode == 0)
        {
            result.Output.Should().Contain("Spam probability");
        }
        else
        {
            ShouldBeOneSentence(result, 1);
            result.Error.Should().Contain("no embedded default model").And.Contain("--model");
        }
    }

    [Fact]
    public void Score_BadQuotingAroundControlCharacters_ErrorIsEscapedCutAndOneLine()
    {
        // A malformed CSV echoes the field; the terminal must get it escaped and cut.
        string comments = _folder.Write("bad.csv", "id,content\n1,\"fine\"\n2,ab\"\u001b[2J\u001b[31m" + new string('z', 400) + "\"cd\n");

        CliResult result = EngageTool.Run("score", "--comments", comments, "--out", _folder.File("v.csv"), "--model", model.ModelPath);

        ShouldBeOneSentence(result, 1);
        result.Error.Should().NotContain("\u001b").And.Contain("\\u001B").And.Contain("line 3");
        result.Error.Length.Should().BeLessThan(1000 + 40, "the library's message limit (SafeText.MaxLength) plus the 'engage: ' prefix");
    }

    private static void ShouldBeOneSentence(CliResult result, int exitCode)
    {
        result.ExitCode.Should().Be(exitCode, result.ToString());
        result.Error.Should().StartWith("engage: ");
        result.Error.TrimEnd().Should().NotContain("\n", "the error is one line");
        result.Error.Should().NotContain("   at ", "no stack trace without --verbose");
        result.Error.Should().NotContain("Exception", "no exception type names without --verbose");
    }
}
