using System.Text;
using System.Text.Json;
using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Commands;

/// <summary>Results on standard output, everything else on standard error; '-' reads standard input and writes standard output.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class StandardStreamsTests(TrainedModel model) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Score_StdinToStdout_WritesOnlyTheVerdictsCsvToStandardOutput()
    {
        byte[] input = File.ReadAllBytes(FixtureFiles.HoldoutComments);

        CliResult result = EngageTool.RunWithInput(input, "score", "--comments", "-", "--out", "-", "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        string[] lines = result.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("id,label,spam_probability,relevance,reasons,action,action_reasons");
        lines.Should().HaveCount(31);
        result.Error.Should().Contain("[100%] Scoring standard input").And.Contain("Wrote 30 verdicts to standard output");
        Directory.GetFiles(_folder.Path).Should().BeEmpty();
        File.Exists("-").Should().BeFalse("'-' means standard output, not a file named '-'");
    }

    [Fact]
    public void Score_StdinMalformed_NamesStandardInputAndTheLine()
    {
        byte[] input = Encoding.UTF8.GetBytes("id,content\n1,\"fine\"\n2,\"broken \"quote\" here\n");

        CliResult result = EngageTool.RunWithInput(input, "score", "--comments", "-", "--out", "-", "--model", model.ModelPath);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().Contain("'standard input'").And.Contain("line 3").And.NotContain(Path.GetTempPath());
        result.Output.Should().BeEmpty("a file that fails before its first verdict writes no header either");
    }

    [Fact]
    public void Score_FileWithHeaderOnly_WritesTheHeaderToStandardOutput()
    {
        CliResult result = EngageTool.RunWithInput(Encoding.UTF8.GetBytes("id,content\n"), "score", "--comments", "-", "--out", "-", "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Be("id,label,spam_probability,relevance,reasons,action,action_reasons\r\n");
    }

    [Fact]
    public void Evaluate_Json_PrintsOnlyJsonOnStandardOutputAndNotesOnStandardError()
    {
        string report = _folder.File("report.html");

        CliResult result = EngageTool.Run("evaluate", "--comments", FixtureFiles.HoldoutComments, "--model", model.ModelPath, "--json", "--report", report);

        result.ExitCode.Should().Be(0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("count").GetInt32().Should().Be(30);
        result.Error.Should().Contain("Wrote the HTML report");
    }

    [Theory]
    [InlineData("train", "--out")]
    [InlineData("evaluate", "--report")]
    public void Command_DashForAFileThatCannotGoToStandardOutput_IsAUsageError(string command, string option)
    {
        CliResult result = EngageTool.Run(command, "--comments", FixtureFiles.HoldoutComments, option, "-");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain($"{option} cannot write");
        File.Exists("-").Should().BeFalse();
    }

    [Fact]
    public void Score_PostsFromStdin_IsAUsageError()
    {
        CliResult result = EngageTool.Run("score", "--comments", FixtureFiles.HoldoutComments, "--posts", "-", "--out", "-", "--model", model.ModelPath);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--posts cannot read standard input");
    }
}
