namespace Engage.Classifier.Benchmarks.Support;

/// <summary>Finds the repository root (the folder holding Engage.Classifier.sln) and the data beside it.</summary>
internal static class RepositoryPaths
{
    private const string SolutionFile = "Engage.Classifier.sln";

    public static string Root { get; } = FindRoot();

    /// <summary>The project's own blog corpus (data/comments.csv, data/posts.csv), once it exists.</summary>
    public static string ProjectComments => Path.Combine(Root, "data", "comments.csv");

    public static string ProjectPosts => Path.Combine(Root, "data", "posts.csv");

    /// <summary>The public YouTube corpus in ../shared/data beside the repository root (or $ENGAGE_SHARED_DATA).</summary>
    public static string YouTubeCorpus
    {
        get
        {
            string folder = Environment.GetEnvironmentVariable("ENGAGE_SHARED_DATA") is { Length: > 0 } overridden
                ? overridden
                : Path.Combine(Root, "..", "shared", "data");
            return Path.GetFullPath(Path.Combine(folder, "youtube-spam-collection", "youtube-spam-collection.dedup.csv"));
        }
    }

    /// <summary>Scratch folder for cached models; inside BenchmarkDotNet.Artifacts, which git ignores.</summary>
    public static string Cache => Path.Combine(Root, "BenchmarkDotNet.Artifacts", "model-cache");

    private static string FindRoot()
    {
        // Benchmark processes run from generated folders under bin/, so walk up from both the binaries and the working directory.
        foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"{SolutionFile} was not found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}; run the benchmarks from inside the repository.");
    }
}
