using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;
using Engage.Classifier.Verdicts;
using Engage.Classifier.TextModel;

namespace Engage.Classifier.Scoring;

/// <summary>
/// Everything needed to score a featurized comment: the linear text models, the spam tree ensemble
/// and, when the training data had low-relevance examples, the filler tree ensemble. Immutable.
/// </summary>
internal sealed class ScoringModel
{
    // Made on first use: only explained verdicts need them, and a model is built from trees not yet checked for
    // cycles when a test writes a broken model file.
    private readonly Lazy<PathAttribution> _spamPaths;
    private readonly Lazy<PathAttribution?> _fillerPaths;

    public ScoringModel(
        LinearTextModel text,
        TreeEnsemble spamTrees,
        PlattCalibration spamCalibration,
        TreeEnsemble? fillerTrees,
        PlattCalibration fillerCalibration,
        float[] reference)
    {
        if (reference.Length != FeatureLayout.Count)
        {
            throw new ArgumentException("Reference feature vector has the wrong length.", nameof(reference));
        }

        if (spamTrees.MaxFeatureIndex >= FeatureLayout.Count || (fillerTrees?.MaxFeatureIndex ?? -1) >= FeatureLayout.Count)
        {
            throw new ArgumentException("A tree splits on a feature this version does not compute.");
        }

        Text = text;
        int[] groupOfFeature = FeatureLayout.Groups.SelectMany((group, g) => Enumerable.Repeat(g, group.Length)).ToArray();
        _spamPaths = new(() => spamTrees.AttributeAt(reference, groupOfFeature));
        _fillerPaths = new(() => fillerTrees?.AttributeAt(reference, groupOfFeature));
        SpamTrees = spamTrees;
        SpamCalibration = spamCalibration;
        FillerTrees = fillerTrees;
        FillerCalibration = fillerCalibration;
        Reference = reference;
    }

    public LinearTextModel Text { get; }

    public TreeEnsemble SpamTrees { get; }

    public PlattCalibration SpamCalibration { get; }

    public TreeEnsemble? FillerTrees { get; }

    public PlattCalibration FillerCalibration { get; }

    /// <summary>Typical feature values of genuine comments: what a verdict's reasons are measured from (<see cref="PathAttribution"/>).</summary>
    public float[] Reference { get; }

    /// <summary>
    /// The spam probability (<see cref="VerdictRule.SpamProbability"/>): 0 without a payload, the trees' calibrated score
    /// otherwise. Without a payload the trees are not run: the rule does not read their score.
    /// </summary>
    public double SpamProbability(ReadOnlySpan<float> features)
    {
        bool hasPayload = PayloadSignals.HasPayload(features);
        return VerdictRule.SpamProbability(hasPayload, hasPayload ? SpamCalibration.Probability(SpamTrees.Score(features)) : 0);
    }

    public double FillerProbability(ReadOnlySpan<float> features) =>
        FillerTrees is null ? 0 : FillerCalibration.Probability(FillerTrees.Score(features));

    /// <summary>The same models with another spam calibration (a site calibration, <see cref="Calibration.SiteCalibrator"/>).</summary>
    public ScoringModel WithSpamCalibration(PlattCalibration calibration) =>
        new(Text, SpamTrees, calibration, FillerTrees, FillerCalibration, Reference);

    /// <summary>
    /// The spam and filler probabilities, and in the same pass every group's shares of both raw scores
    /// (<see cref="GroupShares"/>, zeroed first). Without a payload the spam trees are not run, as in
    /// <see cref="SpamProbability"/>: the rule, not their score, makes the spam probability 0, so no group has a share
    /// of the spam score and the payload rule is the reason the comment is not spam.
    /// </summary>
    public (double Spam, double Filler) Score(ReadOnlySpan<float> features, GroupShares shares)
    {
        shares.Spam.Clear();
        shares.Filler.Clear();
        bool hasPayload = PayloadSignals.HasPayload(features);
        double spam = VerdictRule.SpamProbability(hasPayload, hasPayload ? SpamCalibration.Probability(SpamTrees.Score(features, _spamPaths.Value, shares.Spam)) : 0);
        double filler = FillerTrees is null || _fillerPaths.Value is not { } fillerPaths ? 0 : FillerCalibration.Probability(FillerTrees.Score(features, fillerPaths, shares.Filler));
        return (spam, filler);
    }
}
