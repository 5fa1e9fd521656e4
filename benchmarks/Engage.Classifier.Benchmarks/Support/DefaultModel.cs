namespace Engage.Classifier.Benchmarks.Support;

/// <summary>
/// The default model embedded in Engage.Classifier. <see cref="CommentClassifier.LoadDefault"/> caches its
/// result for the process, so repeated loads are measured by reading the same resource ourselves.
/// </summary>
internal static class DefaultModel
{
    /// <summary>Benchmarks in this category need the embedded model and are left out while it does not exist.</summary>
    public const string Category = "DefaultModel";

    /// <summary>Must match CommentClassifier.DefaultModelResource in the library.</summary>
    private const string ResourceName = "Engage.Classifier.default-model.zip";

    private static readonly Lazy<string?> MissingReason = new(FindMissingReason);

    public static bool IsAvailable => MissingReason.Value is null;

    /// <summary>Why the default model cannot be benchmarked, or <see langword="null"/> when it can.</summary>
    public static string? WhyUnavailable => MissingReason.Value;

    /// <summary>Loads the embedded model afresh (no process-wide cache), the work LoadDefault does once.</summary>
    public static CommentClassifier LoadUncached()
    {
        using Stream stream = typeof(CommentClassifier).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(WhyUnavailable ?? $"Resource {ResourceName} not found.");
        return CommentClassifier.Load(stream);
    }

    private static string? FindMissingReason()
    {
        try
        {
            CommentClassifier.LoadDefault();
        }
        catch (InvalidOperationException ex)
        {
            return $"CommentClassifier.LoadDefault() throws: {ex.Message}";
        }

        return typeof(CommentClassifier).Assembly.GetManifestResourceInfo(ResourceName) is null
            ? $"LoadDefault() works but the resource '{ResourceName}' is not there; update {nameof(DefaultModel)}.{nameof(ResourceName)}."
            : null;
    }
}
