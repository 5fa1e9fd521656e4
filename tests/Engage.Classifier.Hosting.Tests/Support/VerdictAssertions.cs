namespace Engage.Classifier.Hosting.Tests.Support;

public static class VerdictAssertions
{
    /// <summary>A sane verdict: a defined label, probabilities in [0, 1], relevance in [0, 1] or null, reasons present.</summary>
    public static void ShouldBeSane(this Verdict verdict)
    {
        verdict.Should().NotBeNull();
        Enum.IsDefined(verdict.Label).Should().BeTrue();
        verdict.SpamProbability.Should().BeInRange(0, 1);
        verdict.LowRelevanceProbability.Should().BeInRange(0, 1);
        if (verdict.Relevance is double relevance)
        {
            relevance.Should().BeInRange(0, 1);
        }

        verdict.Reasons.Should().NotBeNull().And.NotContainNulls();
    }

    /// <summary>The verdict's parts as one comparable value (a record's list member compares by reference).</summary>
    public static (CommentLabel, double, double, double?, string) Parts(this Verdict verdict) =>
        (verdict.Label, verdict.SpamProbability, verdict.LowRelevanceProbability, verdict.Relevance, string.Join(" | ", verdict.Reasons));
}
