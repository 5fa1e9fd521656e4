namespace Engage.Classifier.Benchmarks.Support;

/// <summary>
/// The labeled comments every benchmark trains on: the project's blog corpus (data/comments.csv with
/// data/posts.csv) when it exists, otherwise the public YouTube corpus in ../shared/data.
/// </summary>
internal sealed class TrainingCorpus
{
    private TrainingCorpus(string description, string[] files, LabeledComment[] comments)
    {
        Description = description;
        Files = files;
        Comments = comments;
    }

    public string Description { get; }

    public IReadOnlyList<string> Files { get; }

    public LabeledComment[] Comments { get; }

    public static TrainingCorpus Load()
    {
        if (File.Exists(RepositoryPaths.ProjectComments))
        {
            string? posts = File.Exists(RepositoryPaths.ProjectPosts) ? RepositoryPaths.ProjectPosts : null;
            LabeledComment[] blog = CommentCsv.ReadLabeled(RepositoryPaths.ProjectComments, posts).ToArray();
            string[] files = posts is null ? [RepositoryPaths.ProjectComments] : [RepositoryPaths.ProjectComments, posts];
            return new TrainingCorpus($"project blog corpus (data/comments.csv, {blog.Length:N0} rows)", files, blog);
        }

        string youTube = RepositoryPaths.YouTubeCorpus;
        if (!File.Exists(youTube))
        {
            throw new InvalidOperationException(
                $"No training data: neither {RepositoryPaths.ProjectComments} nor the public corpus {youTube} exists. "
                + "Put the shared data at ../shared/data beside the repository root, or set ENGAGE_SHARED_DATA to its folder.");
        }

        LabeledComment[] comments = CommentCsv.ReadLabeled(youTube).ToArray();
        return new TrainingCorpus($"public YouTube corpus (dedup, {comments.Length:N0} rows)", [youTube], comments);
    }
}
