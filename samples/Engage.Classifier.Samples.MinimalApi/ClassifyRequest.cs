namespace Engage.Classifier.Samples.MinimalApi;

/// <summary>The body of <c>POST /classify</c>: the comment, and optionally its author and the post it was left on.</summary>
public sealed record ClassifyRequest(
    string Text,
    string? AuthorName = null,
    string? AuthorUrl = null,
    string? AuthorEmail = null,
    string? PostTitle = null,
    string? PostText = null);
