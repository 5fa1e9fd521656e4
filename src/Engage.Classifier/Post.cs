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
    {
        if (title is null && text is null)
        {
            throw new ArgumentException("A post needs a title, a text, or both.", nameof(text));
        }

        Title = title ?? string.Empty;
        Text = text ?? string.Empty;
    }

    /// <summary>The post title (empty when unknown).</summary>
    public string Title { get; }

    /// <summary>The post body (empty when unknown).</summary>
    public string Text { get; }

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
