using Engage.Classifier.Text;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals;

/// <summary>
/// The comment's author fields as the signals read them: the name normalized like the text and split into
/// words (read by the author signals and the hashed n-grams), the URL and e-mail as given. Reused per thread.
/// </summary>
internal sealed class AuthorFields
{
    private readonly NormalizedText _name = new();

    /// <summary><see langword="true"/> when the comment has a name that is not blank.</summary>
    public bool HasName { get; private set; }

    /// <summary>The normalized name (empty without <see cref="HasName"/>).</summary>
    public ReadOnlySpan<char> Name => HasName ? _name.Text : default;

    /// <summary>The words of the normalized name (none without <see cref="HasName"/>).</summary>
    public WordPass NameWords { get; } = new();

    /// <summary>
    /// <see langword="true"/> when the name is or holds a link: an HTML or BBCode anchor (stripped from <see cref="Name"/>
    /// by normalization, so looked for here) or a URL or bare domain among its words.
    /// </summary>
    public bool NameHasLink { get; private set; }

    public string? Url { get; private set; }

    public string? Email { get; private set; }

    public void Read(Comment comment)
    {
        Url = comment.AuthorUrl;
        Email = comment.AuthorEmail;
        HasName = !string.IsNullOrWhiteSpace(comment.AuthorName);
        NameHasLink = false;
        if (!HasName)
        {
            NameWords.Clear();
            return;
        }

        TextNormalizer.Normalize(comment.AuthorName!, _name);
        NameWords.Run(_name.Text);
        NameHasLink = _name.Anchors > 0 || _name.HrefLength > 0 || ContainsLink(_name.Text);
    }

    private static bool ContainsLink(ReadOnlySpan<char> name)
    {
        // BBCode ("[url=http://x]keyword[/url]") and quoted attributes split like spaces.
        foreach (Range range in name.SplitAny(" []=\"'"))
        {
            ReadOnlySpan<char> chunk = name[range].Trim().TrimEnd(".,;:!?");
            if (LinkScan.IsLinkChunk(chunk))
            {
                return true;
            }
        }

        return false;
    }
}
