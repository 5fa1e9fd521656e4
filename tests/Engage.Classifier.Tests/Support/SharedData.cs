using Engage.Classifier.Workbench;

namespace Engage.Classifier.Tests.Support;

/// <summary>The public corpora in ../shared/data beside the repository root, or $ENGAGE_SHARED_DATA (<see cref="RepositoryLayout"/>).</summary>
internal static class SharedData
{
    /// <summary>The corpus CSV (dedup file), or <see langword="null"/> when it is absent.</summary>
    public static string? DedupCsv(string corpus)
    {
        string path = RepositoryLayout.SharedCorpusCsv(RepositoryData.Root, corpus);
        return File.Exists(path) ? path : null;
    }

    public static string MissingMessage(string corpus) => RepositoryLayout.MissingCorpusMessage(RepositoryData.Root, corpus);
}
