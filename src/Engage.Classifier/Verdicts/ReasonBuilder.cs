using System.Collections.Immutable;
using Engage.Classifier.Scoring;
using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;

namespace Engage.Classifier.Verdicts;

/// <summary>
/// Explains a verdict from the shares each feature group (<see cref="FeatureLayout.Groups"/>) took of the raw tree
/// scores (the log-odds before calibration, which do not saturate the way a probability near 0 or 1 does), measured
/// from the values typical of genuine comments and computed in the same pass as the scores
/// (<see cref="GroupShares"/>, <see cref="PathAttribution"/>). Groups that moved the score toward the verdict by more
/// than <see cref="MinimumShift"/> are the reasons, strongest first, each described by its group with the comment's
/// own numbers (a <see cref="Reason"/>: code, English text and values).
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

    /// <param name="shares">Each group's shares of the raw scores, from <see cref="ScoringModel.Score(ReadOnlySpan{float}, GroupShares)"/>.</param>
    /// <param name="features">The comment's tree input.</param>
    /// <param name="facts">What the reasons may state that the features do not hold (<see cref="ReasonFacts"/>).</param>
    /// <param name="label">The verdict to explain.</param>
    /// <param name="spamProbability">The verdict's spam probability.</param>
    /// <param name="lowRelevanceProbability">The verdict's low-relevance probability, or <see langword="null"/> when the model does not learn that label.</param>
    /// <param name="spamThreshold">The threshold the verdict was given at.</param>
    public static IReadOnlyList<Reason> Explain(GroupShares shares, ReadOnlySpan<float> features, in ReasonFacts facts, CommentLabel label, double spamProbability, double? lowRelevanceProbability, double spamThreshold)
    {
        List<Reason> reasons = Strongest(shares, features, facts, label);
        if (reasons.Count == 0 && label == CommentLabel.Genuine && lowRelevanceProbability is { } filler)
        {
            // A comment typical of genuine ones moves no group far from them; what keeps it from filler is then its whole score.
            int percent = ReasonText.PercentOf((float)filler);
            reasons.Add(ReasonText.Of("not_filler", $"nothing in it reads as filler (low-relevance probability {ReasonText.Percent(percent)})", (ReasonText.PercentValue, percent)));
        }
        PayloadKinds payload = PayloadSignals.KindsOf(features);
        Reason payloadReason = PayloadGroup.Group.Describe(features.Slice(PayloadGroup.Start, PayloadGroup.Length), label, facts)
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
            Reason? up = Strongest(shares, features, facts, CommentLabel.Spam).FirstOrDefault(r => r.Code != payloadReason.Code);
            reasons.Insert(0, ReasonText.Of(
                "near_cutoff",
                $"close to the spam cutoff ({payloadReason.Text}{(up is null ? string.Empty : "; " + up.Text)})",
                ("spam_probability", spamProbability),
                ("threshold", spamThreshold)));
        }

        return reasons.Count > MaxReasons ? reasons.GetRange(0, MaxReasons) : reasons;
    }

    /// <summary>The groups that moved the raw score toward <paramref name="label"/> most, described, strongest first.</summary>
    private static List<Reason> Strongest(GroupShares shares, ReadOnlySpan<float> features, in ReasonFacts facts, CommentLabel label)
    {
        ImmutableArray<FeatureRange> groups = FeatureLayout.Groups;
        Span<(double Shift, int Group)> found = stackalloc (double, int)[groups.Length];
        int count = 0;
        for (int g = 0; g < groups.Length; g++)
        {
            FeatureRange range = groups[g];
            if (!range.Group.CanExplain(features.Slice(range.Start, range.Length)))
            {
                continue;
            }

            double shift = Shift(shares.Spam[g], shares.Filler[g], label);
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
            Reason? reason = range.Group.Describe(features.Slice(range.Start, range.Length), label, facts);

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

    /// <summary>How far a group pushed the comment toward <paramref name="label"/> (positive: toward it), from its shares of the two raw scores.</summary>
    internal static double Shift(double spamShare, double fillerShare, CommentLabel label) => label switch
    {
        CommentLabel.Spam => spamShare,
        CommentLabel.LowRelevance => Math.Max(fillerShare, 0) + Math.Max(-spamShare, 0),
        _ => -spamShare - fillerShare,
    };
}
