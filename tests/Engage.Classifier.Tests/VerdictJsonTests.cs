using System.Globalization;
using System.Text.Json;

namespace Engage.Classifier.Tests;

/// <summary>
/// A verdict in System.Text.Json has one shape with any property naming policy: labels as the snake_case names the CSV
/// files and the CLI use, camelCase properties, structured reasons; and it reads back. <see cref="Verdict.ToString"/> is readable.
/// </summary>
public sealed class VerdictJsonTests
{
    private static readonly JsonSerializerOptions[] AnyOptions =
    [
        new(),
        JsonSerializerOptions.Web,
        new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower },
    ];

    private readonly Verdict _spam = CommentClassifier.LoadDefault().Classify(
        new Comment("Great post! My webpage :: cheap oakley sunglasses outlet http://oakley-outlet.example http://oakley-deals.example"));

    [Theory]
    [InlineData(CommentLabel.Genuine, "genuine")]
    [InlineData(CommentLabel.LowRelevance, "low_relevance")]
    [InlineData(CommentLabel.Spam, "spam")]
    public void Serialize_DefaultOptions_WritesTheLabelAsItsName(CommentLabel label, string name)
    {
        var verdict = new Verdict(label, 0.5, 0.25, null, []);

        JsonSerializer.Serialize(verdict).Should().StartWith($"{{\"label\":\"{name}\",\"spamProbability\":0.5,\"lowRelevanceProbability\":0.25,\"relevance\":null,\"reasons\":[]");
        JsonSerializer.Serialize(label).Should().Be($"\"{name}\"");
    }

    [Fact]
    public void Serialize_AnyOptions_GivesTheSameJson()
    {
        string expected = JsonSerializer.Serialize(_spam);

        AnyOptions.Select(o => JsonSerializer.Serialize(_spam, o)).Should().OnlyContain(json => json == expected);
    }

    [Fact]
    public void Serialize_RealVerdict_HasReasonsWithCodesAndValues()
    {
        using JsonDocument json = JsonDocument.Parse(JsonSerializer.Serialize(_spam));
        JsonElement root = json.RootElement;

        root.GetProperty("label").GetString().Should().Be("spam");
        root.GetProperty("isSpam").GetBoolean().Should().BeTrue();
        root.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).Should().Equal(_spam.Reasons);
        JsonElement[] details = root.GetProperty("reasonDetails").EnumerateArray().ToArray();
        details.Select(d => d.GetProperty("code").GetString()).Should().Equal(_spam.ReasonDetails.Select(r => r.Code));
        details.Select(d => d.GetProperty("text").GetString()).Should().Equal(_spam.Reasons);
        details.Should().Contain(d => d.GetProperty("values").EnumerateObject().Any(), "some reason of this comment shows a number");
    }

    [Fact]
    public void Deserialize_WhatWasSerialized_GivesAnEqualVerdict()
    {
        foreach (JsonSerializerOptions options in AnyOptions)
        {
            Verdict back = JsonSerializer.Deserialize<Verdict>(JsonSerializer.Serialize(_spam, options), options)!;

            back.Should().BeEquivalentTo(_spam, o => o.WithStrictOrdering());
            back.ReasonDetails.Should().Equal(_spam.ReasonDetails, "reasons compare by value");
        }
    }

    [Theory]
    [InlineData(PayloadKinds.None, "none")]
    [InlineData(PayloadKinds.Link | PayloadKinds.Pitch, "link, pitch")]
    [InlineData(PayloadKinds.AuthorLink | PayloadKinds.SelfPromotion | PayloadKinds.KeywordAnchor, "author_link, self_promotion, keyword_anchor")]
    public void Payload_IsWrittenAsItsSnakeCaseNamesAndReadsBack(PayloadKinds kinds, string names)
    {
        var verdict = new Verdict(CommentLabel.Genuine, 0.1, 0.1, null, []) { Payload = kinds };

        using JsonDocument json = JsonDocument.Parse(JsonSerializer.Serialize(verdict, JsonSerializerOptions.Web));

        json.RootElement.GetProperty("payload").GetString().Should().Be(names);
        JsonSerializer.Deserialize<Verdict>(json.RootElement.GetRawText(), JsonSerializerOptions.Web)!.Payload.Should().Be(kinds);
    }

    [Fact]
    public void LabelsAsDictionaryKeys_AreWrittenAsTheirNames()
    {
        var counts = new Dictionary<CommentLabel, int> { [CommentLabel.LowRelevance] = 3, [CommentLabel.Spam] = 1 };

        string json = JsonSerializer.Serialize(counts);

        json.Should().Be("{\"low_relevance\":3,\"spam\":1}");
        JsonSerializer.Deserialize<Dictionary<CommentLabel, int>>(json).Should().Equal(counts);
    }

    [Theory]
    [InlineData("\"genuine\"", CommentLabel.Genuine)]
    [InlineData("\"low_relevance\"", CommentLabel.LowRelevance)]
    [InlineData("\"spam\"", CommentLabel.Spam)]
    [InlineData("1", CommentLabel.LowRelevance)]
    public void DeserializeLabel_NameOrNumber_IsRead(string json, CommentLabel expected)
    {
        JsonSerializer.Deserialize<CommentLabel>(json).Should().Be(expected);
    }

    [Theory]
    [InlineData("\"maybe\"")]
    [InlineData("\"\"")]
    [InlineData("\"LowRelevance\"")]
    [InlineData("null")]
    public void DeserializeLabel_UnknownName_Throws(string json)
    {
        Action act = () => JsonSerializer.Deserialize<CommentLabel>(json);

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void ToString_ReadsAsOneLineWithTheNumbersAndReasons()
    {
        var verdict = new Verdict(CommentLabel.LowRelevance, 0.0123, 0.87654, 0.456, ["only 2 words", "generic praise wording (60% praise and function words)"]);

        verdict.ToString().Should().Be("LowRelevance (spam probability 0.012, low-relevance probability 0.877, relevance 0.46): only 2 words; generic praise wording (60% praise and function words)");
    }

    [Fact]
    public void ToString_WithoutPostOrReasons_SaysSo()
    {
        new Verdict(CommentLabel.Genuine, 0.01, 0, null, []).ToString().Should().Be("Genuine (spam probability 0.010, low-relevance probability 0.000, relevance n/a)");
    }

    [Fact]
    public void ToString_IsTheSameInEveryCulture()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            _spam.ToString().Should().Contain("spam probability 0.").And.NotContain("System.");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
