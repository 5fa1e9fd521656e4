using Engage.Classifier.Scoring;
using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;
using Engage.Classifier.Verdicts;
using static Engage.Classifier.Tests.Support.HandBuiltModels;

namespace Engage.Classifier.Tests.Verdicts;

/// <summary>Reasons from the groups' shares of the scores, on hand-built trees whose every shift is known.</summary>
public sealed class ReasonBuilderTests
{
    private static readonly int LinkCount = FeatureLayout.IndexOf(LinkSignals.Feature.LinkCount);
    private static readonly int Domains = FeatureLayout.IndexOf(LinkSignals.Feature.DistinctDomains);
    private static readonly int MixedScript = FeatureLayout.IndexOf(DisguiseSignals.Feature.MixedScriptWords);
    private static readonly int Questions = FeatureLayout.IndexOf(ShapeSignals.Feature.Questions);
    private static readonly int HasPost = FeatureLayout.IndexOf(RelevanceSignals.Feature.HasPost);
    private static readonly int PostCosine = FeatureLayout.IndexOf(RelevanceSignals.Feature.PostCosine);
    private static readonly int Payload = FeatureLayout.IndexOf(PayloadSignals.Feature.Kinds);
    private static readonly int PayloadLinks = FeatureLayout.IndexOf(PayloadSignals.Feature.Links);
    private static readonly Reason NoPayload = Reason("no_payload", "no payload (no link elsewhere, contact, pitch, self-promotion or disguise)");

    /// <summary>The payload reason of a comment with links, however many: it names the kind; the link family counts them.</summary>
    private static readonly Reason CarriesALink = Reason("payload", "carries a link", ("kinds", (int)PayloadKinds.Link));

    /// <summary>A verdict far from the cutoff (spam probability 0 against 0.9).</summary>
    private static IReadOnlyList<Reason> Explain(ScoringModel model, float[] features, CommentLabel label) =>
        Explain(model, features, label, spamProbability: 0, spamThreshold: 0.9);

    /// <summary>Scores the features with their groups' shares, as the classifier does, then explains the verdict.</summary>
    private static IReadOnlyList<Reason> Explain(ScoringModel model, float[] features, CommentLabel label, double spamProbability, double spamThreshold)
    {
        var shares = new GroupShares(new double[FeatureLayout.Groups.Length], new double[FeatureLayout.Groups.Length]);
        model.Score(features, shares);
        return ReasonBuilder.Explain(shares, features, default, label, spamProbability, null, spamThreshold);
    }

    /// <summary><paramref name="links"/> links, as the payload family reports them.</summary>
    private static (int, float)[] Linked(int links) => [(LinkCount, links), (Payload, (float)PayloadKinds.Link), (PayloadLinks, links)];

    [Fact]
    public void Explain_GroupThatPushedTowardSpam_IsTheReasonInTheCommentsOwnNumbers()
    {
        ScoringModel model = ScoringWith(Trees(Stump(LinkCount, 0.5f, below: -2, above: 3)));
        float[] features = Features([.. Linked(4), (Domains, 2)]);

        Explain(model, features, CommentLabel.Spam).Should().Equal(CarriesALink, Reason("links", "4 links to 2 domains", ("count", 4), ("domains", 2), ("shopping_words", 0)));
    }

    [Fact]
    public void Explain_SeveralGroups_AreOrderedByHowFarTheyMovedTheScore()
    {
        ScoringModel model = ScoringWith(Trees(Stump(MixedScript, 0.5f, 0, 1), Stump(LinkCount, 0.5f, -2, 3)));
        float[] features = Features([.. Linked(1), (Domains, 1), (MixedScript, 2)]);

        Explain(model, features, CommentLabel.Spam)
            .Should().Equal(
                CarriesALink,
                Reason("links", "1 link to 1 domain", ("count", 1), ("domains", 1), ("shopping_words", 0)),
                Reason("mixed_script_words", "2 words mix Latin with Cyrillic or Greek letters", ("count", 2)));
    }

    [Fact]
    public void Explain_ShiftBelowTheMinimum_IsNoReason()
    {
        ScoringModel model = ScoringWith(Trees(Stump(LinkCount, 0.5f, 0, 0.05)));

        Explain(model, Features(Linked(3)), CommentLabel.Spam).Should().Equal(CarriesALink);
    }

    /// <summary>The first reason of a genuine or low-relevance verdict that carries a payload and scored far below the cutoff.</summary>
    private static Reason FarBelow(Reason payload, double spamProbability, double threshold) =>
        Reason("far_below_cutoff", $"far below the spam cutoff ({payload.Text})", ("spam_probability", spamProbability), ("threshold", threshold));

    [Fact]
    public void Explain_GroupThatPushedAwayFromTheVerdict_IsNoReason()
    {
        ScoringModel model = ScoringWith(Trees(Stump(LinkCount, 0.5f, 0, 3)));

        Explain(model, Features(Linked(3)), CommentLabel.Genuine).Should().Equal([FarBelow(CarriesALink, 0, 0.9)], "the links pushed toward spam, so they are no reason for genuine");
    }

    [Fact]
    public void Explain_GenuineVerdict_NamesWhatPulledTheScoreDown()
    {
        ScoringModel model = ScoringWith(Trees(Stump(Questions, 0.5f, 0, -2)));

        Explain(model, Features([.. Linked(1), (Questions, 1)]), CommentLabel.Genuine).Should().Equal(FarBelow(CarriesALink, 0, 0.9), Reason("asks_question", "asks a question"));
    }

    [Theory]
    [InlineData(CommentLabel.Genuine)]
    [InlineData(CommentLabel.LowRelevance)]
    public void Explain_PayloadFarBelowTheCutoffThatNoGroupMovedFar_SaysWhatItCarriesAndHowFarBelow(CommentLabel label)
    {
        // A model trained without low relevance and with no group moving the comment far: before, it got no reason at all.
        ScoringModel model = ScoringWith(Trees(Stump(LinkCount, 0.5f, 0, 0.05)));

        IReadOnlyList<Reason> reasons = Explain(model, Features(Linked(1)), label, spamProbability: 0.167, spamThreshold: 0.984);

        reasons.Should().Equal(Reason("far_below_cutoff", "far below the spam cutoff (carries a link)", ("spam_probability", 0.167), ("threshold", 0.984)));
    }

    [Fact]
    public void Explain_PayloadJustBelowHalfTheThreshold_IsFarBelowAndAtHalfIsNear()
    {
        ScoringModel model = ScoringWith(Trees(Stump(LinkCount, 0.5f, 0, 0.05)));
        float[] features = Features(Linked(2));

        Explain(model, features, CommentLabel.Genuine, spamProbability: 0.449, spamThreshold: 0.9)[0].Code.Should().Be("far_below_cutoff");
        Explain(model, features, CommentLabel.Genuine, spamProbability: 0.45, spamThreshold: 0.9)[0].Code.Should().Be("near_cutoff");
    }

    [Fact]
    public void Explain_QuestionMarksOnlyInsideLinks_AreNoQuestion()
    {
        ScoringModel model = ScoringWith(Trees(Stump(Questions, 0.5f, 0, -2)));
        var shares = new GroupShares(new double[FeatureLayout.Groups.Length], new double[FeatureLayout.Groups.Length]);
        float[] features = Features([.. Linked(1), (Questions, 2)]);
        model.Score(features, shares);

        ReasonBuilder.Explain(shares, features, new ReasonFacts(QuestionMarksInLinks: 2, Words: 8), CommentLabel.Genuine, 0, null, 0.9)
            .Should().NotContain(r => r.Code == "asks_question", "both question marks are a link's query");
        ReasonBuilder.Explain(shares, features, new ReasonFacts(QuestionMarksInLinks: 1, Words: 8), CommentLabel.Genuine, 0, null, 0.9)
            .Should().Contain(Reason("asks_question", "asks a question"), "one question mark is in the prose");
    }

    [Fact]
    public void Explain_GenuineVerdictThatNoGroupMovedFar_SaysNothingInItReadsAsFiller()
    {
        ScoringModel model = ScoringWith(Trees(Stump(LinkCount, 0.5f, 0, 0.05)), fillerTrees: Trees(Stump(LinkCount, 0.5f, 0, 0.05)));
        var shares = new GroupShares(new double[FeatureLayout.Groups.Length], new double[FeatureLayout.Groups.Length]);
        float[] features = Features((Questions, 0));
        model.Score(features, shares);

        ReasonBuilder.Explain(shares, features, default, CommentLabel.Genuine, 0, 0.034, 0.9)
            .Should().Equal(NoPayload, Reason("not_filler", "nothing in it reads as filler (low-relevance probability 3%)", ("percent", 3)));
        ReasonBuilder.Explain(shares, features, default, CommentLabel.Genuine, 0, null, 0.9)
            .Should().Equal([NoPayload], "a model that does not learn low relevance cannot say how far from filler it is");
    }

    [Theory]
    [InlineData(0.40, 40)]
    [InlineData(0.25, 25)]
    [InlineData(0.4996, 49)]
    public void Explain_GenuineVerdictThatNoGroupMovedFar_CloseToTheLowRelevanceCutoff_SaysSoInsteadOfNothingReadsAsFiller(double filler, int shown)
    {
        // "great video" scored 40% low relevance: that is close to filler, not "nothing in it reads as filler".
        ScoringModel model = ScoringWith(Trees(Stump(LinkCount, 0.5f, 0, 0.05)), fillerTrees: Trees(Stump(LinkCount, 0.5f, 0, 0.05)));
        var shares = new GroupShares(new double[FeatureLayout.Groups.Length], new double[FeatureLayout.Groups.Length]);
        float[] features = Features((Questions, 0));
        model.Score(features, shares);

        ReasonBuilder.Explain(shares, features, default, CommentLabel.Genuine, 0, filler, 0.9)
            .Should().Equal(
                NoPayload,
                Reason("near_filler_cutoff", $"close to the low-relevance cutoff (low-relevance probability {shown}%, low relevance from 50%)", ("percent", shown), ("threshold_percent", 50)));
    }

    [Fact]
    public void Explain_RelevanceWithoutAPost_IsNeverAReason()
    {
        ScoringModel model = ScoringWith(Trees(Stump(PostCosine, 0f, 5, 0)), reference: Features((PostCosine, 0.3f)));
        float[] withoutPost = Features([.. Linked(1), (HasPost, 0), (PostCosine, RelevanceSignals.NoPost)]);
        float[] unrelatedPost = Features([.. Linked(1), (HasPost, 1), (PostCosine, -0.5f)]);

        Explain(model, withoutPost, CommentLabel.Spam).Should().Equal(CarriesALink);
        Explain(model, unrelatedPost, CommentLabel.Spam).Should().Equal(CarriesALink, Reason("off_topic", "shares almost no words with the post"));
    }

    [Fact]
    public void Explain_ManyGroups_GivesAtMostFourReasons()
    {
        int[] oneFeaturePerFamily = FeatureLayout.Groups.Take(FeatureLayout.Families.Length).Select(g => g.Start).ToArray();
        ScoringModel model = ScoringWith(Trees(oneFeaturePerFamily.Select((feature, i) => Stump(feature, 0.5f, 0, 1 + i)).ToArray()));
        float[] features = Features(oneFeaturePerFamily.Select(feature => (feature, 5f)).ToArray());

        Explain(model, features, CommentLabel.Spam).Should().HaveCount(4);
    }

    [Fact]
    public void Explain_LeavesTheFeaturesAsTheyWere()
    {
        ScoringModel model = ScoringWith(Trees(Stump(LinkCount, 0.5f, -2, 3)));
        float[] features = Features((LinkCount, 4), (Domains, 2));
        float[] before = features.ToArray();

        Explain(model, features, CommentLabel.Spam);

        features.Should().Equal(before);
    }

    [Fact]
    public void Explain_CommentWithoutPayload_SaysSoFirst()
    {
        ScoringModel model = ScoringWith(Trees(Stump(Questions, 0.5f, 0, -2)), fillerTrees: Trees(Stump(Questions, 0.5f, 0, -2)));

        Explain(model, Features((Questions, 1)), CommentLabel.Genuine).Should().Equal(NoPayload, Reason("asks_question", "asks a question"));
    }

    [Fact]
    public void Explain_CommentWithoutPayload_TakesNoReasonFromTheSpamTrees()
    {
        // The payload rule, not the spam trees, keeps it from being spam: their view of its questions is not a reason.
        ScoringModel model = ScoringWith(Trees(Stump(Questions, 0.5f, 0, -2)), fillerTrees: Trees(Stump(MixedScript, 0.5f, 0, 1)));

        Explain(model, Features((Questions, 1)), CommentLabel.Genuine).Should().Equal(NoPayload);
    }

    [Fact]
    public void Explain_GenuineVerdictNearTheCutoff_NamesWhatPushedItUp()
    {
        ScoringModel model = ScoringWith(Trees(Stump(MixedScript, 0.5f, 0, 2), Stump(Questions, 0.5f, 0, -3)));
        float[] features = Features([.. Linked(1), (MixedScript, 2), (Questions, 1)]);

        IReadOnlyList<Reason> reasons = Explain(model, features, CommentLabel.Genuine, spamProbability: 0.6, spamThreshold: 0.9);

        reasons.Should().Equal(
            Reason(
                "near_cutoff",
                "close to the spam cutoff (carries a link; 2 words mix Latin with Cyrillic or Greek letters)",
                ("spam_probability", 0.6),
                ("threshold", 0.9)),
            Reason("asks_question", "asks a question"));
    }

    private static Reason Reason(string code, string text, params (string Name, double Value)[] values) =>
        new(code, text, values.ToDictionary(v => v.Name, v => v.Value));
}
