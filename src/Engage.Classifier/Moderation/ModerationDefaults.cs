namespace Engage.Classifier.Moderation;

/// <summary>The defaults of <see cref="ModerationOptions"/>, named in one place (the options' docs state them too).</summary>
internal static class ModerationDefaults
{
    /// <summary>
    /// Reject only at 0.998 or more. At 0.99 the default model rejects genuine comments on four public corpora (Cardano
    /// Stack Exchange, Fox News, ScamSpot, SMS: 56 in all, their highest score 0.9979); 0.998 is the lowest value of the
    /// grid 0.99, 0.995, 0.998, 0.999 at which it rejects none of any corpus (data/EVALUATION.md, "Moderation actions").
    /// Chosen on those same corpora, with a thin margin: re-check the table after every retraining.
    /// </summary>
    public const double RejectThreshold = 0.998;

    public const ModerationAction LowRelevanceAction = ModerationAction.Approve;

    public const bool HoldLinkbacks = true;

    public const int KnownAuthorApprovedCount = 1;
}
