using Engage.Classifier.Scoring;
using Engage.Classifier.Signals;
using Engage.Classifier.TextModel;

namespace Engage.Classifier.Tests.Support;

/// <summary>Small scoring models written by hand, so a test knows every number the scorer will see.</summary>
internal static class HandBuiltModels
{
    /// <summary>A one-split tree: <paramref name="below"/> when the feature is at most <paramref name="threshold"/>, else <paramref name="above"/>.</summary>
    public static TreeEnsemble.Tree Stump(int feature, float threshold, double below, double above, double weight = 1) =>
        new(weight, [feature], [threshold], [~0], [~1], [below, above]);

    /// <summary>
    /// A two-level tree of weight 0.5. Node 0 splits on feature 2 at 1.5: left to node 1, right to leaf 2 (30).
    /// Node 1 splits on feature 0 at 0: leaves 0 (10) and 1 (20).
    /// </summary>
    public static readonly TreeEnsemble.Tree TwoLevels = new(0.5, [2, 0], [1.5f, 0f], [1, ~0], [~2, ~1], [10, 20, 30]);

    public static TreeEnsemble Trees(params TreeEnsemble.Tree[] trees) => new(trees, bias: 0);

    /// <summary>A scoring model with silent text models, the given trees, p = sigmoid(score), and an all-zero reference.</summary>
    public static ScoringModel ScoringWith(TreeEnsemble spamTrees, TreeEnsemble? fillerTrees = null, float[]? reference = null) =>
        new(
            new LinearTextModel(new float[HashedGrams.Dimension], 0, fillerTrees is null ? null : new float[HashedGrams.Dimension], 0),
            spamTrees,
            new PlattCalibration(-1, 0),
            fillerTrees,
            new PlattCalibration(-1, 0),
            reference ?? new float[FeatureLayout.Count]);

    /// <summary>A feature vector of zeros with the given features set.</summary>
    public static float[] Features(params (int Feature, float Value)[] values)
    {
        var features = new float[FeatureLayout.Count];
        foreach (var (feature, value) in values)
        {
            features[feature] = value;
        }

        return features;
    }
}
