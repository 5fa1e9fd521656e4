using Engage.Classifier.Signals;

namespace Engage.Classifier.Scoring;

/// <summary>
/// How far each feature group moved a comment's raw spam and filler scores (log-odds, before calibration) away from
/// the reference comment's, one slot per group of <see cref="FeatureLayout.Groups"/>; positive: toward spam, toward
/// filler. Filled while scoring (<see cref="PathAttribution"/>) into buffers the caller owns.
/// </summary>
/// <param name="spam">The spam trees' shares.</param>
/// <param name="filler">The filler trees' shares (zeros when the model has no filler trees).</param>
internal readonly ref struct GroupShares(Span<double> spam, Span<double> filler)
{
    public Span<double> Spam { get; } = spam;

    public Span<double> Filler { get; } = filler;
}
