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
        SpamTreesByGroup = FeatureLayout.Groups.Select(group => spamTrees.TreesSplittingOn(group.Contains)).ToArray();
        FillerTreesByGroup = FeatureLayout.Groups.Select(group => fillerTrees?.TreesSplittingOn(group.Contains) ?? []).ToArray();
        SpamTrees = spamTrees;
        SpamCalibration = spamCalibration;
        FillerTrees = fillerTrees;
        FillerCalibration = fillerCalibration;
        Reference = reference;
    }

    public LinearTextModel Text { get; }

    /// <summary>The spam trees that split on each feature group's features (by <see cref="FeatureLayout.Groups"/> index): only those change when the group is swapped.</summary>
    public int[][] SpamTreesByGroup { get; }

    /// <summary>The filler trees that split on each feature group's features.</summary>
    public int[][] FillerTreesByGroup { get; }

    public TreeEnsemble SpamTrees { get; }

    public PlattCalibration SpamCalibration { get; }

    public TreeEnsemble? FillerTrees { get; }

    public PlattCalibration FillerCalibration { get; }

    /// <summary>Typical feature values of genuine comments; a family is explained by swapping its values for these.</summary>
    public float[] Reference { get; }

    /// <summary>The spam probability (<see cref="VerdictRule.SpamProbability"/>): 0 without a payload, the trees' calibrated score otherwise.</summary>
    public double SpamProbability(ReadOnlySpan<float> features) =>
        VerdictRule.SpamProbability(PayloadSignals.KindsOf(features) != PayloadKinds.None, SpamCalibration.Probability(SpamTrees.Score(features)));

    public double FillerProbability(ReadOnlySpan<float> features) =>
        FillerTrees is null ? 0 : FillerCalibration.Probability(FillerTrees.Score(features));

    /// <summary>The same models with another spam calibration (a site calibration, <see cref="Calibration.SiteCalibrator"/>).</summary>
    public ScoringModel WithSpamCalibration(PlattCalibration calibration) =>
        new(Text, SpamTrees, calibration, FillerTrees, FillerCalibration, Reference);
}
