namespace Engage.Classifier.Hosting;

/// <summary>
/// Classifies a comment with the application's <see cref="ICommentClassifierProvider"/> (same key) and decides what to do with
/// it under the configured <see cref="ModerationPolicy"/>; registered by <c>AddCommentModeration</c> or <c>AddKeyedCommentModeration</c>.
/// </summary>
/// <remarks>
/// Thread-safe. The verdict is counted as every provider verdict is, and the action by the <c>engage.classifier.moderation.actions</c>
/// counter (see <see cref="CommentClassifierTelemetry"/>). In shadow mode (<see cref="CommentModerationOptions.ShadowMode"/>) the
/// returned action is always <see cref="ModerationAction.Approve"/>, with the policy's action in <see cref="ModerationResult.ShadowedAction"/>,
/// counted and logged.
/// </remarks>
/// <example>
/// <code>
/// app.MapPost("/comments", (CommentRequest request, ICommentModerator moderator) =>
/// {
///     ModerationResult result = moderator.Moderate(new Comment(request.Text) { AuthorApprovedCount = request.ApprovedBefore });
///     return result.Action == ModerationAction.Approve ? Publish(request) : Queue(request, result.Reasons);
/// });
/// </code>
/// </example>
public interface ICommentModerator
{
    /// <summary>The policy in force now. Never <see langword="null"/>.</summary>
    ModerationPolicy Policy { get; }

    /// <summary>Whether the moderator only observes: actions are counted and logged, and <see cref="ModerationAction.Approve"/> is returned.</summary>
    bool ShadowMode { get; }

    /// <summary>Classifies <paramref name="comment"/> and decides what to do with it.</summary>
    /// <param name="comment">The comment, with whatever context the site has.</param>
    /// <param name="includeReasons">Whether to explain the verdict (the action's reasons are always given).</param>
    /// <returns>The action (<see cref="ModerationAction.Approve"/> in shadow mode), the verdict, and why the action differs from the label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comment"/> is null.</exception>
    ModerationResult Moderate(Comment comment, bool includeReasons = true);
}
