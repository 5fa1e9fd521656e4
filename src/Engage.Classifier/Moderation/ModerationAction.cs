namespace Engage.Classifier;

/// <summary>What a site does with a comment, decided by <see cref="ModerationPolicy"/> from a verdict and the comment's context.</summary>
public enum ModerationAction
{
    /// <summary>Publish the comment.</summary>
    Approve = 0,

    /// <summary>Keep it unpublished until a moderator looks at it.</summary>
    Hold = 1,

    /// <summary>Discard it without review: only blatant spam, from authors the site does not know.</summary>
    Reject = 2,
}
