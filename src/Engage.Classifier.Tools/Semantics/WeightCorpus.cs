namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// The texts whose token counts give the frequency weights: every comment (any label) of the team's blog
/// corpus and of the public comment and message corpora, and the blog posts; never the two corpora the
/// relevance AUC is measured on, so that measurement stays out of sample. Spam is kept: it is part of
/// what comment sections hold, and more text gives steadier frequencies (2.4 million tokens).
/// </summary>
internal static class WeightCorpus
{
    public const string Description =
        "every comment of data/ (the team's blog corpus), youtube-spam-collection, scamspot-instagram, sms-spam-collection and stackexchange-spam-flagged, and data/posts.csv";

    private static readonly string[] SharedCorpora = [Corpora.YouTube, Corpora.Instagram, Corpora.Sms, Corpora.StackExchange];

    public static IEnumerable<string> Texts(Corpora corpora) =>
        corpora.Blog().Select(c => c.Comment.Text)
            .Concat(SharedCorpora.SelectMany(name => corpora.Shared(name)).Select(c => c.Comment.Text))
            .Concat(corpora.BlogPosts().SelectMany(p => (string[])[p.Title, p.Text]));

    /// <summary>The same plus the comments of the two evaluation corpora (for the in-sample comparison only).</summary>
    public static IEnumerable<string> TextsWithEvaluationCorpora(Corpora corpora) =>
        Texts(corpora).Concat(RelevanceAucCommand.CorpusNames.SelectMany(name => corpora.Shared(name)).Select(c => c.Comment.Text));

    /// <summary>The genuine comments of data/, YouTube and ScamSpot only (a smaller, cleaner alternative, for comparison).</summary>
    public static IEnumerable<string> GenuineComments(Corpora corpora) =>
        corpora.Blog().Concat(corpora.Shared(Corpora.YouTube)).Concat(corpora.Shared(Corpora.Instagram))
            .Where(c => c.Label == CommentLabel.Genuine)
            .Select(c => c.Comment.Text);
}
