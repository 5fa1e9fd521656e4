namespace Engage.Classifier.Tools;

/// <summary>Where the corpora live: the team's own in data/, the public ones in ../shared/data.</summary>
internal sealed record Corpora(string DataFolder, string SharedFolder)
{
    public const string YouTube = "youtube-spam-collection";
    public const string StackExchange = "stackexchange-spam-flagged";
    public const string ScamSpot = "scamspot-instagram";
    public const string Sms = "sms-spam-collection";
    public const string FoxNews = "fox-news-comments";
    public const string CardanoStackExchange = "cardano-stackexchange-comments";

    public static Corpora FromRepositoryRoot(string root) =>
        new(Path.Combine(root, "data"), Path.GetFullPath(Path.Combine(root, "..", "shared", "data")));

    public LabeledComment[] Blog() =>
        CommentCsv.ReadLabeled(Path.Combine(DataFolder, "comments.csv"), Path.Combine(DataFolder, "posts.csv")).ToArray();

    public IEnumerable<Post> BlogPosts() => CommentCsv.ReadPosts(Path.Combine(DataFolder, "posts.csv")).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value);

    public LabeledComment[] Shared(string corpus) => CommentCsv.ReadLabeled(SharedFile(corpus, ".dedup.csv")).ToArray();

    /// <summary>A public corpus with its posts file (<c>&lt;name&gt;.posts.csv</c>): the comments' <see cref="Comment.Post"/> is set.</summary>
    public LabeledComment[] SharedWithPosts(string corpus) =>
        CommentCsv.ReadLabeled(SharedFile(corpus, ".dedup.csv"), SharedFile(corpus, ".posts.csv")).ToArray();

    private string SharedFile(string corpus, string suffix)
    {
        string path = Path.Combine(SharedFolder, corpus, corpus + suffix);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The public corpus '{corpus}' is absent: expected {path}. Put the shared/ folder beside the repository root.", path);
        }

        return path;
    }

    /// <summary>Finds the repository root by walking up from <paramref name="start"/> to Engage.Classifier.sln.</summary>
    public static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Engage.Classifier.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Engage.Classifier.sln above {start}; run from inside the repository.");
    }
}
