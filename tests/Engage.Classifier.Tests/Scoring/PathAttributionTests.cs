using Engage.Classifier.Scoring;
using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;
using Engage.Classifier.Verdicts;
using static Engage.Classifier.Tests.Support.HandBuiltModels;

namespace Engage.Classifier.Tests.Scoring;

/// <summary>Group shares from one pass over the trees: what they sum to, and that they name the groups ablation names.</summary>
public sealed class PathAttributionTests
{
    [Theory]
    [InlineData(0f, 1f)]
    [InlineData(0.1f, 1f)]
    [InlineData(-3f, 2f)]
    [InlineData(4f, 9f)]
    public void Score_SharesSumToTheScoreMinusTheReferencesScore(float feature0, float feature2)
    {
        var ensemble = new TreeEnsemble([TwoLevels, Stump(1, 0f, -1, 4, weight: 2)], bias: 0.25);
        float[] reference = [0.5f, 0f, 0f];
        float[] features = [feature0, 1f, feature2];
        PathAttribution paths = ensemble.AttributeAt(reference, [0, 1, 2]);
        var shares = new double[3];

        double score = ensemble.Score(features, paths, shares);

        score.Should().Be(ensemble.Score(features));
        shares.Sum().Should().BeApproximately(score - ensemble.Score(reference), 1e-9);
    }

    [Fact]
    public void Score_SplitTheReferenceTakesTheSameWay_CreditsNothing()
    {
        var ensemble = new TreeEnsemble([TwoLevels], bias: 0);
        PathAttribution paths = ensemble.AttributeAt([1f, 0f, 0f], [0, 1, 2]);
        var shares = new double[3];

        // Both go left at feature 2; only feature 0 sends the comment elsewhere (leaf 0, 5, instead of leaf 1, 10).
        ensemble.Score([-1f, 0f, 1f], paths, shares);

        shares.Should().Equal(-5, 0, 0);
    }

    /// <summary>
    /// On the shipped model and comments written for this test, the group that moved the score most toward the verdict
    /// is the same as by ablation (swap the group's values for the reference values and score again), the method the
    /// one-pass shares replaced, in at least 90% of verdicts.
    /// </summary>
    [Fact]
    public void Shares_OnTheDefaultModel_NameTheSameTopGroupAsAblation()
    {
        CommentClassifier classifier = CommentClassifier.LoadDefault();
        ScoringModel model = classifier.Scoring;
        int groups = FeatureLayout.Groups.Length;
        int agree = 0;
        var disagreements = new List<string>();
        foreach (Comment comment in AttributionComments.All)
        {
            float[] features = classifier.TreeInputOf(comment, new FeatureWorkspace()).ToArray();
            var shares = new GroupShares(new double[groups], new double[groups]);
            (double spam, double filler) = model.Score(features, shares);
            CommentLabel label = VerdictRule.Decide(spam, filler, classifier.SpamThreshold, VerdictRule.LowRelevanceThreshold, classifier.CanDetectLowRelevance);

            double[] onePass = new double[groups], ablated = new double[groups];
            for (int g = 0; g < groups; g++)
            {
                onePass[g] = ReasonBuilder.Shift(shares.Spam[g], shares.Filler[g], label);
                (double spamShift, double fillerShift) = AblationShift(model, features, FeatureLayout.Groups[g]);
                ablated[g] = ReasonBuilder.Shift(spamShift, fillerShift, label);
            }

            int top = TopExplainable(onePass, features), topByAblation = TopExplainable(ablated, features);
            if (top == topByAblation)
            {
                agree++;
            }
            else
            {
                disagreements.Add($"{label} '{comment.Text[..Math.Min(40, comment.Text.Length)]}': {Name(top)} vs {Name(topByAblation)}");
            }
        }

        ((double)agree / AttributionComments.All.Length).Should().BeGreaterThanOrEqualTo(0.9, string.Join("; ", disagreements));
    }

    /// <summary>
    /// Raw spam and filler score of the comment minus those with the group's values swapped for the reference's. Without a
    /// payload the spam score is not read (the payload rule sets the spam probability), so no group shifts it.
    /// </summary>
    private static (double Spam, double Filler) AblationShift(ScoringModel model, float[] features, FeatureRange group)
    {
        float[] swapped = features.ToArray();
        model.Reference.AsSpan(group.Start, group.Length).CopyTo(swapped.AsSpan(group.Start, group.Length));
        double spam = PayloadSignals.HasPayload(features) ? model.SpamTrees.Score(features) - model.SpamTrees.Score(swapped) : 0;
        double filler = model.FillerTrees is null ? 0 : model.FillerTrees.Score(features) - model.FillerTrees.Score(swapped);
        return (spam, filler);
    }

    private static int TopExplainable(double[] shifts, float[] features)
    {
        int top = -1;
        for (int g = 0; g < shifts.Length; g++)
        {
            FeatureRange range = FeatureLayout.Groups[g];
            if (range.Group.CanExplain(features.AsSpan(range.Start, range.Length)) && (top < 0 || shifts[g] > shifts[top]))
            {
                top = g;
            }
        }

        return top;
    }

    private static string Name(int group) => FeatureLayout.Groups[group].Group.GetType().Name;
}
