namespace Engage.Classifier;

/// <summary>A comment with its true label, for training and evaluation.</summary>
/// <param name="Comment">The comment.</param>
/// <param name="Label">Its true label.</param>
public sealed record LabeledComment(Comment Comment, CommentLabel Label)
{
    /// <summary>Where the label comes from, e.g. <c>correction</c> for a moderator's correction; <see langword="null"/> when not said.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Source { get; init; }

    /// <summary>How much the comment counts in training, relative to the others (a moderator's correction may count more).</summary>
    /// <value>Default 1. The linear text models and the trees weigh each comment by it; the calibrators and the held-out report count every comment once.</value>
    public double Weight { get; init; } = 1;
}
