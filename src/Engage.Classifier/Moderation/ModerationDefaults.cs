namespace Engage.Classifier.Moderation;

/// <summary>The defaults of <see cref="ModerationOptions"/>, named in one place (the options' docs state them too).</summary>
internal static class ModerationDefaults
{
    /// <summary>
    /// Reject only at 0.99 or more: ten times stricter, on the odds of being genuine, than the default model's
    /// threshold of about 0.9, and the level at which no genuine comment of any public corpus is rejected
    /// (data/EVALUATION.md, "Moderation actions").
    /// </summary>
    public const double RejectThreshold = 0.99;

    public const ModerationAction LowRelevanceAction = ModerationAction.Approve;

    public const bool HoldLinkbacks = true;

    public const int KnownAuthorApprovedCount = 1;
}
