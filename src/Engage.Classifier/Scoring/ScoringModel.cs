using Engage.Classifier.Features;

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
        FamilyFeatures = Enum.GetValues<SignalFamily>()
            .Select(family => Enumerable.Range(0, FeatureLayout.Count).Where(i => FeatureLayout.FamilyOf(i) == family).ToArray())
            .ToArray();
        SpamTreesByFamily = FamilyFeatures.Select(features => spamTrees.TreesSplittingOn(features.Contains)).ToArray();
        FillerTreesByFamily = FamilyFeatures.Select(features => fillerTrees?.TreesSplittingOn(features.Contains) ?? []).ToArray();
        SpamTrees = spamTrees;
        SpamCalibration = spamCalibration;
        FillerTrees = fillerTrees;
        FillerCalibration = fillerCalibration;
        Reference = reference;
    }

    public LinearTextModel Text { get; }

    /// <summary>The dense features of each <see cref="SignalFamily"/>, by family.</summary>
    public int[][] FamilyFeatures { get; }

    /// <summary>The spam trees that split on each family's features: only those change when the family is swapped.</summary>
    public int[][] SpamTreesByFamily { get; }

    /// <summary>The filler trees that split on each family's features.</summary>
    public int[][] FillerTreesByFamily { get; }

    public TreeEnsemble SpamTrees { get; }

    public PlattCalibration SpamCalibration { get; }

    public TreeEnsemble? FillerTrees { get; }

    public PlattCalibration FillerCalibration { get; }

    /// <summary>Typical feature values of genuine comments; a family is explained by swapping its values for these.</summary>
    public float[] Reference { get; }

    /// <summary>Fills in the text-model scores of the featurized comment in <paramref name="workspace"/>.</summary>
    public void ScoreText(FeatureWorkspace workspace)
    {
        (float spam, float filler) = Text.Score(workspace.TextIndices);
        workspace.Features[FeatureLayout.SpamTextScore] = spam;
        workspace.Features[FeatureLayout.FillerTextScore] = filler;
    }

    public double SpamProbability(ReadOnlySpan<float> features) => SpamCalibration.Probability(SpamTrees.Score(features));

    public double FillerProbability(ReadOnlySpan<float> features) =>
        FillerTrees is null ? 0 : FillerCalibration.Probability(FillerTrees.Score(features));
}
