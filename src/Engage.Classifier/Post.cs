using Engage.Classifier.Signals;
using Engage.Classifier.Semantics;

namespace Engage.Classifier;

/// <summary>
/// The post (article, video description, forum opening message) a comment was left on.
/// </summary>
/// <remarks>
/// A <see cref="Post"/> is immutable. Create one per post and reuse it for all of its comments:
/// the word profile and the static embeddings used to measure relevance are computed once, on first
/// use, and cached in the instance (safely across threads).
/// </remarks>
public sealed class Post
{
    private PostProfile? _profile;
    private PostEmbedding? _semantics;

    /// <summary>Creates a post from its title and text; either may be empty, but not both null.</summary>
    /// <param name="title">The post title, or <see langword="null"/>.</param>
    /// <param name="text">The post body (plain text or HTML), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">Both <paramref name="title"/> and <paramref name="text"/> are null.</exception>
    public Post(string? title, string? text)
        : this(title, text, null)
    {
    }

    /// <summary>Creates a post from its title, text and address; a post known only by its address has a null title and text.</summary>
    /// <param name="title">The post title, or <see langword="null"/>.</param>
    /// <param name="text">The post body (plain text or HTML), or <see langword="null"/>.</param>
    /// <param name="url">The post's own address (absolute, http or https), or <see langword="null"/>. See <see cref="Url"/>.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="title"/>, <paramref name="text"/> and <paramref name="url"/> are all null; or <paramref name="url"/> is relative
    /// or its scheme is not http or https.
    /// </exception>
    /// <example>
    /// <code>
    /// var video = new Post(null, null, new Uri("https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
    /// </code>
    /// </example>
    public Post(string? title, string? text, Uri? url)
    {
        if (title is null && text is null && url is null)
        {
            throw new ArgumentException("A post needs a title, a text or an address.", nameof(text));
        }

        if (url is not null)
        {
            Guard.HttpAddress(url);
            Address = PostAddress.Of(url);
        }

        Title = title ?? string.Empty;
        Text = text ?? string.Empty;
        Url = url;
    }

    /// <summary>The post title (empty when unknown).</summary>
    public string Title { get; }

    /// <summary>The post body (empty when unknown).</summary>
    public string Text { get; }

    /// <summary>The post's own address (absolute, http or https), or <see langword="null"/> when unknown.</summary>
    /// <value>Default <see langword="null"/>.</value>
    /// <remarks>
    /// Does: a link in a comment to this very page is not a link (not counted, not a domain, no link payload), since a
    /// link to the page being commented on promotes nothing ("the chorus at 2:19", a video's own short link). Two
    /// addresses are the same page when their hosts match (ignoring the scheme, case and "www."), their paths match
    /// (ignoring the fragment and a trailing slash) and the link carries every query parameter of this address ("?p=123";
    /// "utm_" tracking parameters aside, and the link's own extras ignored); YouTube video addresses (watch?v=, youtu.be,
    /// m., shorts, embed) match by video ID. Does not: measure relevance. A post with only an address (no title or text, or only white
    /// space) reads as no post for relevance: <see cref="Verdict.Relevance"/> is <see langword="null"/>, as without a post.
    /// </remarks>
    public Uri? Url { get; }

    /// <summary>Whether the post has a title or a text with something in it: only then is relevance measured against it.</summary>
    internal bool HasWords => !string.IsNullOrWhiteSpace(Title) || !string.IsNullOrWhiteSpace(Text);

    /// <summary>The post's address as the link scan compares it, or <see langword="null"/> without <see cref="Url"/>.</summary>
    internal PostAddress? Address { get; }

    internal PostProfile Profile
    {
        get
        {
            var profile = Volatile.Read(ref _profile);
            if (profile is null)
            {
                // Two threads may both build it; they build the same thing, and one wins.
                profile = PostProfile.Build(Title, Text);
                profile = Interlocked.CompareExchange(ref _profile, profile, null) ?? profile;
            }

            return profile;
        }
    }

    /// <summary>The post's static embeddings (title, title and text), built on first use with the embedded table.</summary>
    internal PostEmbedding Semantics
    {
        get
        {
            var semantics = Volatile.Read(ref _semantics);
            if (semantics is null)
            {
                // As for the profile: concurrent first uses build the same thing, and one wins.
                semantics = PostEmbedding.Build(Title, Text, TextEmbedder.Default);
                semantics = Interlocked.CompareExchange(ref _semantics, semantics, null) ?? semantics;
            }

            return semantics;
        }
    }
}
