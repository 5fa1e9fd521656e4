using System.Text.Json;
using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Commands;

[Collection(TrainedModelCollection.Name)]
public sealed class ScoreTextTests(TrainedModel model)
{
    private const string Spam = "Buy cheap Ray Ban sunglasses online http://cheap-shades-outlet.example.com best price free shipping";

    [Fact]
    public void ScoreText_SpamComment_PrintsSpamVerdictTableAndExitsZero()
    {
        CliResult result = EngageTool.Run("score", "--text", Spam, "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().BeEmpty();
        result.Output.Should().Contain("Label").And.Contain("Spam probability").And.Contain("Relevance").And.Contain("Reasons");
        result.Output.Should().MatchRegex(@"Label\s+│\s+Spam\s");
        result.Output.Should().Contain("n/a (no post title or text given)");
    }

    [Fact]
    public void ScoreText_Json_PrintsOneJsonObjectWithLabelProbabilityRelevanceAndReasons()
    {
        CliResult result = EngageTool.Run("score", "--text", Spam, "--json", "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        root.ValueKind.Should().Be(JsonValueKind.Object);
        root.GetProperty("label").GetString().Should().Be("spam");
        root.GetProperty("spam_probability").GetDouble().Should().BeInRange(0, 1);
        root.GetProperty("relevance").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("reasons").ValueKind.Should().Be(JsonValueKind.Array);
        root.GetProperty("reasons").GetArrayLength().Should().BeGreaterThan(0);
        JsonElement[] details = root.GetProperty("reason_details").EnumerateArray().ToArray();
        details.Select(d => d.GetProperty("text").GetString()).Should().Equal(root.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        details.Should().OnlyContain(d => d.GetProperty("code").GetString()!.Length > 0 && d.GetProperty("values").ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public void ScoreText_Json_NamesThePayloadKindsAtTheTopAndInThePayloadReason()
    {
        const string text = "Tired of bills? Text me on WhatsApp +1 415 555 0147 and earn $900 a week from your sofa, details at http://sofa-income.example";

        CliResult result = EngageTool.Run("score", "--text", text, "--json", "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Output);
        string payload = json.RootElement.GetProperty("payload").GetString()!;
        payload.Split(", ").Should().Contain(["link", "contact", "pitch"]);
        JsonElement reason = json.RootElement.GetProperty("reason_details").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "payload");
        reason.GetProperty("values").GetProperty("kinds").GetString().Should().Be(payload, "the payload reason names the same kinds as the verdict");
    }

    [Fact]
    public void ScoreText_Json_CommentWithoutPayload_SaysNone()
    {
        CliResult result = EngageTool.Run("score", "--text", "Does the second proof go in the fridge or on the counter overnight?", "--json", "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("payload").GetString().Should().Be("none");
        json.RootElement.GetProperty("label").GetString().Should().NotBe("spam");
    }

    [Fact]
    public void ScoreText_WithPostTitleAndText_ReportsRelevance()
    {
        CliResult result = EngageTool.Run(
            "score", "--text", "My starter smelled like nail polish on day 3, should I feed it more flour?",
            "--post-title", "Sourdough starter in 7 days",
            "--post-text", "Mix flour and water, discard half every day and feed the starter.",
            "--author", "Maria", "--author-url", "http://maria-notes.example.com", "--author-email", "maria@notes.example.com",
            "--json", "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("relevance").GetDouble().Should().BeGreaterThan(0);
    }

    [Fact]
    public void ScoreText_WithPostFile_ReadsThePostFromTheFile()
    {
        using var folder = new TempFolder();
        string post = folder.Write("post.txt", "Cycling a freshwater aquarium: dose ammonia, test nitrite and nitrate, wait for zero.");

        CliResult result = EngageTool.Run("score", "--text", "How long did your nitrite take to drop to zero in the aquarium?", "--post-file", post, "--json", "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("relevance").GetDouble().Should().BeGreaterThan(0);
    }

    [Theory]
    [InlineData("0", "spam")]
    [InlineData("1", "genuine")]
    public void ScoreText_ThresholdOption_ReplacesTheModelsThreshold(string threshold, string expectedLabel)
    {
        CliResult result = EngageTool.Run("score", "--text", "Thanks, the second rise fixed my dense crumb.", "--threshold", threshold, "--json", "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("spam_threshold").GetDouble().Should().Be(double.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture));
        string label = json.RootElement.GetProperty("label").GetString()!;
        if (expectedLabel == "spam")
        {
            label.Should().Be("spam", "every probability is at or above 0");
        }
        else
        {
            label.Should().NotBe("spam", "no probability below 1 reaches a threshold of 1");
        }
    }

    [Fact]
    public void ScoreText_PostUrl_MakesALinkToThePostItselfNoPayload()
    {
        string[] comment = ["score", "--text", "The bridge at https://youtu.be/Qm7Vt2xLp0A?t=95 gives me chills every time", "--json", "--model", model.ModelPath];

        CliResult own = EngageTool.Run([.. comment, "--post-url", "https://www.youtube.com/watch?v=Qm7Vt2xLp0A"]);
        CliResult other = EngageTool.Run([.. comment, "--post-url", "https://www.youtube.com/watch?v=Zk4Pw8rTn1B"]);

        own.ExitCode.Should().Be(0, own.ToString());
        other.ExitCode.Should().Be(0, other.ToString());
        using JsonDocument ownJson = JsonDocument.Parse(own.Output);
        using JsonDocument otherJson = JsonDocument.Parse(other.Output);
        ownJson.RootElement.GetProperty("spam_probability").GetDouble().Should().Be(0, "a comment whose only link is to its own post carries no payload");
        otherJson.RootElement.GetProperty("spam_probability").GetDouble().Should().BeGreaterThan(0, "a link to another video is a link payload");
    }

    [Theory]
    [InlineData("ftp://files.example/lesson.mp4")]
    [InlineData("/2026/faucet-drip")]
    public void ScoreText_PostUrlThatIsNoHttpAddress_IsAUsageError(string url)
    {
        CliResult result = EngageTool.Run("score", "--text", "hello", "--post-url", url, "--model", model.ModelPath);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--post-url").And.Contain("not an absolute http or https address");
    }

    [Fact]
    public void ScoreText_ThresholdAboveOne_IsAUsageError()
    {
        CliResult result = EngageTool.Run("score", "--text", "hello", "--threshold", "1.5", "--model", model.ModelPath);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--threshold must be between 0 and 1");
    }

    [Fact]
    public void ScoreText_Table_PrintsTheProbabilityOnTheLabelsSideOfThePrintedThreshold()
    {
        CliResult json = EngageTool.Run("score", "--text", Spam, "--json", "--model", model.ModelPath);
        using JsonDocument verdict = JsonDocument.Parse(json.Output);
        double probability = verdict.RootElement.GetProperty("spam_probability").GetDouble();

        // A threshold a hair above the probability: the comment is not spam, and the table must not look as if it were.
        string threshold = (probability + 1e-9).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        CliResult result = EngageTool.Run("score", "--text", Spam, "--threshold", threshold, "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        System.Text.RegularExpressions.Match row = System.Text.RegularExpressions.Regex.Match(result.Output, @"Spam probability\s+│\s+([0-9.]+) \(spam at ([0-9.]+) or more\)");
        row.Success.Should().BeTrue(result.Output);
        decimal.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).Should().BeLessThan(decimal.Parse(row.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        result.Output.Should().NotMatchRegex(@"Label\s+│\s+Spam\s");
    }

    [Theory]
    [InlineData("Thanks for sharing. Check my blog http://kitchen-knife-reviews.example")]
    [InlineData("Nice tips, thanks. Visit my page :: cheap garden hoses http://hose-deals.example")]
    [InlineData("Buy followers cheap at http://followers-now.example")]
    public void ScoreText_HeldSpam_ShowsTheProbabilityAsTheActionReasonStatesIt(string spam)
    {
        // The default model holds these below the reject threshold (0.998); the table's number is the reason's number,
        // never one that rounds up onto that threshold (0.998 beside "0.9977 is below the reject threshold 0.998").
        CliResult result = EngageTool.Run("score", "--text", spam);

        result.ExitCode.Should().Be(0, result.ToString());
        string shown = System.Text.RegularExpressions.Regex.Match(result.Output, @"Spam probability\s+│\s+([0-9.]+) \(spam at").Groups[1].Value;
        shown.Should().NotBeEmpty(result.Output);
        result.Output.Should().Contain($"spam probability {shown} is below the reject threshold");
    }

    [Fact]
    public void ScoreText_MissingPostFile_FailsWithDataErrorNamingTheFile()
    {
        CliResult result = EngageTool.Run("score", "--text", "hello", "--post-file", "no-such-post.txt", "--model", model.ModelPath);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("no-such-post.txt").And.Contain("does not exist");
    }
}
