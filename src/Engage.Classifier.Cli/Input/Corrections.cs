namespace Engage.Classifier.Cli.Input;

/// <summary>
/// Moderator corrections for <c>engage train --corrections</c>: an <c>id,label</c> CSV whose labels replace those of the
/// training comments with the same id, each correction weighing <see cref="Weight"/> in training.
/// </summary>
internal sealed class Corrections
{
    /// <summary>The <see cref="LabeledComment.Source"/> of a corrected comment.</summary>
    public const string Source = "correction";

    /// <summary>
    /// A correction counts twice by default: a person looked at that comment on this site, and it is few against the
    /// corpus; more would let a handful of corrections outweigh whole threads.
    /// </summary>
    public const double DefaultWeight = 2;

    private readonly Dictionary<string, CommentLabel> _labels;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    private Corrections(Dictionary<string, CommentLabel> labels, double weight)
    {
        _labels = labels;
        Weight = weight;
    }

    public double Weight { get; }

    /// <summary>Corrections read.</summary>
    public int Count => _labels.Count;

    /// <summary>Corrections whose id matched a training comment.</summary>
    public int Used => _used.Count;

    /// <summary>Matched corrections that changed the comment's label (the others confirmed it).</summary>
    public int ChangedLabels { get; private set; }

    /// <summary>Up to three ids that matched no training comment.</summary>
    public IEnumerable<string> UnmatchedExamples => _labels.Keys.Where(id => !_used.Contains(id)).Take(3);

    /// <summary>Reads an <c>id,label</c> file; other columns are ignored.</summary>
    /// <exception cref="ClassifierDataException">The file is malformed, a row has no id or label, or an id appears twice.</exception>
    public static Corrections Read(InputFile file, double weight)
    {
        var labels = new Dictionary<string, CommentLabel>(StringComparer.Ordinal);
        using var reader = new StringReader(file.ReadAllText());
        CsvSource source = CsvSource.FromReader(reader, file.ShownAs, "corrections");
        foreach (var (line, fields) in CsvRows.Read(source, ["id", "label"], []))
        {
            string id = fields["id"]?.Trim() ?? string.Empty;
            CommentLabel? label = CommentCsv.ParseLabel(fields["label"], file.ShownAs, file.FilePath, line);
            if (id.Length == 0 || label is null)
            {
                throw CsvRows.Malformed(file.ShownAs, file.FilePath, line, "a correction needs an id and a label");
            }

            if (!labels.TryAdd(id, label.Value))
            {
                throw CsvRows.Malformed(file.ShownAs, file.FilePath, line, $"id {SafeText.Quote(id)} is corrected twice");
            }
        }

        return new Corrections(labels, weight);
    }

    /// <summary>The comment with its correction applied, or as it was when none names its id.</summary>
    public LabeledComment Apply(string id, LabeledComment comment)
    {
        if (!_labels.TryGetValue(id, out CommentLabel label))
        {
            return comment;
        }

        _used.Add(id);
        ChangedLabels += label == comment.Label ? 0 : 1;
        return comment with { Label = label, Source = Source, Weight = Weight };
    }
}
