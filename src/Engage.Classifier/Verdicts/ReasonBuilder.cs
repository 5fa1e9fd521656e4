using System.Collections.Immutable;
using Engage.Classifier.Scoring;
using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;

namespace Engage.Classifier.Verdicts;

/// <summary>
/// Explains a verdict by ablation: each feature group's values (<see cref="FeatureLayout.Groups"/>) are swapped for
/// the values typical of genuine comments and the comment is scored again. Groups whose swap moves the raw tree
/// score (the log-odds before calibration, which does not saturate the way a probability near 0 or 1 does) toward
/// the verdict by more than <see cref="MinimumShift"/> are the reasons, strongest first, each described by its group
/// with the comment's own numbers (a <see cref="Reason"/>: code, English text and values).
/// </summary>
internal static class ReasonBuilder
{
    /// <summary>Smallest raw-score shift (log-odds) that makes a group a reason.</summary>
    private const double MinimumShift = 0.1;

    internal const int MaxReasons = 4;

    /// <summary>The one reason of an empty or white-space comment.</summary>
    public static readonly Reason EmptyComment = ReasonText.Of("empty", "the comment is empty");

    /// <summary>A genuine or low-relevance verdict with a spam probability at or above this share of the threshold is near the cutoff.</summary>
    private const double NearCutoffShare = 0.5;

    private static readonly FeatureRange PayloadGroup = FeatureLayout.Groups.Single(g => g.Group is PayloadSignals);

    /// <param name="model">The scoring model.</param>
    /// <param name="features">The comment's tree input.</param>
    /// <param name="label">The verdict to explain.</param>
    /// <param name="spamProbability">The verdict's spam probability.</param>
    /// <param name="spamThreshold">The threshold the verdict was given at.</param>
    public static IReadOnlyList<Reason> Explain(ScoringModel model, ReadOnlySpan<float> features, CommentLabel label, double spamProbability, double spamThreshold)
    {
        List<Reason> reasons = Strongest(model, features, label);
        PayloadKinds payload = PayloadSignals.KindsOf(features);
        Reason payloadReason = PayloadGroup.Group.Describe(features.Slice(PayloadGroup.Start, PayloadGroup.Length), label)
            ?? throw new InvalidOperationException("The payload family always describes a comment.");
        reasons.RemoveAll(r => r.Code == payloadReason.Code);
        if (payload == PayloadKinds.None || label == CommentLabel.Spam)
        {
            // The rule first: spam is spam because of what it carries; without a payload nothing is spam.
            reasons.Insert(0, payloadReason);
        }
        else if (spamProbability >= NearCutoffShare * spamThreshold)
        {
            // A verdict near the cutoff names what pushed it up as well as what held it down.
            Reason? up = Strongest(model, features, CommentLabel.Spam).FirstOrDefault(r => r.Code != payloadReason.Code);
            reasons.Insert(0, ReasonText.Of(
                "near_cutoff",
                $"close to the spam cutoff ({payloadReason.Text}{(up is null ? string.Empty : "; " + up.Text)})",
                ("spam_probability", spamProbability),
                ("threshold", spamThreshold)));
        }

        return reasons.Count > MaxReasons ? reasons.GetRange(0, MaxReasons) : reasons;
    }

    /// <summary>The groups that moved the raw score toward <paramref name="label"/> most, described, strongest first.</summary>
    private static List<Reason> Strongest(ScoringModel model, ReadOnlySpan<float> features, CommentLabel label)
    {
        ImmutableArray<FeatureRange> groups = FeatureLayout.Groups;
        Span<float> ablated = stackalloc float[features.Length];
        features.CopyTo(ablated);
        Span<(double Shift, int Group)> found = stackalloc (double, int)[groups.Length];
        int count = 0;
        for (int g = 0; g < groups.Length; g++)
        {
            FeatureRange range = groups[g];
            ReadOnlySpan<float> values = features.Slice(range.Start, range.Length);
            if (!range.Group.CanExplain(values))
            {
                continue;
            }

            double shift = Shift(model, g, range, features, ablated, label);
            if (shift > MinimumShift)
            {
                found[count++] = (shift, g);
            }
        }

        found = found[..count];
        found.Sort((a, b) => b.Shift.CompareTo(a.Shift));
        var reasons = new List<Reason>(Math.Min(count, MaxReasons));
        foreach (var (_, g) in found)
        {
            FeatureRange range = groups[g];
            Reason? reason = range.Group.Describe(features.Slice(range.Start, range.Length), label);

            // A group that has nothing true to say for this verdict says nothing.
            if (reason is not null && !SaidAlready(reasons, reason))
            {
                reasons.Add(reason);
            }

            if (reasons.Count == MaxReasons)
            {
                break;
            }
        }

        return reasons;
    }

    /// <summary>Two groups may describe a comment in the same words; the reason is then given once.</summary>
    private static bool SaidAlready(List<Reason> reasons, Reason reason)
    {
        foreach (Reason said in reasons)
        {
            if (said.Text == reason.Text)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far group <paramref name="g"/> pushed the comment toward its verdict (positive: toward it).</summary>
    private static double Shift(ScoringModel model, int g, FeatureRange range, ReadOnlySpan<float> features, Span<float> ablated, CommentLabel label)
    {
        Span<float> swapped = ablated.Slice(range.Start, range.Length);
        model.Reference.AsSpan(range.Start, range.Length).CopyTo(swapped);

        // Only the trees that split on this group's features can change.
        double spamShift = Change(model.SpamTrees, model.SpamTreesByGroup[g], features, ablated);
        double fillerShift = model.FillerTrees is null ? 0 : Change(model.FillerTrees, model.FillerTreesByGroup[g], features, ablated);
        features.Slice(range.Start, range.Length).CopyTo(swapped);
        return label switch
        {
            CommentLabel.Spam => spamShift,
            CommentLabel.LowRelevance => Math.Max(fillerShift, 0) + Math.Max(-spamShift, 0),
            _ => -spamShift - fillerShift,
        };
    }

    /// <summary>Raw score of the original features minus that of the ablated ones, over the trees that can differ.</summary>
    private static double Change(TreeEnsemble ensemble, int[] trees, ReadOnlySpan<float> original, ReadOnlySpan<float> ablated)
    {
        double change = 0;
        foreach (int tree in trees)
        {
            change += ensemble.TreeOutput(tree, original) - ensemble.TreeOutput(tree, ablated);
        }

        return change;
    }
}
