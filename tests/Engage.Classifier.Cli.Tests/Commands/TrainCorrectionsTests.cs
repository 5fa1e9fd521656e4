using System.Text.Json;
using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Commands;

/// <summary><c>engage train --corrections</c>: moderator corrections replace labels by id, weigh their own weight, and are counted in the report.</summary>
public sealed class TrainCorrectionsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Train_WithCorrections_ReportsHowManyWereUsedAndChangedALabel()
    {
        // c001 is spam in the fixture (confirmed here); c002 is spam, corrected to genuine; x999 names no comment.
        string corrections = _folder.Write("corrections.csv", "id,label\nc001,spam\nc002,genuine\nx999,spam\n");
        string modelPath = _folder.File("m.zip");

        CliResult result = EngageTool.Run("train", "--comments", FixtureFiles.Comments, "--posts", FixtureFiles.Posts, "--corrections", corrections, "--correction-weight", "3", "--out", modelPath, "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement report = json.RootElement.GetProperty("corrections");
        report.GetProperty("read").GetInt32().Should().Be(3);
        report.GetProperty("used").GetInt32().Should().Be(2);
        report.GetProperty("changed_labels").GetInt32().Should().Be(1);
        report.GetProperty("weight").GetDouble().Should().Be(3);
        json.RootElement.GetProperty("label_counts").GetProperty("spam").GetInt32().Should().Be(
            CommentCsv.ReadLabeled(FixtureFiles.Comments).Count(c => c.Label == CommentLabel.Spam) - 1, "one spam comment was corrected to genuine");
        result.Error.Should().Contain("1 of the 3 corrections name no comment").And.Contain("'x999'");
    }

    [Fact]
    public void Train_WithCorrections_PrintsTheCountInTheSummary()
    {
        string corrections = _folder.Write("corrections.csv", "id,label,note\nc003,genuine,a shop we know\n");

        CliResult result = EngageTool.Run("train", "--comments", FixtureFiles.Comments, "--corrections", corrections, "--out", _folder.File("m.zip"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Used 1 moderator corrections (1 changed a label), each weighing 2.");
    }

    [Theory]
    [InlineData("id,label\nc001,spam\nc001,genuine\n", "line 3: id 'c001' is corrected twice")]
    [InlineData("id,label\nc001,maybe\n", "line 2: unknown label 'maybe'")]
    [InlineData("id,label\n,spam\n", "line 2: a correction needs an id and a label")]
    [InlineData("id,verdict\nc001,spam\n", "the header has no 'label' column (found: 'id', 'verdict')")]
    public void Train_BadCorrectionsFile_FailsNamingTheProblem(string content, string message)
    {
        string corrections = _folder.Write("corrections.csv", content);

        CliResult result = EngageTool.Run("train", "--comments", FixtureFiles.Comments, "--corrections", corrections, "--out", _folder.File("m.zip"));

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().Contain(message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    public void Train_CorrectionWeightNotAboveZero_IsAUsageError(string weight)
    {
        CliResult result = EngageTool.Run("train", "--comments", FixtureFiles.Comments, "--correction-weight", weight, "--out", _folder.File("m.zip"));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("--correction-weight must be above 0");
    }
}
