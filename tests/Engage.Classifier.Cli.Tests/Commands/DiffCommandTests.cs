using System.Text.Json;
using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Commands;

/// <summary><c>engage diff</c>: the comments that flip between two models, counted by direction, and the exit code against <c>--max-flips</c>.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class DiffCommandTests(TrainedModel model) : IDisposable
{
    // Low enough that comments with a payload the model doubts turn spam (comments without one score 0 and never do).
    private const double LowerThreshold = 0.001;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The trained model with a lower spam threshold: the comments scored between the two thresholds turn spam.</summary>
    private string LenientModel()
    {
        string path = _folder.File("lenient.zip");
        CommentClassifier.Load(model.ModelPath).WithSpamThreshold(LowerThreshold).Save(path);
        return path;
    }

    /// <summary>The comments whose label changes from <paramref name="from"/> to spam under the lenient model, counted with the library.</summary>
    private int ExpectedTurnedSpam(CommentLabel from)
    {
        CommentClassifier strict = CommentClassifier.Load(model.ModelPath);
        CommentClassifier lenient = strict.WithSpamThreshold(LowerThreshold);
        CommentRecord[] records = CommentCsv.ReadComments(FixtureFiles.HoldoutComments, CommentCsv.ReadPosts(FixtureFiles.Posts)).ToArray();
        return records.Count(r => strict.Classify(r.Comment, false).Label == from && lenient.Classify(r.Comment, false).Label == CommentLabel.Spam);
    }

    [Fact]
    public void Diff_SameModelTwice_FindsNoFlipAndExitsZero()
    {
        CliResult result = EngageTool.Run("diff", "--model", model.ModelPath, "--model", model.ModelPath, "--comments", FixtureFiles.HoldoutComments, "--posts", FixtureFiles.Posts, "--max-flips", "0");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().MatchRegex(@"Comments that flip\s+│\s+0\s").And.MatchRegex(@"Comments compared\s+│\s+30\s");
        result.Error.Should().Contain("Compared 30 comments of").And.Contain("0 changed label or action");
    }

    [Fact]
    public void Diff_LowerThreshold_CountsTheFlipsByDirection()
    {
        int genuineToSpam = ExpectedTurnedSpam(CommentLabel.Genuine);
        int fillerToSpam = ExpectedTurnedSpam(CommentLabel.LowRelevance);
        (genuineToSpam + fillerToSpam).Should().BeGreaterThan(0, "the fixture needs comments between the two thresholds");

        CliResult result = EngageTool.Run("diff", "--model", model.ModelPath, "--model", LenientModel(), "--comments", FixtureFiles.HoldoutComments, "--posts", FixtureFiles.Posts, "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        root.GetProperty("compared").GetInt32().Should().Be(30);
        root.GetProperty("flipped").GetInt32().Should().Be(genuineToSpam + fillerToSpam, "lowering the threshold only turns comments spam, which changes their label");
        var labelChanges = root.GetProperty("label_changes").EnumerateArray()
            .ToDictionary(c => $"{c.GetProperty("from").GetString()}->{c.GetProperty("to").GetString()}", c => c.GetProperty("count").GetInt32());
        labelChanges.Should().BeEquivalentTo(new Dictionary<string, int> { ["genuine->spam"] = genuineToSpam, ["low_relevance->spam"] = fillerToSpam }.Where(c => c.Value > 0).ToDictionary());
        root.GetProperty("action_changes").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()).Should().BeLessThanOrEqualTo(genuineToSpam + fillerToSpam);
        foreach (JsonElement flip in root.GetProperty("flips").EnumerateArray())
        {
            flip.GetProperty("label_after").GetString().Should().Be("spam");
            flip.GetProperty("spam_probability_after").GetDouble().Should().Be(flip.GetProperty("spam_probability_before").GetDouble(), "both models score alike; only the threshold moved");
        }
    }

    [Fact]
    public void Diff_MoreFlipsThanAllowed_ExitsThreeAndSaysSo()
    {
        int flips = ExpectedTurnedSpam(CommentLabel.Genuine) + ExpectedTurnedSpam(CommentLabel.LowRelevance);

        CliResult over = EngageTool.Run("diff", "--model", model.ModelPath, "--model", LenientModel(), "--comments", FixtureFiles.HoldoutComments, "--posts", FixtureFiles.Posts, "--max-flips", (flips - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        CliResult within = EngageTool.Run("diff", "--model", model.ModelPath, "--model", LenientModel(), "--comments", FixtureFiles.HoldoutComments, "--posts", FixtureFiles.Posts, "--max-flips", flips.ToString(System.Globalization.CultureInfo.InvariantCulture));

        over.ExitCode.Should().Be(3, over.ToString());
        over.Error.Should().Contain($"engage: {flips} comments flipped, more than --max-flips {flips - 1}.");
        over.Output.Should().Contain("Comments that flip").And.Contain("→ Spam");
        within.ExitCode.Should().Be(0, within.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Diff_ModelNotGivenTwice_IsAUsageError(int models)
    {
        string[] modelArgs = Enumerable.Repeat(new[] { "--model", model.ModelPath }, models).SelectMany(a => a).ToArray();

        CliResult result = EngageTool.Run(["diff", .. modelArgs, "--comments", FixtureFiles.HoldoutComments]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("--model must be given twice");
    }

    [Fact]
    public void Diff_NegativeMaxFlips_IsAUsageError()
    {
        CliResult result = EngageTool.Run("diff", "--model", model.ModelPath, "--model", model.ModelPath, "--comments", FixtureFiles.HoldoutComments, "--max-flips", "-1");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("--max-flips must be a whole number of 0 or more");
    }
}
