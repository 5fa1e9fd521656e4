using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Engage.Classifier.Samples.MinimalApi.Tests;

/// <summary>
/// <c>POST /classify</c> with a body that is not a JSON object (empty, broken, not UTF-8, of another shape): a
/// problem-details answer that says what is wrong with the body and shows the expected shape, never an empty 400 or 415; a JSON object without text is still a validation problem.
/// </summary>
public sealed class UnreadableBodyTests(WebApplicationFactory<Program> app) : IClassFixture<WebApplicationFactory<Program>>
{
    [Theory]
    [InlineData("[\"a list\", \"not an object\"]")]
    [InlineData("\"a string\"")]
    [InlineData("null")]
    public async Task Post_BodyThatIsNotAJsonObject_Is400ProblemDetailsShowingTheExpectedShape(string body)
    {
        JsonElement problem = await ProblemAnswering(body, "application/json", HttpStatusCode.BadRequest);

        problem.GetProperty("status").GetInt32().Should().Be(400);
        problem.GetProperty("title").GetString().Should().Be("The request body must be a JSON object.");
        problem.GetProperty("detail").GetString().Should().Be("POST /classify takes a JSON object shaped as 'expected' shows; only text is required.", "the parser's own words name .NET types");
        ExpectedFields(problem).Should().Equal("text", "authorName", "authorUrl", "authorEmail", "postTitle", "postText", "postUrl");
    }

    [Theory]
    [InlineData("Loved the bit about proofing baskets", 1, 1)]
    [InlineData("{\"text\": \"unterminated", 1, 23)]
    [InlineData("{\"text\": \"Which flour?\",\n \"authorName\": ", 2, 16)]
    public async Task Post_BrokenJson_Is400SayingWhereItStopsBeingJson(string body, int line, int position)
    {
        JsonElement problem = await ProblemAnswering(body, "application/json", HttpStatusCode.BadRequest);

        problem.GetProperty("title").GetString().Should().Be("The request body is not valid JSON.");
        problem.GetProperty("detail").GetString().Should().StartWith($"It stops being valid JSON at line {line}, byte {position} of that line.");
        problem.GetRawText().Should().NotContain("System.").And.NotContain("BytePositionInLine");
        ExpectedFields(problem).Should().Contain("text");
    }

    [Fact]
    public async Task Post_EmptyBody_Is400SayingTheBodyIsEmpty()
    {
        JsonElement problem = await ProblemAnswering("", "application/json", HttpStatusCode.BadRequest);

        problem.GetProperty("title").GetString().Should().Be("The request body is empty.", "an empty body is not a value of the wrong kind");
        problem.GetProperty("detail").GetString().Should().Be("POST /classify takes a JSON object shaped as 'expected' shows; only text is required.");
        ExpectedFields(problem).Should().Contain("text");
    }

    [Fact]
    public async Task Post_BodyInLatin1_Is400SayingItIsNotUtf8AndHowToSendIt()
    {
        // A Latin-1 client (no charset named) sends é and û as single bytes, which are not UTF-8: the string is there, its bytes are not readable.
        JsonElement problem = await ProblemAnswering(Encoding.Latin1.GetBytes("{\"text\": \"Does a crème brûlée need the water bath?\"}"), "application/json", HttpStatusCode.BadRequest);

        problem.GetProperty("title").GetString().Should().Be("The request body is not UTF-8.", "the field is a string; its bytes are what cannot be read");
        problem.GetProperty("detail").GetString().Should().StartWith("Its field 'text' holds bytes that are not UTF-8: send the body as UTF-8, or name its encoding in the Content-Type (application/json; charset=iso-8859-1).");
        problem.GetRawText().Should().NotContain("System.").And.NotContain("transcode");
    }

    [Fact]
    public async Task Post_BodyInLatin1WithItsCharsetNamed_IsRead()
    {
        using HttpResponseMessage response = await Post(Encoding.Latin1.GetBytes("{\"text\": \"Does a crème brûlée need the water bath?\"}"), "application/json; charset=iso-8859-1");

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the remedy the answer above gives must work");
    }

    [Theory]
    [InlineData("{\"text\": \"Does rye need a longer proof?\", \"content\": \"duplicate\"}", "content")]
    [InlineData("{\"text\": \"Does rye need a longer proof?\", \"post\": {\"title\": \"Rye loaves\"}}", "post")]
    public async Task Post_FieldTheRequestDoesNotHave_Is400NamingItAndTheFieldsThereAre(string body, string field)
    {
        JsonElement problem = await ProblemAnswering(body, "application/json", HttpStatusCode.BadRequest);

        problem.GetProperty("title").GetString().Should().Be($"The request body has a field '{field}' that POST /classify does not read.");
        problem.GetProperty("detail").GetString().Should().Be("Its fields are text, authorName, authorUrl, authorEmail, postTitle, postText, postUrl; only text is required ('expected' shows what each holds).");
    }

    [Fact]
    public async Task Post_FieldNamesInAnotherCase_AreStillRead()
    {
        using HttpResponseMessage response = await Post("{\"Text\": \"Does rye need a longer proof?\", \"PostTitle\": \"Rye loaves\"}", "application/json");

        response.StatusCode.Should().Be(HttpStatusCode.OK, "field names are matched without regard to case, so only truly unknown fields are refused");
    }

    [Fact]
    public async Task Post_JsonObjectWithAFieldOfTheWrongType_NamesTheFieldAndNoDotNetType()
    {
        JsonElement problem = await ProblemAnswering("{\"text\": 42}", "application/json", HttpStatusCode.BadRequest);

        problem.GetProperty("title").GetString().Should().Be("The field 'text' of the request body must be a string.");
        problem.GetRawText().Should().NotContain("Engage.Classifier").And.NotContain("System.");
        ExpectedFields(problem).Should().Contain("text");
    }

    [Fact]
    public async Task Post_BodyNotSentAsJson_Is415ProblemDetailsSayingToSendJson()
    {
        JsonElement problem = await ProblemAnswering("text=Loved the bit about proofing baskets", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType);

        problem.GetProperty("title").GetString().Should().Be("The request body must be sent as JSON (Content-Type: application/json).");
        problem.GetProperty("detail").GetString().Should().Contain("Content-Type: application/json");
        ExpectedFields(problem).Should().Contain("text");
    }

    [Fact]
    public async Task Post_JsonObjectWithoutText_IsStillAValidationProblemAboutText()
    {
        JsonElement problem = await ProblemAnswering("{\"authorName\": \"Priya\"}", "application/json", HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("text")[0].GetString().Should().Be("The comment text is required, in the field 'text'.");
        problem.TryGetProperty("expected", out _).Should().BeFalse("a readable body needs no lesson in its shape");
    }

    private Task<HttpResponseMessage> Post(string body, string mediaType) => Post(Encoding.UTF8.GetBytes(body), mediaType);

    private async Task<HttpResponseMessage> Post(byte[] body, string contentType)
    {
        using HttpClient client = app.CreateClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await client.PostAsync(new Uri("/classify", UriKind.Relative), content);
    }

    private Task<JsonElement> ProblemAnswering(string body, string mediaType, HttpStatusCode status) =>
        ProblemAnswering(Encoding.UTF8.GetBytes(body), mediaType, status);

    /// <summary>Posts <paramref name="body"/> and returns the problem details it is answered with, after checking the status.</summary>
    private async Task<JsonElement> ProblemAnswering(byte[] body, string mediaType, HttpStatusCode status)
    {
        using HttpResponseMessage response = await Post(body, mediaType);
        response.StatusCode.Should().Be(status);
        return await Problem(response);
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
