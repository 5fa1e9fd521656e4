using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Engage.Classifier.Hosting;

/// <summary>Adds the comment classifier's health check to <c>services.AddHealthChecks()</c>.</summary>
public static class CommentClassifierHealthChecksBuilderExtensions
{
    /// <summary>The name the check is registered under unless another is given: <c>comment-classifier</c>.</summary>
    public const string DefaultName = "comment-classifier";

    /// <summary>
    /// Adds a check of a classifier registered with <c>AddCommentClassifier</c> (or, with <paramref name="serviceKey"/>,
    /// <c>AddKeyedCommentClassifier</c>): Healthy while a model serves; Degraded after a rejected reload, while the
    /// previous model keeps serving; <paramref name="failureStatus"/> when no model can be loaded. The result's data
    /// carries the model path, the threshold and the reload counts.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name.</param>
    /// <param name="serviceKey">The key of a keyed classifier, or <see langword="null"/> for the unkeyed one.</param>
    /// <param name="failureStatus">The status when no model is loaded.</param>
    /// <param name="tags">Tags to filter checks by, e.g. <c>["ready"]</c>.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="name"/> is null.</exception>
    /// <example>
    /// <code>
    /// builder.Services.AddCommentClassifier(builder.Configuration.GetSection("CommentClassifier"));
    /// builder.Services.AddHealthChecks().AddCommentClassifierCheck();
    /// app.MapHealthChecks("/healthz");
    /// </code>
    /// </example>
    public static IHealthChecksBuilder AddCommentClassifierCheck(
        this IHealthChecksBuilder builder,
        string name = DefaultName,
        string? serviceKey = null,
        HealthStatus failureStatus = HealthStatus.Unhealthy,
        IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(name);
        string optionsName = serviceKey ?? Options.DefaultName;
        return builder.Add(new HealthCheckRegistration(name, services => new CommentClassifierHealthCheck(services, optionsName), failureStatus, tags));
    }
}
