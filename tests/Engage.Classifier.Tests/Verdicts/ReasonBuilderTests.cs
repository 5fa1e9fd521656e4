using Engage.Classifier.Scoring;
using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;
using Engage.Classifier.Verdicts;
using static Engage.Classifier.Tests.Support.HandBuiltModels;

namespace Engage.Classifier.Tests.Verdicts;

/// <summary>Reasons by ablation, on hand-built trees whose every shift is known.</summary>
public sealed class ReasonBuilderTests
{
    private static readonly int LinkCount = FeatureLayout.IndexOf(LinkSignals.Feature.LinkCount);
    private static readonly int Domains = FeatureLayout.IndexOf(LinkSignals.Feature.DistinctDomains);
    private static readonly int MixedScript = FeatureLayout.IndexOf(DisguiseSignals.Feature.MixedScriptWords);
    private static readonly int Questions = FeatureLayout.IndexOf(ShapeSignals.Feature.Questions);
    private static readonly int HasPost = FeatureLayout.IndexOf(RelevanceSignals.Feature.HasPost);
    private static readonly int PostCosine = FeatureLayout.IndexOf(RelevanceSignals.Feature.PostCosine);

    [Fact]
    public void Explain_GroupThatPushedTowardSpam_IsTheReasonInTheCommentsOwnNumbers()
    {
        ScoringModel model = ScoringWith(Trees(Stump(LinkCount, 0.5f, below: -2, above: 3)));
        float[] features = Features((LinkCount, 4), (Domains, 2));

        ReasonBuilder.Explain(model, features, CommentLabel.Spam).Should().Equal(Reason("links", "4 links to 2 domains", ("count", 4), ("domains", 2), ("shopping_words", 0)));
    }

    [Fact]
    public void Explain_SeveralGroups_AreOrderedByHowFarTheyMovedTheScore()
    {
        ScoringModel model = ScoringWith(Trees(Stump(MixedScript, 0.5f, 0, 1), Stump(LinkCount, 0.5f, -2, 3)));
        float[] features = Features((LinkCount, 1), (Domains, 1), (MixedScript, 2));

        ReasonBuilder.Explain(model, features, CommentLabel.Spam)
            .Should().Equal(
                Reason("links", "1 link to 1 domain", ("count", 1), ("domains", 1), ("shopping_words", 0)),
                Reason("mixed_script_words", "2 words mix Latin with Cyrillic or Greek letters", ("count", 2)));
    }

    [Fact]
    public void Explain_ShiftBelowTheMinimum_IsNoReason()
    {
        ScoringModel model = ScoringWith(Trees(Stump(LinkCount, 0.5f, 0, 0.05)));

        ReasonBuilder.Explain(model, Features((LinkCount, 3)), CommentLabel.Spam).Should().BeEmpty();
    }

    [Fact]
    public void Explain_GroupThatPushedAwayFromTheVerdict_IsNoReason()
    {
        ScoringModel model = ScoringWith(Trees(Stump(LinkCount, 0.5f, 0, 3)));

        ReasonBuilder.Explain(model, Features((LinkCount, 3)), CommentLabel.Genuine).Should().BeEmpty();
    }

    [Fact]
    public void Explain_GenuineVerdict_NamesWhatPulledTheScoreDown()
    {
        ScoringModel model = ScoringWith(Trees(Stump(Questions, 0.5f, 0, -2)));

        ReasonBuilder.Explain(model, Features((Questions, 1)), CommentLabel.Genuine).Should().Equal(Reason("asks_question", "asks a question"));
    }

    [Fact]
    public void Explain_RelevanceWithoutAPost_IsNeverAReason()
    {
        ScoringModel model = ScoringWith(Trees(Stump(PostCosine, 0f, 5, 0)), reference: Features((PostCosine, 0.3f)));
        float[] withoutPost = Features((HasPost, 0), (PostCosine, RelevanceSignals.NoPost));
        float[] unrelatedPost = Features((HasPost, 1), (PostCosine, -0.5f));

        ReasonBuilder.Explain(model, withoutPost, CommentLabel.Spam).Should().BeEmpty();
        ReasonBuilder.Explain(model, unrelatedPost, CommentLabel.Spam).Should().Equal(Reason("off_topic", "shares almost no words with the post"));
    }

    [Fact]
    public void Explain_ManyGroups_GivesAtMostFourReasons()
    {
        int[] oneFeaturePerFamily = FeatureLayout.Groups.Take(FeatureLayout.Families.Length).Select(g => g.Start).ToArray();
        ScoringModel model = ScoringWith(Trees(oneFeaturePerFamily.Select((feature, i) => Stump(feature, 0.5f, 0, 1 + i)).ToArray()));
        float[] features = Features(oneFeaturePerFamily.Select(feature => (feature, 5f)).ToArray());

        ReasonBuilder.Explain(model, features, CommentLabel.Spam).Should().HaveCount(4);
    }

    [Fact]
    public void Explain_LeavesTheFeaturesAsTheyWere()
    {
        ScoringModel model = ScoringWith(Trees(Stump(LinkCount, 0.5f, -2, 3)));
        float[] features = Features((LinkCount, 4), (Domains, 2));
        float[] before = features.ToArray();

        ReasonBuilder.Explain(model, features, CommentLabel.Spam);

        features.Should().Equal(before);
    }

    private static Reason Reason(string code, string text, params (string Name, double Value)[] values) =>
        new(code, text, values.ToDictionary(v => v.Name, v => v.Value));
}
