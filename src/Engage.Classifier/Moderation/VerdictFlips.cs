namespace Engage.Classifier.Moderation;

/// <summary>
/// Compares what two models (under one policy) decide on the same comments: a comment flips when its label or its
/// action changes. Counts every change by direction (genuine → spam, approve → hold) and keeps the flipped comments.
/// The one rule of what a flip is, for <c>engage diff</c> and the default-model rebuild.
/// </summary>
internal sealed class VerdictFlips
{
    private readonly List<Flip> _flips = [];
    private readonly Dictionary<(CommentLabel Before, CommentLabel After), long> _labels = [];
    private readonly Dictionary<(ModerationAction Before, ModerationAction After), long> _actions = [];

    /// <summary>Comments compared.</summary>
    public long Compared { get; private set; }

    /// <summary>The comments whose label or action changed, in the order observed.</summary>
    public IReadOnlyList<Flip> Flips => _flips;

    /// <summary>Label changes by direction, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<(CommentLabel Before, CommentLabel After), long>> LabelChanges => Ordered(_labels);

    /// <summary>Action changes by direction, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<(ModerationAction Before, ModerationAction After), long>> ActionChanges => Ordered(_actions);

    /// <summary>Records one comment's outcomes under the two models; returns the flip, or <see langword="null"/> when nothing changed.</summary>
    public Flip? Observe(string id, ModerationResult before, ModerationResult after)
    {
        Compared++;
        CommentLabel labelBefore = before.Verdict.Label, labelAfter = after.Verdict.Label;
        ModerationAction actionBefore = before.PolicyAction, actionAfter = after.PolicyAction;
        if (labelBefore == labelAfter && actionBefore == actionAfter)
        {
            return null;
        }

        if (labelBefore != labelAfter)
        {
            _labels[(labelBefore, labelAfter)] = _labels.GetValueOrDefault((labelBefore, labelAfter)) + 1;
        }

        if (actionBefore != actionAfter)
        {
            _actions[(actionBefore, actionAfter)] = _actions.GetValueOrDefault((actionBefore, actionAfter)) + 1;
        }

        var flip = new Flip(id, before, after);
        _flips.Add(flip);
        return flip;
    }

    private static KeyValuePair<TKey, long>[] Ordered<TKey>(Dictionary<TKey, long> counts)
        where TKey : notnull =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key.ToString(), StringComparer.Ordinal).ToArray();

    /// <summary>One flipped comment: its id and what each model decided.</summary>
    internal sealed record Flip(string Id, ModerationResult Before, ModerationResult After);
}
