namespace Engage.Classifier;

/// <summary>A comment with its true label, for training and evaluation.</summary>
/// <param name="Comment">The comment.</param>
/// <param name="Label">Its true label.</param>
public sealed record LabeledComment(Comment Comment, CommentLabel Label)
{
    /// <summary>
    /// Where the comment came from (a site, a corpus, a moderation queue), or <see langword="null"/> when it does not matter.
    /// With three or more sources the training report breaks its held-out numbers down by source, and
    /// <see cref="TrainerOptions.HoldOutSources"/> makes the folds hold out whole sources.
    /// </summary>
    /// <value>Default <see langword="null"/>. The comments CSV's <c>source</c> column fills it.</value>
    public string? Source { get; init; }

    /// <summary>How much the comment counts in training and in the training report's threshold, relative to the others.</summary>
    /// <value>Default 1; must be positive and finite (training throws <see cref="ArgumentException"/> otherwise).</value>
    public double Weight { get; init; } = 1;
}
