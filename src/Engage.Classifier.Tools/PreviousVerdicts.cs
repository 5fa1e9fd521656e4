using System.Globalization;

namespace Engage.Classifier.Tools;

/// <summary>
/// The previous release's verdicts on each source, as its <c>engage score --comments … --out …</c> wrote them, one file
/// per source named after it (<c>data/part-a</c> → <c>data_part-a.csv</c>), rows in the source's order. A new release
/// cannot load an older model whose features differ, so the comparison goes through the old release's own output.
/// </summary>
internal sealed class PreviousVerdicts(string folder)
{
    /// <summary>The previous verdicts on <paramref name="source"/>, or <see langword="null"/> when its file is absent.</summary>
    /// <exception cref="InvalidOperationException">The file has another number of rows than the source.</exception>
    public Verdict[]? For(CorpusSource source)
    {
        string path = Path.Combine(folder, source.Name.Replace('/', '_') + ".csv");
        if (!File.Exists(path))
        {
            return null;
        }

        var verdicts = new List<Verdict>();
        foreach (var (_, row) in CsvRows.Read(CsvSource.FromPath(path), ["label", "spam_probability"], []))
        {
            CommentLabel label = row["label"] switch
            {
                "spam" => CommentLabel.Spam,
                "low_relevance" => CommentLabel.LowRelevance,
                _ => CommentLabel.Genuine,
            };
            verdicts.Add(new Verdict(label, double.Parse(row["spam_probability"]!, CultureInfo.InvariantCulture), 0, null, []));
        }

        return verdicts.Count == source.Comments.Length
            ? [.. verdicts]
            : throw new InvalidOperationException($"{path} has {verdicts.Count} verdicts for the {source.Comments.Length} comments of {source.Name}.");
    }
}
