using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Engage.Classifier.Samples.MinimalApi.Tests;

/// <summary>
/// <c>POST /classify</c> with a body over the server's request-size limit: 413 with a problem-details answer that says
/// the body is too large and what the limit is, not the bare "Content Too Large". The test server sets no limit, so the
/// sample runs on Kestrel here, on a free loopback port, with a limit of 2 KB.
/// </summary>
public sealed class OversizedBodyTests
{
    [Fact]
    public async Task Post_BodyOverTheServersLimit_Is413SayingTheLimit()
    {
        await using var app = new WebApplicationFactory<Program>();
        app.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Limits.MaxRequestBodySize = 2_048;
        });
        app.StartServer();
        using HttpClient client = app.CreateClient();
        string text = string.Concat(Enumerable.Repeat("Proofing in a cold oven with only the light on worked for my rye. ", 40));

        using HttpResponseMessage response = await client.PostAsJsonAsync(new Uri("/classify", UriKind.Relative), new { text });

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("title").GetString().Should().Be("The request body is too large.");
        problem.RootElement.GetProperty("detail").GetString().Should().Be("This server takes request bodies of up to 2,048 bytes (Kestrel's Limits.MaxRequestBodySize).");
    }
}
