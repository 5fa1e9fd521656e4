using System.Text.Json;
using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Commands;

/// <summary><c>engage score</c> says what to do with each comment: the action column, the action row, and the policy options.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class ScoreActionTests(TrainedModel model) : IDisposable
{
    private const string LinkDrop = "Buy cheap Ray Ban sunglasses online http://cheap-shades-outlet.example.com best price free shipping";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ScoreText_SpamFromAKnownAuthor_PrintsHoldAndWhy()
    {
        CliResult result = EngageTool.Run("score", "--text", LinkDrop, "--author-approved", "4", "--reject-threshold", "0", "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().MatchRegex(@"Label\s+│\s+Spam\s");
        result.Output.Should().MatchRegex(@"Action\s+│\s+Hold\s").And.Contain("the author has 4 approved comments");
    }

    [Fact]
    public void ScoreText_Json_HasTheActionAndItsReasons()
    {
        CliResult result = EngageTool.Run("score", "--text", LinkDrop, "--json", "--reject-threshold", "0", "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("label").GetString().Should().Be("spam");
        json.RootElement.GetProperty("action").GetString().Should().Be("reject");
        json.RootElement.GetProperty("action_reasons").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void ScoreText_RegisteredTrackback_IsHeldWithTheLinkbackReason()
    {
        CliResult result = EngageTool.Run("score", "--text", "Our club wrote about your rye starter notes this week.", "--kind", "trackback", "--registered", "--json", "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("action").GetString().Should().Be("hold");
    }

    [Fact]
    public void ScoreFile_ActionColumn_IsThePolicysActionOnEachVerdictAndContext()
    {
        string input = _folder.Write("context.csv",
            "id,thread,content,author_approved,author_spam,kind\n" +
            "c1,t1,\"The crumb was gummy until I baked it ten minutes longer, thanks for the tip\",3,0,comment\n" +
            "c2,t1,\"" + LinkDrop + "\",,,\n" +
            "c3,t1,\"" + LinkDrop + "\",9,0,reply\n" +
            "c4,t1,\"Nice\",,,\n" +
            "c5,t1,\"Linked your post from our baking notes\",,,pingback\n" +
            "c6,t1,\"Does rye need more water than wheat?\",0,5,\n");
        string output = _folder.File("verdicts.csv");

        CliResult result = EngageTool.Run("score", "--comments", input, "--out", output, "--no-reasons", "--low-relevance", "hold", "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        var policy = new ModerationPolicy(new ModerationOptions { LowRelevanceAction = ModerationAction.Hold });
        CommentClassifier classifier = CommentClassifier.Load(model.ModelPath);
        string[] expected = CommentCsv.ReadComments(input)
            .Select(r => policy.Moderate(classifier.Classify(r.Comment, includeReasons: false), r.Comment).Action.ToString().ToLowerInvariant())
            .ToArray();
        List<string[]> rows = CsvRows.Read(output);
        rows.Skip(1).Select(r => r[5]).Should().Equal(expected);
        rows.Skip(1).Where(r => r[5] != (r[1] == "genuine" ? "approve" : "reject")).Should().OnlyContain(r => r[6].Length > 0, "an action other than the label's plain one says why");
        rows.Single(r => r[0] == "c3")[5].Should().NotBe("reject", "an author with approved comments is never rejected");
        rows.Single(r => r[0] == "c6")[5].Should().NotBe("approve", "more of this author's comments were spam than approved");
        result.Error.Should().Contain("Approve").And.Contain("Hold").And.Contain("Reject");
    }

    [Theory]
    [InlineData("--reject-threshold", "2", "--reject-threshold must be between 0 and 1")]
    [InlineData("--low-relevance", "reject", "reject")]
    [InlineData("--known-author", "0", "--known-author must be a whole number of 1 or more")]
    [InlineData("--author-approved", "-1", "--author-approved must be a whole number of 0 or more")]
    [InlineData("--kind", "email", "email")]
    public void ScoreText_BadPolicyOrContextOption_IsAUsageError(string option, string value, string message)
    {
        CliResult result = EngageTool.Run("score", "--text", "hello", option, value, "--model", model.ModelPath);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain(message);
    }

    [Fact]
    public void ScoreFile_ContextOptionOfOneComment_IsRefused()
    {
        CliResult result = EngageTool.Run("score", "--comments", FixtureFiles.HoldoutComments, "--out", _folder.File("v.csv"), "--author-approved", "3", "--model", model.ModelPath);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("--author-approved cannot be used with --comments");
    }
}
