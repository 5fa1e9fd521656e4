using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Engage.Classifier.Samples.MinimalApi.Tests;

/// <summary>
/// What <c>POST /classify</c> answers: the payload kinds by name, as the library's <see cref="PayloadKinds"/> JSON names
/// them, both for the verdict and in the payload reason, never as a flags number.
/// </summary>
public sealed class ClassifyResponseTests(WebApplicationFactory<Program> app) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Post_CommentWithALinkAndAPitch_NamesItsPayloadKindsInTheVerdictAndTheReason()
    {
        JsonElement answer = await Classify("Half-price espresso grinders this week only, order at http://grinder-deals.example/sale");

        answer.GetProperty("label").GetString().Should().Be("spam");
        answer.GetProperty("payload").GetString().Should().Be("link, pitch");
        JsonElement payloadReason = answer.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "payload");
        JsonElement kinds = payloadReason.GetProperty("values").GetProperty("kinds");
        kinds.ValueKind.Should().Be(JsonValueKind.String);
        kinds.GetString().Should().Be(JsonSerializer.Serialize(PayloadKinds.Link | PayloadKinds.Pitch).Trim('"'), "the names are the ones the library's own JSON gives");
    }

    [Fact]
    public async Task Post_CommentWithoutAPayload_SaysNoneAndKeepsOtherValuesAsNumbers()
    {
        // Filler: its reasons carry numbers (a share of praise words), which must stay numbers.
        JsonElement answer = await Classify("Great post, really great post, thanks so much for this great post!");

        answer.GetProperty("payload").GetString().Should().Be("none");
        JsonProperty[] values = [.. answer.GetProperty("reasons").EnumerateArray().SelectMany(r => r.GetProperty("values").EnumerateObject())];
        values.Should().NotBeEmpty("the filler reasons state a share").And.OnlyContain(v => v.Value.ValueKind == JsonValueKind.Number, "only the payload kinds are names");
    }

    private async Task<JsonElement> Classify(string text)
    {
        using HttpClient client = app.CreateClient();
        using HttpResponseMessage response = await client.PostAsJsonAsync(new Uri("/classify", UriKind.Relative), new { text });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }
}
