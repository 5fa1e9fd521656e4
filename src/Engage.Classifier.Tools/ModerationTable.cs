using System.Globalization;
using System.Text;

namespace Engage.Classifier.Tools;

/// <summary>
/// What the moderation policy does with each corpus of the <see cref="RegressionSet"/>: how many comments it rejects, and how
/// many of those are genuine (the target is none, on every corpus); how many genuine comments it holds; how much spam it
/// rejects and holds. The "Moderation actions" section of data/EVALUATION.md.
/// </summary>
internal static class ModerationTable
{
    public static string Section(CommentClassifier classifier, ModerationPolicy policy, RegressionSet set, string command)
    {
        var md = new StringBuilder();
        md.AppendLine("## Moderation actions");
        md.AppendLine();
        md.AppendLine(EvaluationMarkdown.Invariant($"Written by `{command}`: the model's verdicts (spam threshold {classifier.SpamThreshold:0.#####}) under the default `ModerationPolicy`"));
        md.AppendLine(EvaluationMarkdown.Invariant($"(reject at a spam probability of {policy.Options.RejectThreshold:0.###} or more, low relevance {policy.Options.LowRelevanceAction.ToString().ToLowerInvariant()}d), on every comment of each corpus. The corpora"));
        md.AppendLine("have no context fields, so no author is known and no comment is a linkback: the actions follow from the verdicts alone.");
        md.AppendLine("The default model was trained on data/ and on every corpus here but SMS (Stack Exchange sampled to 2,000 rows), so apart from SMS these are its own training rows: the table checks the policy, not the model's accuracy (for that, see the leave-one-source-out table).");
        md.AppendLine();
        md.AppendLine("| corpus | comments | genuine | spam | rejected | genuine among rejected | genuine held | spam rejected | spam held |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, comments) in set.Corpora)
        {
            Verdict[] verdicts = classifier.ClassifyBatch(comments.Select(c => c.Comment).ToArray());
            ModerationAction[] actions = comments.Select((c, i) => policy.Moderate(verdicts[i], c.Comment).Action).ToArray();
            int Count(CommentLabel label, ModerationAction action) => comments.Where((c, i) => c.Label == label && actions[i] == action).Count();
            int genuine = comments.Count(c => c.Label == CommentLabel.Genuine);
            int spam = comments.Count(c => c.Label == CommentLabel.Spam);
            int rejected = actions.Count(a => a == ModerationAction.Reject);
            int genuineRejected = Count(CommentLabel.Genuine, ModerationAction.Reject);
            md.AppendLine(EvaluationMarkdown.Invariant(
                $"| {name} | {comments.Length:#,0} | {genuine:#,0} | {spam:#,0} | {rejected:#,0} | {Share(genuineRejected, rejected)} | {Share(Count(CommentLabel.Genuine, ModerationAction.Hold), genuine)} | {Share(Count(CommentLabel.Spam, ModerationAction.Reject), spam)} | {Share(Count(CommentLabel.Spam, ModerationAction.Hold), spam)} |"));
        }

        md.AppendLine();
        md.AppendLine("Shares: genuine among rejected is of the rejected comments; genuine held of the genuine ones; spam rejected and held of the spam.");
        md.AppendLine("Held comments wait for a moderator; rejected ones are discarded without review.");
        foreach (string missing in set.Missing)
        {
            md.AppendLine();
            md.AppendLine(missing);
        }

        return md.ToString();
    }

    /// <summary>A share as "12.3% (45)", or "n/a" of nothing.</summary>
    internal static string Share(int count, int of) =>
        of == 0 ? "n/a" : EvaluationMarkdown.Invariant($"{100.0 * count / of:0.0}% ({count:#,0})");
}
