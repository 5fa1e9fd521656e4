using System.IO.Compression;
using Engage.Classifier.Evaluation;

namespace Engage.Classifier.Training;

/// <summary>
/// The default corpus that <see cref="TrainerOptions.WithDefaultCorpus"/> adds to the given comments: the team's own
/// invented blog comments (data/comments.csv and data/posts.csv of the repository, MIT like the code), zipped into the
/// assembly at build time. Read only when a trainer with that option trains; loading or using a classifier never touches it.
/// </summary>
/// <remarks>
/// Only data/ ships. The default model was also trained on public corpora, but their comments were written by users of
/// other sites: YouTube's collection is CC BY 4.0, Stack Exchange text CC BY-SA (share-alike, attribution per post), and
/// the Instagram and Fox News comments carry no grant from their writers. Hashed n-grams of those texts would still be
/// derived from them, so none of their rows, raw or featurized, is in the package.
/// </remarks>
internal static class DefaultCorpus
{
    public const string ResourceName = "Engage.Classifier.default-corpus.zip";

    /// <summary>Starts the group of a default-corpus thread, so it cannot share a fold group with a given thread of the same id.</summary>
    private const string GroupPrefix = "\u0002default:";

    /// <summary>The default corpus as shipped: each comment with its post and its part as <see cref="LabeledComment.Source"/>.</summary>
    /// <exception cref="InvalidOperationException">The assembly was built without the resource.</exception>
    public static LabeledComment[] Load()
    {
        using Stream resource = typeof(DefaultCorpus).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The default corpus resource '{ResourceName}' is missing from this build of Engage.Classifier; train without TrainerOptions.WithDefaultCorpus.");
        using var zip = new ZipArchive(resource, ZipArchiveMode.Read);
        using Stream comments = Entry(zip, "comments.csv");
        using Stream posts = Entry(zip, "posts.csv");
        return CommentCsv.ReadLabeled(comments, posts).ToArray();
    }

    /// <summary>
    /// The given comments followed by the default corpus, with the fold group of each row. The default corpus's parts are
    /// balanced against each other as the default model's recipe balances its sources; then the given comments, together,
    /// weigh as much as the whole default corpus (<see cref="SourceBalance"/>).
    /// </summary>
    public static (LabeledComment[] Rows, string[] Groups) AddTo(LabeledComment[] given, string[] givenGroups, bool holdOutSources)
    {
        LabeledComment[][] parts = Load().GroupBy(c => c.Source, StringComparer.Ordinal).Select(g => g.ToArray()).ToArray();
        LabeledComment[] corpus = SourceBalance.Balanced(parts, SourceBalance.RecipePower).SelectMany(p => p).ToArray();
        LabeledComment[][] balanced = SourceBalance.Balanced([given, corpus], SourceBalance.EqualPower);
        string[] corpusGroups = ThreadGroups.Of(corpus, holdOutSources).Select(g => GroupPrefix + g).ToArray();
        return ([.. balanced[0], .. balanced[1]], [.. givenGroups, .. corpusGroups]);
    }

    private static Stream Entry(ZipArchive zip, string name) =>
        (zip.GetEntry(name) ?? throw new InvalidOperationException($"The default corpus resource '{ResourceName}' has no {name}.")).Open();
}
