namespace Engage.Classifier;

/// <summary>What the classifier says about one comment.</summary>
/// <param name="Label">The verdict.</param>
/// <param name="SpamProbability">Calibrated probability (0..1) that the comment is spam; 0 for a comment without a payload (<see cref="Payload"/>), which is never spam.</param>
/// <param name="LowRelevanceProbability">Probability (0..1) that a comment that is not spam is filler rather than conversation; 0 when the model was trained without low-relevance examples.</param>
/// <param name="Relevance">How much the comment talks about its post, 0 (nothing in common) to 1; <see langword="null"/> when the post is unknown.</param>
/// <param name="Reasons">Short human-readable reasons, strongest first, taken from what moved the score; empty when reasons were not requested.</param>
public sealed record Verdict(
    CommentLabel Label,
    double SpamProbability,
    double LowRelevanceProbability,
    double? Relevance,
    IReadOnlyList<string> Reasons)
{
    /// <summary>What the comment tries to get: links, a link in the author fields, contact, pitch, self-promotion, disguise, a keyword anchor.</summary>
    /// <value><see cref="PayloadKinds.None"/> when it carries none, and then it is never spam.</value>
    public PayloadKinds Payload { get; init; }

    /// <summary><see langword="true"/> when <see cref="Label"/> is <see cref="CommentLabel.Spam"/>.</summary>
    public bool IsSpam => Label == CommentLabel.Spam;
}
