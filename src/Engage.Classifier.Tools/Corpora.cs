using Engage.Classifier.Workbench;

namespace Engage.Classifier.Tools;

/// <summary>Where the corpora live: the team's own in data/, the public ones in ../shared/data.</summary>
internal sealed record Corpora(string DataFolder, string SharedFolder)
{
    public const string YouTube = "youtube-spam-collection";
    public const string StackExchange = "stackexchange-spam-flagged";

    public static Corpora FromRepositoryRoot(string root) => new(RepositoryLayout.DataFolder(root), RepositoryLayout.SharedDataFolder(root));

    public LabeledComment[] Blog() =>
        CommentCsv.ReadLabeled(Path.Combine(DataFolder, "comments.csv"), Path.Combine(DataFolder, "posts.csv")).ToArray();

    public LabeledComment[] Shared(string corpus)
    {
        string path = Path.Combine(SharedFolder, corpus, corpus + ".dedup.csv");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The public corpus '{corpus}' is absent: expected {path}. Put the shared/ folder beside the repository root.", path);
        }

        return CommentCsv.ReadLabeled(path).ToArray();
    }

    /// <summary>Finds the repository root by walking up from <paramref name="start"/> to Engage.Classifier.sln.</summary>
    public static string FindRepositoryRoot(string start) => RepositoryLayout.FindRoot(start);
}
