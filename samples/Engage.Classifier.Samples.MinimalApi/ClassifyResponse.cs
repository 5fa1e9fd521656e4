namespace Engage.Classifier.Samples.MinimalApi;

/// <summary>The answer of <c>POST /classify</c>, shaped for API clients rather than the library's <see cref="Verdict"/>.</summary>
public sealed record ClassifyResponse(
    CommentLabel Label,
    double SpamProbability,
    double SpamThreshold,
    double? Relevance,
    IReadOnlyList<string> Reasons)
{
    public static ClassifyResponse From(Verdict verdict, double spamThreshold) =>
        new(verdict.Label, verdict.SpamProbability, spamThreshold, verdict.Relevance, verdict.Reasons);
}
