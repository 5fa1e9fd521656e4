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

    /// <summary>Says which of <paramref name="corpora"/> are absent and where each was looked for; empty when none is.</summary>
    public static string MissingMessage(params string[] corpora)
    {
        string[] missing = corpora.Where(c => DedupCsv(c) is null).ToArray();
        if (missing.Length == 0)
        {
            return string.Empty;
        }

        string expected = string.Join(" and ", missing.Select(c => RepositoryLayout.SharedCorpusCsv(RepositoryData.Root, c)));
        string which = missing.Length == 1 ? $"The public corpus '{missing[0]}' is" : $"The public corpora '{string.Join("' and '", missing)}' are";
        return $"{which} absent: expected {expected} (../shared/data beside the repository root, or set ENGAGE_SHARED_DATA).";
    }
}
