namespace Engage.Classifier.Workbench;

/// <summary>
/// Where the repository and its corpora are, for the tools, the tests and the benchmarks: the root is the folder
/// holding Engage.Classifier.sln; the team's corpus is in data/; the public corpora are in ../shared/data beside
/// the root, or in $ENGAGE_SHARED_DATA.
/// </summary>
public static class RepositoryLayout
{
    public const string SolutionFile = "Engage.Classifier.sln";

    /// <summary>Environment variable that overrides the public corpora's folder.</summary>
    public const string SharedDataVariable = "ENGAGE_SHARED_DATA";

    /// <summary>Finds the repository root by walking up from each of <paramref name="starts"/> in turn.</summary>
    /// <exception cref="DirectoryNotFoundException">No start is inside the repository.</exception>
    public static string FindRoot(params string[] starts)
    {
        foreach (string start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException($"No {SolutionFile} above {string.Join(" or ", starts)}; run from inside the repository.");
    }

    /// <summary>The team's own corpus (comments.csv, posts.csv).</summary>
    public static string DataFolder(string root) => Path.Combine(root, "data");

    /// <summary>The public corpora's folder.</summary>
    public static string SharedDataFolder(string root) =>
        Environment.GetEnvironmentVariable(SharedDataVariable) is { Length: > 0 } overridden
            ? overridden
            : Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));

    /// <summary>The deduplicated CSV of a public corpus (it may be absent).</summary>
    public static string SharedCorpusCsv(string root, string corpus) => Path.Combine(SharedDataFolder(root), corpus, corpus + ".dedup.csv");

    /// <summary>What to say when a public corpus is absent.</summary>
    public static string MissingCorpusMessage(string root, string corpus) =>
        $"The public corpus '{corpus}' is absent: expected {SharedCorpusCsv(root, corpus)} (../shared/data beside the repository root, or set {SharedDataVariable}).";
}
