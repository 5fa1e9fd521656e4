using Engage.Classifier.Semantics;
using Engage.Classifier.Text;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals;

/// <summary>
/// What every signal family may read, produced once per comment by the shared stages before any family runs:
/// nothing a family computes is visible to another. Valid only during <see cref="CommentFeaturizer.Featurize"/>.
/// </summary>
/// <param name="text">The normalized text and what normalization counted.</param>
/// <param name="prose">The normalized text with every link blanked out (<see cref="LinkScan.Mask"/>): what the word pass read. Same length and positions as the text.</param>
/// <param name="words">The one pass over the text's words.</param>
/// <param name="links">The links, e-mail addresses and handles found in the text and in its link targets.</param>
/// <param name="author">The comment's author fields, the name normalized and split into words.</param>
/// <param name="post">The post's profile (built once per <see cref="Post"/>), or <see langword="null"/> without a post.</param>
/// <param name="scratch">A counter a family may clear and use while it computes.</param>
/// <param name="meaning">The comment's static embedding (computed only when the comment has a post).</param>
/// <param name="postMeaning">The post's static embeddings (built once per <see cref="Post"/>), or <see langword="null"/> without a post.</param>
internal readonly ref struct SignalInput(NormalizedText text, ReadOnlySpan<char> prose, WordPass words, LinkScan links, AuthorFields author, PostProfile? post, HashCounter scratch, CommentMeaning meaning, PostEmbedding? postMeaning)
{
    public NormalizedText Text { get; } = text;

    public ReadOnlySpan<char> Prose { get; } = prose;

    public WordPass Words { get; } = words;

    public LinkScan Links { get; } = links;

    public AuthorFields Author { get; } = author;

    public PostProfile? Post { get; } = post;

    public HashCounter Scratch { get; } = scratch;

    public CommentMeaning Meaning { get; } = meaning;

    public PostEmbedding? PostMeaning { get; } = postMeaning;

    /// <summary>The <paramref name="index"/>-th word of the prose (the normalized text without its links).</summary>
    public ReadOnlySpan<char> Word(int index) => Words.Word(Prose, index);
}
