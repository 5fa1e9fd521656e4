using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Engage.Classifier.Samples.MinimalApi;

/// <summary>
/// Answers a <c>POST /classify</c> body that cannot be read as a <see cref="ClassifyRequest"/> (empty, not JSON, not UTF-8,
/// not an object, a field of the wrong type or one the request does not have, not sent as <c>application/json</c>, or
/// larger than the server takes) with a
/// problem-details response that says what is wrong (where broken JSON breaks, which field) and shows the expected shape (<c>expected</c>), instead of the empty 400 or 415 minimal APIs give by default. Minimal APIs
/// raise the <see cref="BadHttpRequestException"/> handled here only with <c>RouteHandlerOptions.ThrowOnBadRequest</c>;
/// the 415 that routing gives a body not sent as JSON and the 413 the endpoint gives a body over the server's limit are
/// written by status code pages, and <see cref="Describe"/> fills in all of them.
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
        if (!IsClassify(context.HttpContext))
        {
            return;
        }

        // A body over the server's limit is answered 413 by the endpoint itself, with no exception to handle: its answer
        // says what the limit is, since the size of the body, not its shape, is what to change.
        if (context.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge)
        {
            long? limit = context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            context.ProblemDetails.Title = "The request body is too large.";
            context.ProblemDetails.Detail = limit is { } bytes
                ? $"This server takes request bodies of up to {bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes (Kestrel's Limits.MaxRequestBodySize)."
                : "It is larger than this server takes (Kestrel's Limits.MaxRequestBodySize).";
            return;
        }

        bool unreadable = context.Exception is BadHttpRequestException || context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType;
        if (!unreadable)
        {
            return;
        }

        // The parser's own message (which names .NET types and byte positions from 0) is never shown. What went wrong is
        // told from the exception: the reader's own exception inside is broken JSON; a string the reader cannot decode is
        // bytes that are not UTF-8 (a Latin-1 client); a path to a field ("$.text") without either is a field of the wrong
        // type, or a field the request does not have; the path "$" is a value that is not an object. A missing body is
        // raised with no exception inside, as is the JSON literal null, so an empty body is told by its length.
        HttpRequest request = context.HttpContext.Request;
        JsonException? json = context.Exception?.InnerException as JsonException;
        bool malformed = json?.InnerException is JsonException;
        bool notUtf8 = json?.InnerException is InvalidOperationException { InnerException: DecoderFallbackException };
        bool empty = context.Exception is BadHttpRequestException { InnerException: null }
            && (request.ContentLength == 0 || context.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false });
        string? field = !malformed && json is { Path: { Length: > 2 } path } && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
        string[] fields = ClassifyRequest.FieldNames(context.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
        bool unknownField = field is not null && !fields.Contains(field, StringComparer.OrdinalIgnoreCase);
        bool notSentAsJson = context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType;
        context.ProblemDetails.Title = notSentAsJson ? "The request body must be sent as JSON (Content-Type: application/json)."
            : empty ? "The request body is empty."
            : malformed ? "The request body is not valid JSON."
            : notUtf8 ? "The request body is not UTF-8."
            : unknownField ? $"The request body has a field '{field}' that POST {Path} does not read."
            : field is not null ? $"The field '{field}' of the request body must be a string."
            : "The request body must be a JSON object.";
        string shape = $"POST {Path} takes a JSON object shaped as 'expected' shows; only text is required.";
        context.ProblemDetails.Detail = notSentAsJson
            ? $"POST {Path} takes a JSON object sent with Content-Type: application/json, shaped as 'expected' shows; only text is required."
            : malformed ? $"It stops being valid JSON at line {json!.LineNumber + 1}, byte {json.BytePositionInLine + 1} of that line. {shape}"
            : notUtf8 ? $"{(field is null ? "It holds" : $"Its field '{field}' holds")} bytes that are not UTF-8: send the body as UTF-8, or name its encoding in the Content-Type (application/json; charset=iso-8859-1). {shape}"
            : unknownField ? $"Its fields are {string.Join(", ", fields)}; only text is required ('expected' shows what each holds)."
            : shape;
        context.ProblemDetails.Extensions["expected"] = ClassifyRequest.Example;
    }

    private static bool IsClassify(HttpContext context) => context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase);
}
