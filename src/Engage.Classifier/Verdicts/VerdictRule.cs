namespace Engage.Classifier.Verdicts;

/// <summary>
/// The one verdict rule, used by the classifier and by training's held-out report: spam when the comment carries a
/// payload (<see cref="PayloadKinds"/>) and the spam probability reaches the spam threshold; otherwise low relevance
/// when the model learned that label and the filler probability reaches the low-relevance threshold; otherwise
/// genuine. Without a payload a comment is never spam, whatever its style: its spam probability is 0.
/// </summary>
internal static class VerdictRule
{
    /// <summary>The low-relevance threshold every model is trained and stored with.</summary>
    public const double LowRelevanceThreshold = 0.5;

    /// <summary>The spam probability of a comment: the calibrated model probability when it carries a payload, else 0.</summary>
    public static double SpamProbability(bool hasPayload, double calibrated) => hasPayload ? calibrated : 0;

    public static CommentLabel Decide(double spamProbability, double fillerProbability, double spamThreshold, double lowRelevanceThreshold, bool canDetectLowRelevance) =>
        spamProbability >= spamThreshold ? CommentLabel.Spam
        : canDetectLowRelevance && fillerProbability >= lowRelevanceThreshold ? CommentLabel.LowRelevance
        : CommentLabel.Genuine;
}
