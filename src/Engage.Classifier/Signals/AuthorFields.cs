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

    public string? Url { get; private set; }

    public string? Email { get; private set; }

    public void Read(Comment comment)
    {
        Url = comment.AuthorUrl;
        Email = comment.AuthorEmail;
        HasName = !string.IsNullOrWhiteSpace(comment.AuthorName);
        if (!HasName)
        {
            NameWords.Clear();
            return;
        }

        TextNormalizer.Normalize(comment.AuthorName!, _name);
        NameWords.Run(_name.Text);
    }
}
