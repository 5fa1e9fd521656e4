namespace Engage.Classifier.Samples.MinimalApi;

/// <summary>
/// The answer of <c>POST /classify</c>, shaped for API clients rather than the library's <see cref="Verdict"/>: the label
/// (written "genuine", "low_relevance" or "spam", as <see cref="CommentLabel"/> declares), the threshold it was judged
/// against, what the comment carries (written "link, pitch" or "none", as <see cref="PayloadKinds"/> declares), and the
/// reasons with their stable codes and numbers, which a client can filter or translate.
/// </summary>
public sealed record ClassifyResponse(
    CommentLabel Label,
    double SpamProbability,
    double SpamThreshold,
    double? Relevance,
    PayloadKinds Payload,
    IReadOnlyList<ClassifyReason> Reasons)
{
    public static ClassifyResponse From(Verdict verdict, double spamThreshold) =>
        new(verdict.Label, verdict.SpamProbability, spamThreshold, verdict.Relevance, verdict.Payload, verdict.ReasonDetails.Select(ClassifyReason.From).ToArray());
}
