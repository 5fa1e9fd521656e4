using Engage.Classifier.Signals;
using Engage.Classifier.TextModel;

namespace Engage.Classifier.Scoring;

/// <summary>
/// What the tree models read, composed in one place for training and serving: the signal families' features,
/// then the two text-model scores (<see cref="FeatureLayout"/>). Neither stage writes into the other's buffer.
/// </summary>
internal static class TreeInput
{
    private static readonly int SpamTextScore = FeatureLayout.IndexOf(TextScores.Feature.SpamTextScore);
    private static readonly int FillerTextScore = FeatureLayout.IndexOf(TextScores.Feature.FillerTextScore);

    /// <summary>Writes the trees' input into <paramref name="into"/> (<see cref="FeatureLayout.Count"/> values) and returns it.</summary>
    public static ReadOnlySpan<float> Compose(ReadOnlySpan<float> signals, float spamTextScore, float fillerTextScore, Span<float> into)
    {
        signals.CopyTo(into);
        into[SpamTextScore] = spamTextScore;
        into[FillerTextScore] = fillerTextScore;
        return into;
    }

    /// <summary>A new array holding the trees' input.</summary>
    public static float[] Compose(ReadOnlySpan<float> signals, float spamTextScore, float fillerTextScore)
    {
        var features = new float[FeatureLayout.Count];
        Compose(signals, spamTextScore, fillerTextScore, features);
        return features;
    }
}
