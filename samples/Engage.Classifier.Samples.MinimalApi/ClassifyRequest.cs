using System.Text.Json;
using System.Text.Json.Serialization;

namespace Engage.Classifier.Samples.MinimalApi;

/// <summary>
/// The body of <c>POST /classify</c>: the comment, and optionally its author and the post it was left on: its title, text
/// and address (<c>postUrl</c>, absolute http or https; a link in the comment to the post itself is then no payload).
/// An optional field that is empty or white space (an empty form field) counts as absent. A field it does not have
/// (<c>"content"</c>, <c>"post"</c>) is refused, not ignored: a misnamed field would otherwise go unread without a word.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ClassifyRequest(
    string Text,
    string? AuthorName = null,
    string? AuthorUrl = null,
    string? AuthorEmail = null,
    string? PostTitle = null,
    string? PostText = null,
    string? PostUrl = null)
{
    /// <summary>
    /// The body's shape with every field filled in to say what it holds: shown by the problem-details answer to a body
    /// that is not such a JSON object (<see cref="UnreadableBodyHandler"/>), serialized as the body is read, so the names match.
    /// </summary>
    public static ClassifyRequest Example { get; } = new(
        Text: "the comment (required)",
        AuthorName: "optional: the name the commenter gave",
        AuthorUrl: "optional: the website the commenter gave",
        AuthorEmail: "optional: the e-mail address the commenter gave",
        PostTitle: "optional: the title of the post commented on",
        PostText: "optional: the text of that post",
        PostUrl: "optional: that post's absolute http or https address");

    /// <summary>The body's field names as <paramref name="options"/> (the app's JSON options) read and write them, in declaration order.</summary>
    public static string[] FieldNames(JsonSerializerOptions options) =>
        [.. JsonSerializer.SerializeToElement(Example, options).EnumerateObject().Select(field => field.Name)];

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
