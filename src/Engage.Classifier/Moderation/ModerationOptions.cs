using System.ComponentModel.DataAnnotations;
using Engage.Classifier.Moderation;

namespace Engage.Classifier;

/// <summary>
/// Settings of a <see cref="ModerationPolicy"/>. Immutable; validated once, when the policy is created, against the
/// rules declared on each property.
/// </summary>
/// <example>
/// <code>
/// var policy = new ModerationPolicy(new ModerationOptions { RejectThreshold = 0.995, LowRelevanceAction = ModerationAction.Hold });
/// </code>
/// </example>
public sealed record ModerationOptions
{
    /// <summary>
    /// Spam probability at or above which a comment the classifier calls <see cref="CommentLabel.Spam"/> is rejected
    /// rather than held. Stricter than the classifier's own spam threshold: spam below it is held for review.
    /// </summary>
    /// <value>
    /// Default 0.998 (the lowest value at which the default model rejects no genuine comment of the public corpora; see
    /// data/EVALUATION.md); between 0 and 1. A value below the classifier's spam threshold rejects every spam verdict.
    /// </value>
    [Probability]
    public double RejectThreshold { get; init; } = ModerationDefaults.RejectThreshold;

    /// <summary>What to do with a <see cref="CommentLabel.LowRelevance"/> comment: approve it (filler is not spam) or hold it.</summary>
    /// <value>Default <see cref="ModerationAction.Approve"/>; <see cref="ModerationAction.Approve"/> or <see cref="ModerationAction.Hold"/>, never <see cref="ModerationAction.Reject"/>.</value>
    [AllowedValues(ModerationAction.Approve, ModerationAction.Hold, ErrorMessage = "Must be Approve or Hold: low-relevance comments are never rejected.")]
    public ModerationAction LowRelevanceAction { get; init; } = ModerationDefaults.LowRelevanceAction;

    /// <summary>
    /// Whether a pingback, trackback or webmention (<see cref="Comment.Kind"/>) that would be approved is held instead.
    /// The model learned from comments people wrote; a linkback's text is an excerpt of another page, so a genuine verdict
    /// on it is not evidence. Blatant spam among linkbacks is still rejected.
    /// </summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool HoldLinkbacks { get; init; } = ModerationDefaults.HoldLinkbacks;

    /// <summary>
    /// Approved comments (<see cref="Comment.AuthorApprovedCount"/>) that make an author known to the site: a known author
    /// is never rejected automatically, and their low-relevance comments are approved.
    /// </summary>
    /// <value>Default 1; at least 1.</value>
    [Range(1, int.MaxValue)]
    public int KnownAuthorApprovedCount { get; init; } = ModerationDefaults.KnownAuthorApprovedCount;
}
