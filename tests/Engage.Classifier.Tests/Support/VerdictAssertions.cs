namespace Engage.Classifier.Tests.Support;

public static class VerdictAssertions
{
    /// <summary>The verdict's parts as one comparable value (a record's list member compares by reference).</summary>
    public static (CommentLabel, double, double, double?, string) Parts(this Verdict verdict) =>
        (verdict.Label, verdict.SpamProbability, verdict.LowRelevanceProbability, verdict.Relevance, string.Join(" | ", verdict.Reasons));

    /// <summary>The verdict without its reasons, to compare with one given without reasons.</summary>
    public static (CommentLabel, double, double, double?) Scores(this Verdict verdict) =>
        (verdict.Label, verdict.SpamProbability, verdict.LowRelevanceProbability, verdict.Relevance);
}
