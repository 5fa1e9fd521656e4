namespace Engage.Classifier;

/// <summary>The three verdicts a comment can get.</summary>
public enum CommentLabel
{
    /// <summary>Conversation: the comment talks with the post or with other commenters.</summary>
    Genuine = 0,

    /// <summary>Filler that is not spam: generic praise, "first!", emoji only, copies, off-topic chatter.</summary>
    LowRelevance = 1,

    /// <summary>Advertising, link drops, SEO, contact baits and other unsolicited promotion.</summary>
    Spam = 2,
}
