using System.Text.Json;
using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Commands;

[Collection(TrainedModelCollection.Name)]
public sealed class EvaluateCommandTests(TrainedModel model)
{
    [Fact]
    public void Evaluate_HoldoutComments_PrintsMetricsConfusionMatrixAndThresholdTable()
    {
        CliResult result = EngageTool.Run("evaluate", "--comments", FixtureFiles.HoldoutComments, "--posts", FixtureFiles.Posts, "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().BeEmpty();
        result.Output.Should().Contain("Evaluation of holdout-comments.csv");
        result.Output.Should().MatchRegex(@"│ Comments\s+│\s+30 │");
        result.Output.Should().MatchRegex(@"│ Threads\s+│\s+2 │");
        result.Output.Should().Contain("Accuracy").And.Contain("AUC").And.Contain("Genuine false-positive rate");
        result.Output.Should().Contain("Confusion matrix").And.Contain("low_relevance");
        result.Output.Should().Contain("If the spam threshold were").And.Contain("Genuine FPR");
        result.Output.Should().MatchRegex(@"│\s+0\.500 │\s+[\d.]+% │\s+[\d.]+% │\s+[\d.]+% │");
    }

    [Fact]
    public void Evaluate_Json_PrintsMetricsMatrixAndThresholdsAsOneObject()
    {
        CliResult result = EngageTool.Run("evaluate", "--comments", FixtureFiles.HoldoutComments, "--posts", FixtureFiles.Posts, "--model", model.ModelPath, "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        root.GetProperty("count").GetInt32().Should().Be(30);
        root.GetProperty("accuracy").GetDouble().Should().BeInRange(0, 1);
        JsonElement matrix = root.GetProperty("confusion_matrix");
        int total = 0;
        foreach (JsonProperty row in matrix.EnumerateObject())
        {
            total += row.Value.EnumerateObject().Sum(cell => cell.Value.GetInt32());
        }

        total.Should().Be(30);
        root.GetProperty("thresholds").GetArrayLength().Should().BeGreaterThan(3);
        root.GetProperty("thresholds")[0].GetProperty("genuine_false_positive_rate").GetDouble().Should().BeInRange(0, 1);
    }

    [Fact]
    public void Evaluate_RowWithoutLabel_FailsNamingTheLine()
    {
        using var folder = new TempFolder();
        string comments = folder.Write("unlabeled.csv", "content,label\n\"Great post\",genuine\n\"Nice tips\",\n");

        CliResult result = EngageTool.Run("evaluate", "--comments", comments, "--model", model.ModelPath);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("line 3").And.Contain("no label");
    }
}
