using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Engage.Classifier.Samples.MinimalApi;

/// <summary>
/// Answers a <c>POST /classify</c> body that cannot be read as a <see cref="ClassifyRequest"/> (not JSON, not an object,
/// or not sent as <c>application/json</c>) with a problem-details response that says the body must be a JSON object and
/// shows the expected shape (<c>expected</c>), instead of the empty 400 or 415 minimal APIs give by default. Minimal APIs
/// raise the <see cref="BadHttpRequestException"/> handled here only with <c>RouteHandlerOptions.ThrowOnBadRequest</c>;
/// the 415 that routing gives a body not sent as JSON is written by status code pages, and <see cref="Describe"/> fills in both.
/// </summary>
internal sealed class UnreadableBodyHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const string Path = "/classify";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || !IsClassify(httpContext))
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = { Status = bad.StatusCode } });
    }

    /// <summary>
    /// Every problem-details answer passes here (<c>ProblemDetailsOptions.CustomizeProblemDetails</c>); one about a
    /// <c>/classify</c> body that could not be read gets its title, detail and the expected shape. Validation problems
    /// (a JSON object without text, a bad post address) are left as they are.
    /// </summary>
    public static void Describe(ProblemDetailsContext context)
    {
        bool unreadable = context.Exception is BadHttpRequestException || context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType;
        if (!unreadable || !IsClassify(context.HttpContext))
        {
            return;
        }

        // A JSON object with a field of the wrong type ({"text": 42}) is named by its field; the parser's own message
        // (which names .NET types and byte positions) is not shown.
        // (Broken JSON inside a field, an unclosed string, comes with the reader's own exception inside: not a type problem.)
        string? field = context.Exception?.InnerException is JsonException { Path: { Length: > 2 } path, InnerException: not JsonException } && path.StartsWith("$.", StringComparison.Ordinal)
            ? path[2..]
            : null;
        bool notSentAsJson = context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType;
        context.ProblemDetails.Title = notSentAsJson ? "The request body must be sent as JSON (Content-Type: application/json)."
            : field is null ? "The request body must be a JSON object."
            : $"The field '{field}' of the request body must be a string.";
        context.ProblemDetails.Detail = notSentAsJson
            ? $"POST {Path} takes a JSON object sent with Content-Type: application/json, shaped as 'expected' shows; only text is required."
            : $"POST {Path} takes a JSON object shaped as 'expected' shows; only text is required.";
        context.ProblemDetails.Extensions["expected"] = ClassifyRequest.Example;
    }

    private static bool IsClassify(HttpContext context) => context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase);
}
