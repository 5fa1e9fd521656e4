namespace Engage.Classifier.Samples.MinimalApi;

/// <summary>
/// The body of <c>POST /classify</c>: the comment, and optionally its author and the post it was left on: its title, text
/// and address (<c>postUrl</c>, absolute http or https; a link in the comment to the post itself is then no payload).
/// An optional field that is empty or white space (an empty form field) counts as absent.
/// </summary>
public sealed record ClassifyRequest(
    string Text,
    string? AuthorName = null,
    string? AuthorUrl = null,
    string? AuthorEmail = null,
    string? PostTitle = null,
    string? PostText = null,
    string? PostUrl = null)
{
    /// <summary>This request with every optional field that is empty or white space set to <see langword="null"/>.</summary>
    public ClassifyRequest WithBlankFieldsAbsent() => this with
    {
        AuthorName = Given(AuthorName),
        AuthorUrl = Given(AuthorUrl),
        AuthorEmail = Given(AuthorEmail),
        PostTitle = Given(PostTitle),
        PostText = Given(PostText),
        PostUrl = Given(PostUrl),
    };

    private static string? Given(string? field) => string.IsNullOrWhiteSpace(field) ? null : field;
}
