namespace Engage.Classifier.Tests.Support;

/// <summary>Finds the public corpora in ../shared/data beside the repository root (or $ENGAGE_SHARED_DATA).</summary>
internal static class SharedData
{
    public static string Folder { get; } =
        Environment.GetEnvironmentVariable("ENGAGE_SHARED_DATA") is { Length: > 0 } overridden
            ? overridden
            : Path.GetFullPath(Path.Combine(RepositoryData.Root, "..", "shared", "data"));

    /// <summary>The corpus CSV (dedup file), or <see langword="null"/> when it is absent.</summary>
    public static string? DedupCsv(string corpus)
    {
        string path = Path.Combine(Folder, corpus, corpus + ".dedup.csv");
        return File.Exists(path) ? path : null;
    }

    public static string MissingMessage(string corpus) =>
        $"The public corpus '{corpus}' is absent: expected {Path.Combine(Folder, corpus, corpus + ".dedup.csv")} (../shared/data beside the repository root, or set ENGAGE_SHARED_DATA).";
}
