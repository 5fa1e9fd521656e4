using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Engage.Classifier.Hosting;

/// <summary>
/// Healthy while a model serves and its last reload (if any) succeeded; Degraded when the last reload was rejected
/// and the previous model still serves; the registration's failure status (Unhealthy by default) when no model can
/// be loaded at all.
/// </summary>
internal sealed class CommentClassifierHealthCheck(IServiceProvider services, string name) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ICommentClassifierProvider provider;
        try
        {
            provider = CommentClassifierStartup.Resolve(services, name);
        }
        catch (Exception ex) when (ex is ClassifierDataException or OptionsValidationException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, $"No comment classifier model is loaded: {ex.Message}", ex));
        }

        CommentClassifier current = provider.Current;
        var data = new Dictionary<string, object>
        {
            ["model_path"] = provider.ModelPath ?? "(default model)",
            ["trained_with_version"] = current.TrainedWithVersion,
            ["spam_threshold"] = current.SpamThreshold,
            ["reloads"] = provider.ReloadCount,
            ["failed_reloads"] = provider.FailedReloadCount,
        };
        string serving = provider.ModelPath is null ? "the default model" : $"'{provider.ModelPath}'";
        string threshold = current.SpamThreshold.ToString("0.#####", CultureInfo.InvariantCulture);
        if (provider.LastReloadError is { } error)
        {
            return Task.FromResult(HealthCheckResult.Degraded(
                $"The last reload of {serving} was rejected ({error.Message}); the previous model keeps serving.", error, data));
        }

        return Task.FromResult(HealthCheckResult.Healthy($"Serving {serving} (spam threshold {threshold}).", data));
    }
}
