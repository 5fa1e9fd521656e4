namespace Engage.Classifier.Signals;

/// <summary>
/// A group of dense features the tree models read and a verdict's reasons explain together: a signal family,
/// or the text-model scores. Groups are laid out one after the other by <see cref="FeatureLayout"/>.
/// </summary>
internal interface IFeatureGroup
{
    /// <summary>The group's feature names, in layout order (they are part of the model format).</summary>
    IReadOnlyList<string> FeatureNames { get; }

    /// <summary>Whether the group can explain this comment (relevance cannot without a post).</summary>
    /// <param name="values">The group's own feature values.</param>
    bool CanExplain(ReadOnlySpan<float> values);

    /// <summary>
    /// A short reason, in the comment's own numbers, for a group that pushed the comment toward <paramref name="label"/>:
    /// its stable code (listed in docs/reasons.md), English text and the numbers the text shows (<see cref="Verdicts.ReasonText.Of"/>).
    /// </summary>
    /// <param name="values">The group's own feature values.</param>
    /// <param name="label">The verdict being explained.</param>
    /// <param name="facts">What the reasons may state that the features do not hold (<see cref="Verdicts.ReasonFacts"/>).</param>
    /// <returns>The reason, or <see langword="null"/> when the group has nothing true to say for this verdict.</returns>
    Reason? Describe(ReadOnlySpan<float> values, CommentLabel label, in Verdicts.ReasonFacts facts);
}

/// <summary>A family of signals computed from a comment: one small type per family, listed in <see cref="FeatureLayout.Families"/>.</summary>
internal interface ISignalFamily : IFeatureGroup
{
    /// <summary>Writes the family's features. Called once per comment; <paramref name="values"/> starts zeroed.</summary>
    /// <param name="input">What the shared stages produced for the comment.</param>
    /// <param name="values">The family's own slice of the feature vector.</param>
    void Compute(in SignalInput input, Span<float> values);
}
