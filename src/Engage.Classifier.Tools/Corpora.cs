using Engage.Classifier.Workbench;

namespace Engage.Classifier.Tools;

/// <summary>Where the corpora live: the team's own in data/, the public ones in ../shared/data (read there, never copied).</summary>
internal sealed record Corpora(string DataFolder, string SharedFolder)
{
    public const string YouTube = "youtube-spam-collection";
    public const string StackExchange = "stackexchange-spam-flagged";
    public const string Instagram = "scamspot-instagram";
    public const string FoxNews = "fox-news-comments";
    public const string Cardano = "cardano-stackexchange-comments";
    public const string Sms = "sms-spam-collection";

    /// <summary>The public corpora of comments, in a fixed order (SMS is not comments and stays out).</summary>
    public static IReadOnlyList<string> RealCommentCorpora { get; } = [YouTube, StackExchange, Instagram, FoxNews, Cardano];

    public static Corpora FromRepositoryRoot(string root) => new(RepositoryLayout.DataFolder(root), RepositoryLayout.SharedDataFolder(root));

    /// <summary>The team's corpus; each comment's <see cref="LabeledComment.Source"/> names its part (its writer).</summary>
    public LabeledComment[] Blog() =>
        CommentCsv.ReadLabeled(Path.Combine(DataFolder, "comments.csv"), Path.Combine(DataFolder, "posts.csv")).ToArray();

    /// <summary>The posts of the team's corpus, in thread order.</summary>
    public IEnumerable<Post> BlogPosts() => CommentCsv.ReadPosts(Path.Combine(DataFolder, "posts.csv")).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value);

    /// <summary>The team's corpus split by part, in part order: held out one at a time, a part is writing the model never saw.</summary>
    public IReadOnlyList<CorpusSource> BlogParts() =>
        Blog().GroupBy(c => PartName(c.Source), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CorpusSource(g.Key, g.ToArray(), IsReal: false))
            .ToArray();

    /// <summary>
    /// A public corpus as published, with its posts where it has a posts file (Fox News, Cardano Stack Exchange); YouTube's
    /// comments get their video's address as their post (<see cref="YouTubeVideos"/>).
    /// </summary>
    /// <exception cref="FileNotFoundException">The corpus is absent; the message says where it was looked for.</exception>
    public LabeledComment[] Shared(string corpus)
    {
        string path = Path.Combine(SharedFolder, corpus, corpus + ".dedup.csv");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The public corpus '{corpus}' is absent: expected {path}. Put the shared/ folder beside the repository root.", path);
        }

        string posts = Path.Combine(SharedFolder, corpus, corpus + ".posts.csv");
        LabeledComment[] comments = CommentCsv.ReadLabeled(path, File.Exists(posts) ? posts : null).ToArray();
        return corpus == YouTube ? YouTubeVideos.WithPosts(comments) : comments;
    }

    /// <summary>
    /// A public corpus as a source: evaluated with its published labels, trained on with the labels its own audit
    /// (<c>label-audit.csv</c>: <c>id,label,suggested,note</c>) suggests. The ScamSpot "real" label is noisy (scam
    /// testimonials marked real, see its README); a genuine label on a scam teaches the model the wrong thing and
    /// pushes the threshold up.
    /// </summary>
    public CorpusSource Source(string corpus)
    {
        LabeledComment[] published = Shared(corpus);
        string audit = Path.Combine(SharedFolder, corpus, "label-audit.csv");
        if (!File.Exists(audit))
        {
            return new CorpusSource(corpus, published, IsReal: true);
        }

        Dictionary<string, CommentLabel> suggested = File.ReadLines(audit).Skip(1)
            .Select(line => line.Split(','))
            .Where(f => f.Length >= 3 && f[2] is "spam" or "genuine")
            .ToDictionary(f => f[0], f => f[2] == "spam" ? CommentLabel.Spam : CommentLabel.Genuine, StringComparer.Ordinal);
        string[] ids = CommentCsv.ReadComments(Path.Combine(SharedFolder, corpus, corpus + ".dedup.csv")).Select(r => r.Id).ToArray();
        LabeledComment[] audited = published.Select((c, i) => suggested.TryGetValue(ids[i], out CommentLabel label) ? c with { Label = label } : c).ToArray();
        return new CorpusSource(corpus, published, IsReal: true) { TrainingComments = audited };
    }

    /// <summary>Finds the repository root by walking up from <paramref name="start"/> to Engage.Classifier.sln.</summary>
    public static string FindRepositoryRoot(string start) => RepositoryLayout.FindRoot(start);

    /// <summary><c>engage-blog-corpus/part-a</c> → <c>data/part-a</c>; a comment without a part is in <c>data/</c>.</summary>
    private static string PartName(string? source)
    {
        int slash = source?.LastIndexOf('/') ?? -1;
        return slash < 0 ? "data/" : "data/" + source![(slash + 1)..];
    }
}
