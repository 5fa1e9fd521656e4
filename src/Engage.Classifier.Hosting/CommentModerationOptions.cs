namespace Engage.Classifier.Hosting;

/// <summary>
/// Settings for the moderator registered by <c>AddCommentModeration</c> or <c>AddKeyedCommentModeration</c>, set in code or bound
/// from configuration (a section beside the classifier's, <see cref="SectionName"/>). Validated when the host starts and on every
/// configuration change; a valid change applies to the next call, an invalid one fails validation and is not applied.
/// </summary>
/// <example>
/// <code>
/// // appsettings.json:
/// // "CommentModeration": { "ShadowMode": true, "Policy": { "RejectThreshold": 0.995, "LowRelevanceAction": "Hold" } }
/// builder.Services.AddCommentModeration(builder.Configuration.GetSection(CommentModerationOptions.SectionName));
/// </code>
/// </example>
public sealed class CommentModerationOptions
{
    /// <summary>The configuration section the documentation and the sample use: <c>CommentModeration</c>.</summary>
    public const string SectionName = "CommentModeration";

    /// <summary>
    /// Observe-only mode: every comment is classified, moderated, logged and counted as usual, but the action returned is
    /// <see cref="ModerationAction.Approve"/>, with the policy's action in <see cref="ModerationResult.ShadowedAction"/>.
    /// For a trial period before the filter acts.
    /// </summary>
    /// <value>Default <see langword="false"/>. A change through configuration applies at once.</value>
    public bool ShadowMode { get; set; }

    /// <summary>The moderation policy's settings (configuration keys under <c>Policy:</c>, e.g. <c>Policy:RejectThreshold</c>).</summary>
    /// <value>Default: <see cref="ModerationOptions"/>'s defaults. Validated as <see cref="ModerationPolicy"/> validates them; a change applies at once.</value>
    public ModerationOptions Policy { get; set; } = new();
}
