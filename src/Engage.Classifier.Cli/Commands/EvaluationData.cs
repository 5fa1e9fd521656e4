using Engage.Classifier.Cli.Input;

namespace Engage.Classifier.Cli.Commands;

/// <summary>Labeled comments, the verdicts the model gave them, and the report computed from both.</summary>
internal sealed class EvaluationData
{
    private EvaluationData(CommentRecord[] records, CommentLabel[] labels, Verdict[] verdicts, EvaluationReport report)
    {
        Records = records;
        Labels = labels;
        Verdicts = verdicts;
        Report = report;
    }

    public IReadOnlyList<CommentRecord> Records { get; }

    public IReadOnlyList<CommentLabel> Labels { get; }

    /// <summary>Verdicts without reasons (see <see cref="Explain"/>), in record order.</summary>
    public IReadOnlyList<Verdict> Verdicts { get; }

    public EvaluationReport Report { get; }

    /// <summary>Reads and scores a labeled comments file; every row needs a label.</summary>
    /// <exception cref="ClassifierDataException">A file is malformed, a row has no label, or there are no rows.</exception>
    public static EvaluationData Score(CommentClassifier classifier, CommentInputs inputs, PostMatch match)
    {
        string shownAs = inputs.Comments.ShownAs;
        var records = new List<CommentRecord>();
        var labels = new List<CommentLabel>();
        foreach (var (record, label) in inputs.ReadLabeled(match))
        {
            labels.Add(label);
            records.Add(record);
        }

        if (records.Count == 0)
        {
            throw new ClassifierDataException($"Cannot evaluate '{shownAs}': it has no comments.", inputs.Comments.FilePath, null);
        }

        Verdict[] verdicts = classifier.ClassifyBatch(records.Select(r => r.Comment).ToArray(), includeReasons: false);
        EvaluationReport report = EvaluationReport.Compute(labels, verdicts, classifier.SpamThreshold, records.Select(r => r.Comment.ThreadId).ToArray());
        return new EvaluationData([.. records], [.. labels], verdicts, report);
    }

    /// <summary>Scores <paramref name="record"/> again, with its reasons (kept out of the batch, which only the misclassified need).</summary>
    public static Verdict Explain(CommentClassifier classifier, CommentRecord record) => classifier.Classify(record.Comment, includeReasons: true);
}
