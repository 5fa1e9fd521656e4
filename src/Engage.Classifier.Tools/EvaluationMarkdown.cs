using System.Globalization;
using System.Text;

namespace Engage.Classifier.Tools;

/// <summary>Writes the tables of data/EVALUATION.md.</summary>
internal sealed class EvaluationMarkdown
{
    private readonly StringBuilder _text = new();

    public void Line(string line = "") => _text.AppendLine(line);

    public void ComparisonTable(IEnumerable<HeldOutResult> rows, bool threeClass)
    {
        Line(threeClass
            ? "| held out | comments | ours: 3-class acc. | ours: spam-vs-rest acc. | plain: spam-vs-rest acc. | ours: spam P / R / F1 | plain: spam P / R / F1 | ours: AUC | plain: AUC | ours: genuine FPR | plain: genuine FPR | ours: threshold |"
            : "| held out | comments | ours: accuracy | plain: accuracy | ours: spam P / R / F1 | plain: spam P / R / F1 | ours: AUC | plain: AUC | ours: genuine FPR | plain: genuine FPR | ours: threshold |");
        Line(threeClass ? "|---|---:|---:|---:|---:|---|---|---:|---:|---:|---:|---:|" : "|---|---:|---:|---:|---|---|---:|---:|---:|---:|---:|");
        foreach (HeldOutResult row in rows)
        {
            EvaluationReport ours = row.OurReport();
            EvaluationReport plain = row.PlainReport();
            string common = $"{Prf(ours)} | {Prf(plain)} | {F3(ours.Auc)} | {F3(plain.Auc)} | {P(ours.GenuineFalsePositiveRate)} | {P(plain.GenuineFalsePositiveRate)} | {F3(row.OurThresholds.Average())} |";
            Line(threeClass
                ? $"| {row.Name} | {row.Test.Length} | {P(ours.Accuracy)} | {P(row.OurBinaryAccuracy)} | {P(row.PlainBinaryAccuracy)} | {common}"
                : $"| {row.Name} | {row.Test.Length} | {P(row.OurBinaryAccuracy)} | {P(row.PlainBinaryAccuracy)} | {common}");
        }

        Line();
    }

    /// <summary>The leave-one-source-out table: one row per held-out source, ours beside plain ML.NET and the previous default.</summary>
    public void SourceTable(IEnumerable<SourceResult> rows)
    {
        Line("| held out | genuine / low / spam | ours: genuine→Spam | ours: spam recall | ours: 3-class acc. | ours: threshold | plain: genuine→Spam | plain: spam recall | previous default: genuine→Spam | previous: spam recall | previous: 3-class acc. |");
        Line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (SourceResult row in rows)
        {
            string seen = row.PreviousSawIt ? " (trained on it)" : string.Empty;
            Line($"| {row.Source.Name} | {row.Genuine} / {row.Source.Count(CommentLabel.LowRelevance)} / {row.Spam} | {P(row.OursGenuineCalledSpam)} | {P(row.OursSpamRecall)} | {P(row.OursAccuracy)} | {F3(row.Threshold)} | {P(row.PlainGenuineCalledSpam)} | {P(row.PlainSpamRecall)} | {P(row.PreviousGenuineCalledSpam)}{seen} | {P(row.PreviousSpamRecall)} | {P(row.PreviousAccuracy)} |");
        }

        Line();
    }

    public void ConfusionMatrix(EvaluationReport report)
    {
        Line("| true \\ predicted | Genuine | LowRelevance | Spam |");
        Line("|---|---:|---:|---:|");
        foreach (CommentLabel actual in Enum.GetValues<CommentLabel>())
        {
            Line($"| {actual} | {report.ConfusionMatrix[actual, CommentLabel.Genuine]} | {report.ConfusionMatrix[actual, CommentLabel.LowRelevance]} | {report.ConfusionMatrix[actual, CommentLabel.Spam]} |");
        }

        Line();
    }

    public override string ToString() => _text.ToString();

    /// <summary>An interpolated string formatted in the invariant culture, so tables read the same on every machine.</summary>
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string P(double value) => double.IsNaN(value) ? "n/a" : (value * 100).ToString("F1", CultureInfo.InvariantCulture) + "%";

    public static string F3(double value) => double.IsNaN(value) ? "n/a" : value.ToString("F3", CultureInfo.InvariantCulture);

    private static string Prf(EvaluationReport r) => $"{P(r.SpamPrecision)} / {P(r.SpamRecall)} / {P(r.SpamF1)}";
}
