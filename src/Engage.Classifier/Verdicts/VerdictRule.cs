namespace Engage.Classifier.Verdicts;

/// <summary>
/// The one verdict rule, used by the classifier and by training's held-out report: spam when the spam probability
/// reaches the spam threshold; otherwise low relevance when the model learned that label and the filler
/// probability reaches the low-relevance threshold; otherwise genuine.
/// </summary>
internal static class VerdictRule
{
    /// <summary>The low-relevance threshold every model is trained and stored with.</summary>
    public const double LowRelevanceThreshold = 0.5;

    public static CommentLabel Decide(double spamProbability, double fillerProbability, double spamThreshold, double lowRelevanceThreshold, bool canDetectLowRelevance) =>
        spamProbability >= spamThreshold ? CommentLabel.Spam
        : canDetectLowRelevance && fillerProbability >= lowRelevanceThreshold ? CommentLabel.LowRelevance
        : CommentLabel.Genuine;
}
