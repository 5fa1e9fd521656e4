namespace Engage.Classifier.Tools;

internal sealed partial class LeaveOneSourceOut
{
    /// <summary>Writes the genuine comments with the highest spam probability and the spam with the lowest, for reading.</summary>
    private static void WriteErrors(string folder, CorpusSource source, Verdict[] verdicts)
    {
        Directory.CreateDirectory(folder);
        var lines = new List<string>();
        foreach (CommentLabel label in new[] { CommentLabel.Genuine, CommentLabel.Spam })
        {
            var rows = source.Comments.Select((c, i) => (c, v: verdicts[i])).Where(x => x.c.Label == label);
            rows = label == CommentLabel.Genuine ? rows.OrderByDescending(x => x.v.SpamProbability) : rows.OrderBy(x => x.v.SpamProbability);
            lines.Add($"== {label}, {(label == CommentLabel.Genuine ? "highest" : "lowest")} spam probability first");
            foreach (var (c, v) in rows.Take(60))
            {
                lines.Add($"{v.SpamProbability:F3} {v.Label} [{v.Payload}] {string.Join("; ", v.Reasons)} || {c.Comment.Text.ReplaceLineEndings(" / ")}");
            }
        }

        File.WriteAllLines(Path.Combine(folder, source.Name.Replace('/', '_') + ".txt"), lines);
    }

    private static readonly double[] Cuts = [0.1, 0.2, 0.3, 0.5, 0.7, 0.9];

    /// <summary>Genuine→Spam and spam recall at fixed cut-offs of the spam probability (0 without a payload), and the AUC.</summary>
    private static string Diagnostics(LabeledComment[] test, Verdict[] verdicts)
    {
        bool Called(int i, double cut) => verdicts[i].SpamProbability >= cut;
        var parts = Cuts.Select(cut =>
        {
            double fpr = SourceResult.GenuineCalledSpam(test, i => Called(i, cut));
            double recall = SourceResult.SpamRecall(test, i => Called(i, cut));
            return $"@{cut:F1}: {EvaluationMarkdown.P(fpr)}/{EvaluationMarkdown.P(recall)}";
        });
        double auc = Evaluation.Metrics.Auc(test.Select(t => t.Label).ToArray(), verdicts.Select(v => v.SpamProbability).ToArray());
        return $"AUC {EvaluationMarkdown.F3(auc)}; genuine→Spam/recall " + string.Join(", ", parts);
    }
}
