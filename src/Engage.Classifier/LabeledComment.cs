namespace Engage.Classifier;

/// <summary>A comment with its true label, for training and evaluation.</summary>
/// <param name="Comment">The comment.</param>
/// <param name="Label">Its true label.</param>
public sealed record LabeledComment(Comment Comment, CommentLabel Label);
