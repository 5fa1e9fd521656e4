namespace Engage.Classifier.Tools;

/// <summary>
/// The fixed set of labeled corpora a model is checked on: data/ and the public corpora in ../shared/data (their dedup
/// files as <see cref="Tools.Corpora.Shared"/> reads them: with their posts where a corpus has them, YouTube with its videos' addresses), read where they are and never copied. A public corpus that is absent
/// is left out and named in <see cref="Missing"/>.
/// </summary>
internal sealed class RegressionSet
{
    /// <summary>The public corpora, in the order the tables list them.</summary>
    public static readonly string[] PublicCorpora =
    [
        Tools.Corpora.YouTube,
        Tools.Corpora.StackExchange,
        "cardano-stackexchange-comments",
        "fox-news-comments",
        "scamspot-instagram",
        "sms-spam-collection",
    ];

    private RegressionSet(IReadOnlyList<(string Name, LabeledComment[] Comments)> corpora, IReadOnlyList<string> missing)
    {
        Corpora = corpora;
        Missing = missing;
    }

    /// <summary>Each corpus by name, data/ first.</summary>
    public IReadOnlyList<(string Name, LabeledComment[] Comments)> Corpora { get; }

    /// <summary>What was looked for and not found, one message per absent corpus.</summary>
    public IReadOnlyList<string> Missing { get; }

    public static RegressionSet Load(Tools.Corpora corpora)
    {
        var loaded = new List<(string, LabeledComment[])> { ("data/", corpora.Blog()) };
        var missing = new List<string>();
        foreach (string corpus in PublicCorpora)
        {
            string folder = Path.Combine(corpora.SharedFolder, corpus);
            string comments = Path.Combine(folder, corpus + ".dedup.csv");
            if (!File.Exists(comments))
            {
                missing.Add($"The public corpus '{corpus}' is absent: expected {comments}; it is left out.");
                continue;
            }

            loaded.Add((corpus, corpora.Shared(corpus)));
        }

        return new RegressionSet(loaded, missing);
    }
}
