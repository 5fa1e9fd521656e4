namespace Engage.Classifier.Samples.MinimalApi;

/// <summary>
/// The body of <c>POST /classify</c>: the comment, and optionally its author and the post it was left on: its title, text
/// and address (<c>postUrl</c>, absolute http or https; a link in the comment to the post itself is then no payload).
/// </summary>
public sealed record ClassifyRequest(
    string Text,
    string? AuthorName = null,
    string? AuthorUrl = null,
    string? AuthorEmail = null,
    string? PostTitle = null,
    string? PostText = null,
    string? PostUrl = null);
