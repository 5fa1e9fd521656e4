using Engage.Classifier;
using Engage.Classifier.Hosting;
using Engage.Classifier.Samples.MinimalApi;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

// The "CommentClassifier" section of appsettings.json (or environment variables such as
// CommentClassifier__ModelPath); without a ModelPath the default model embedded in the package serves.
builder.Services.AddCommentClassifier(builder.Configuration.GetSection(CommentClassifierOptions.SectionName));
builder.Services.AddHealthChecks().AddCommentClassifierCheck();
// A body that is not a JSON object gets a problem-details 400 (415 when not sent as JSON) saying so and showing the
// expected shape, not an empty answer: binding failures are raised as exceptions for UnreadableBodyHandler to answer.
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = UnreadableBodyHandler.Describe);
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddExceptionHandler<UnreadableBodyHandler>();
builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
    .AddMeter(CommentClassifierTelemetry.MeterName)
    .AddPrometheusExporter());

WebApplication app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapPost(UnreadableBodyHandler.Path, (ClassifyRequest body, ICommentClassifierProvider classifier) =>
{
    // A form posts its empty fields as "": an empty post address is no address, not a bad one.
    ClassifyRequest request = body.WithBlankFieldsAbsent();
    if (string.IsNullOrWhiteSpace(request.Text))
    {
        return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["The comment text is required, in the field 'text'."] });
    }

    Uri? postUrl = null;
    if (request.PostUrl is not null && !(Uri.TryCreate(request.PostUrl, UriKind.Absolute, out postUrl) && (postUrl.Scheme == Uri.UriSchemeHttp || postUrl.Scheme == Uri.UriSchemeHttps)))
    {
        return Results.ValidationProblem(new Dictionary<string, string[]> { ["postUrl"] = ["The post's address must be an absolute http or https URL."] });
    }

    Post? post = request.PostTitle is null && request.PostText is null && postUrl is null ? null : new Post(request.PostTitle, request.PostText, postUrl);
    Verdict verdict = classifier.Classify(new Comment(request.Text)
    {
        AuthorName = request.AuthorName,
        AuthorUrl = request.AuthorUrl,
        AuthorEmail = request.AuthorEmail,
        Post = post,
    });
    return Results.Ok(ClassifyResponse.From(verdict, classifier.Current.SpamThreshold));
});

// Healthy, Degraded (the last model file was rejected; the previous model serves) or Unhealthy (no model), as JSON.
app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthJson.Write });

// engage_classifier_verdicts_total, engage_classifier_classify_duration_seconds, engage_classifier_model_reloads_total.
app.MapPrometheusScrapingEndpoint("/metrics");

app.Run();
