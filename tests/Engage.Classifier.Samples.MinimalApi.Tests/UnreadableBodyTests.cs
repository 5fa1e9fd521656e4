using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Engage.Classifier.Samples.MinimalApi.Tests;

/// <summary>
/// <c>POST /classify</c> with a body that is not a JSON object: a problem-details answer that says the body must be JSON
/// and shows the expected shape, never an empty 400 or 415; a JSON object without text is still a validation problem.
/// </summary>
public sealed class UnreadableBodyTests(WebApplicationFactory<Program> app) : IClassFixture<WebApplicationFactory<Program>>
{
    [Theory]
    [InlineData("Loved the bit about proofing baskets")]
    [InlineData("{\"text\": \"unterminated")]
    [InlineData("[\"a list\", \"not an object\"]")]
    [InlineData("null")]
    public async Task Post_BodyThatIsNotAJsonObject_Is400ProblemDetailsShowingTheExpectedShape(string body)
    {
        using HttpResponseMessage response = await Post(body, "application/json");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        JsonElement problem = await Problem(response);
        problem.GetProperty("status").GetInt32().Should().Be(400);
        problem.GetProperty("title").GetString().Should().Be("The request body must be a JSON object.");
        problem.GetProperty("detail").GetString().Should().Be("POST /classify takes a JSON object shaped as 'expected' shows; only text is required.", "the parser's own words name .NET types");
        ExpectedFields(problem).Should().Equal("text", "authorName", "authorUrl", "authorEmail", "postTitle", "postText", "postUrl");
    }

    [Fact]
    public async Task Post_JsonObjectWithAFieldOfTheWrongType_NamesTheFieldAndNoDotNetType()
    {
        using HttpResponseMessage response = await Post("{\"text\": 42}", "application/json");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        JsonElement problem = await Problem(response);
        problem.GetProperty("title").GetString().Should().Be("The field 'text' of the request body must be a string.");
        problem.GetRawText().Should().NotContain("Engage.Classifier").And.NotContain("System.");
        ExpectedFields(problem).Should().Contain("text");
    }

    [Fact]
    public async Task Post_BodyNotSentAsJson_Is415ProblemDetailsSayingToSendJson()
    {
        using HttpResponseMessage response = await Post("text=Loved the bit about proofing baskets", "application/x-www-form-urlencoded");

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        JsonElement problem = await Problem(response);
        problem.GetProperty("title").GetString().Should().Be("The request body must be sent as JSON (Content-Type: application/json).");
        problem.GetProperty("detail").GetString().Should().Contain("Content-Type: application/json");
        ExpectedFields(problem).Should().Contain("text");
    }

    [Fact]
    public async Task Post_JsonObjectWithoutText_IsStillAValidationProblemAboutText()
    {
        using HttpResponseMessage response = await Post("{\"authorName\": \"Priya\"}", "application/json");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        JsonElement problem = await Problem(response);
        problem.GetProperty("errors").GetProperty("text")[0].GetString().Should().Be("The comment text is required, in the field 'text'.");
        problem.TryGetProperty("expected", out _).Should().BeFalse("a readable body needs no lesson in its shape");
    }

    private async Task<HttpResponseMessage> Post(string body, string mediaType)
    {
        using HttpClient client = app.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return await client.PostAsync(new Uri("/classify", UriKind.Relative), content);
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static string[] ExpectedFields(JsonElement problem) =>
        problem.GetProperty("expected").EnumerateObject().Select(field => field.Name).ToArray();
}
