using Engage.Classifier.Workbench;

namespace Engage.Classifier.Benchmarks.Support;

/// <summary>Finds the repository root (the folder holding Engage.Classifier.sln) and the data beside it.</summary>
internal static class RepositoryPaths
{
    // Benchmark processes run from generated folders under bin/, so walk up from both the binaries and the working directory.
    public static string Root { get; } = RepositoryLayout.FindRoot(AppContext.BaseDirectory, Environment.CurrentDirectory);

    /// <summary>The project's own blog corpus (data/comments.csv, data/posts.csv), once it exists.</summary>
    public static string ProjectComments => Path.Combine(RepositoryLayout.DataFolder(Root), "comments.csv");

    public static string ProjectPosts => Path.Combine(RepositoryLayout.DataFolder(Root), "posts.csv");

    /// <summary>The public YouTube corpus in ../shared/data beside the repository root (or $ENGAGE_SHARED_DATA).</summary>
    public static string YouTubeCorpus => Path.GetFullPath(RepositoryLayout.SharedCorpusCsv(Root, "youtube-spam-collection"));

    /// <summary>Scratch folder for cached models; inside BenchmarkDotNet.Artifacts, which git ignores.</summary>
    public static string Cache => Path.Combine(Root, "BenchmarkDotNet.Artifacts", "model-cache");
}
