using System.Globalization;
using System.Text;
using Engage.Classifier.Moderation;

namespace Engage.Classifier.Tools;

/// <summary>
/// The verdict flips between two models on each corpus of the <see cref="RegressionSet"/> under the default policy
/// (what <c>engage diff</c> counts): the "Verdict flips" section of data/EVALUATION.md.
/// </summary>
internal static class FlipTable
{
    public static string Section(CommentClassifier before, CommentClassifier after, ModerationPolicy policy, RegressionSet set, string command)
    {
        var md = new StringBuilder();
        md.AppendLine("## Verdict flips against the previous default model");
        md.AppendLine();
        md.AppendLine($"Written by `{command}`: every comment of each corpus scored by the previous default model and by the new one under the");
        md.AppendLine("default `ModerationPolicy`; a comment flips when its label or its action changes (as `engage diff` counts).");
        md.AppendLine(EvaluationMarkdown.Invariant($"Spam thresholds: previous {before.SpamThreshold:0.#####}, new {after.SpamThreshold:0.#####}."));
        md.AppendLine();
        md.AppendLine("| corpus | comments | flips | label changes | action changes |");
        md.AppendLine("|---|---:|---:|---|---|");
        foreach (var (name, comments) in set.Corpora)
        {
            Comment[] batch = comments.Select(c => c.Comment).ToArray();
            Verdict[] old = before.ClassifyBatch(batch);
            Verdict[] @new = after.ClassifyBatch(batch);
            var flips = new VerdictFlips();
            for (int i = 0; i < batch.Length; i++)
            {
                flips.Observe(i.ToString(CultureInfo.InvariantCulture), policy.Moderate(old[i], batch[i]), policy.Moderate(@new[i], batch[i]));
            }

            string labels = Directions(flips.LabelChanges.Select(c => (Code(c.Key.Before), Code(c.Key.After), c.Value)));
            string actions = Directions(flips.ActionChanges.Select(c => (Code(c.Key.Before), Code(c.Key.After), c.Value)));
            md.AppendLine(EvaluationMarkdown.Invariant($"| {name} | {flips.Compared:#,0} | {flips.Flips.Count:#,0} | {labels} | {actions} |"));
        }

        foreach (string missing in set.Missing)
        {
            md.AppendLine();
            md.AppendLine(missing);
        }

        return md.ToString();
    }

    private static string Directions(IEnumerable<(string From, string To, long Count)> changes)
    {
        string text = string.Join(", ", changes.Select(c => EvaluationMarkdown.Invariant($"{c.From} → {c.To} {c.Count:#,0}")));
        return text.Length == 0 ? "none" : text;
    }

    private static string Code<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
