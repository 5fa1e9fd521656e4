namespace Engage.Classifier;

/// <summary>What to do with a comment, the verdict it was decided from, and why the action is not the label's plain one.</summary>
/// <param name="Action">What to do: in observe-only (shadow) mode always <see cref="ModerationAction.Approve"/>, with the policy's action in <see cref="ShadowedAction"/>.</param>
/// <param name="Verdict">The classifier's verdict, unchanged: the model's label, probabilities and reasons.</param>
/// <param name="Reasons">
/// Why the policy's action is not the label's plain action (genuine is approved, spam is rejected), e.g. "spam probability
/// 0.973 is below the reject threshold 0.99"; empty when it is. A low-relevance comment always has one, since its action
/// is the site's choice.
/// </param>
public sealed record ModerationResult(ModerationAction Action, Verdict Verdict, IReadOnlyList<string> Reasons)
{
    /// <summary>
    /// In observe-only (shadow) mode, the action the policy would have taken; <see cref="Action"/> is then
    /// <see cref="ModerationAction.Approve"/>. <see langword="null"/> when the action is in force.
    /// </summary>
    /// <value>Default <see langword="null"/>.</value>
    public ModerationAction? ShadowedAction { get; init; }

    /// <summary>The policy's action, in force or not: <see cref="ShadowedAction"/> in shadow mode, <see cref="Action"/> otherwise.</summary>
    public ModerationAction PolicyAction => ShadowedAction ?? Action;
}
