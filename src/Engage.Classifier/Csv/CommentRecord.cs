namespace Engage.Classifier;

/// <summary>One row of a comments CSV.</summary>
/// <param name="Id">The row's <c>id</c>, or its 1-based record number when the file has no id column.</param>
/// <param name="LineNumber">The line the record starts on (1-based, header included).</param>
/// <param name="Comment">The comment, joined with its post when a posts file was given.</param>
/// <param name="Label">The row's label, or <see langword="null"/> when the file has none.</param>
public sealed record CommentRecord(string Id, long LineNumber, Comment Comment, CommentLabel? Label)
{
    /// <summary>The row's <c>source</c> (where the comment came from), or <see langword="null"/> when the file has none.</summary>
    public string? Source { get; init; }
}
