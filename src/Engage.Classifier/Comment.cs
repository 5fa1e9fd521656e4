namespace Engage.Classifier;

/// <summary>
/// A comment to classify: its text and, when the caller has them, its author fields and the post it was left on.
/// </summary>
/// <example>
/// <code>
/// var post = new Post("Sourdough starter in 7 days", postBody);
/// var comment = new Comment("Mine smelled like nail polish on day 3, is that normal?") { Post = post };
/// </code>
/// </example>
public sealed record Comment
{
    /// <summary>Creates a comment from its text.</summary>
    /// <param name="text">The comment body, plain text or HTML. Must not be null; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Comment(string text)
    {
        Guard.NotNull(text);
        Text = text;
    }

    /// <summary>The comment body, plain text or HTML.</summary>
    public string Text { get; private init; }

    /// <summary>The name the commenter gave, or <see langword="null"/> when unknown.</summary>
    public string? AuthorName { get; init; }

    /// <summary>The website the commenter gave, or <see langword="null"/>.</summary>
    public string? AuthorUrl { get; init; }

    /// <summary>The e-mail address the commenter gave, or <see langword="null"/>.</summary>
    public string? AuthorEmail { get; init; }

    /// <summary>The thread (post, video, topic) identifier, or <see langword="null"/>. Used to split data by thread when training.</summary>
    public string? ThreadId { get; init; }

    /// <summary>The post the comment was left on, or <see langword="null"/> when unknown. A comment that ignores its post is suspect.</summary>
    public Post? Post { get; init; }

    /// <summary>The same comment, every other field kept, with <paramref name="text"/> as its text (training's copies).</summary>
    internal Comment WithText(string text) => this with { Text = text };
}
