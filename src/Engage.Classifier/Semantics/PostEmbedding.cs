using Engage.Classifier.Text;

namespace Engage.Classifier.Semantics;

/// <summary>
/// What semantic relevance is measured against: the static embeddings of a post's title and of its title
/// with its text, computed once per <see cref="Post"/> (see <see cref="Post.Semantics"/>) from the same
/// normalized text that lexical relevance reads. Immutable once built.
/// </summary>
internal sealed class PostEmbedding
{
    /// <summary>How many times the title counts in the title-and-text vector (it names the topic; the lexical profile also counts it twice).</summary>
    public const int TitleWeight = 2;

    private readonly float[] _titleAndText;
    private readonly float[] _title;

    private PostEmbedding(float[] titleAndText, float[] title, EmbeddingSummary titleSummary, EmbeddingSummary textSummary)
    {
        _titleAndText = titleAndText;
        _title = title;
        TitleSummary = titleSummary;
        TextSummary = textSummary;
    }

    /// <summary>Title and text, the title counted <see cref="TitleWeight"/> times (weighted sum, not normalized).</summary>
    public ReadOnlySpan<float> TitleAndText => _titleAndText;

    /// <summary>The title alone (all zeros when the post has no title).</summary>
    public ReadOnlySpan<float> Title => _title;

    public EmbeddingSummary TitleSummary { get; }

    public EmbeddingSummary TextSummary { get; }

    public static PostEmbedding Build(string title, string text, TextEmbedder embedder)
    {
        Guard.NotNull(title);
        Guard.NotNull(text);
        Guard.NotNull(embedder);
        var normalized = new NormalizedText();
        var titleVector = new float[embedder.Dimensions];
        var textVector = new float[embedder.Dimensions];
        EmbeddingSummary titleSummary = EmbedNormalized(title, titleVector);
        EmbeddingSummary textSummary = EmbedNormalized(text, textVector);
        var titleAndText = new float[embedder.Dimensions];
        for (int d = 0; d < titleAndText.Length; d++)
        {
            titleAndText[d] = (TitleWeight * titleVector[d]) + textVector[d];
        }

        return new PostEmbedding(titleAndText, titleVector, titleSummary, textSummary);

        EmbeddingSummary EmbedNormalized(string part, Span<float> destination)
        {
            if (part.Length == 0)
            {
                destination.Clear();
                return default;
            }

            TextNormalizer.Normalize(part, normalized);
            return embedder.Embed(normalized.Text, destination);
        }
    }

    /// <summary>Semantic relevance of a comment's embedding to the post's title and text (cosine, see <see cref="SemanticRelevance"/>).</summary>
    public float RelevanceOf(ReadOnlySpan<float> comment) => SemanticRelevance.Cosine(comment, _titleAndText);

    /// <summary>Semantic relevance of a comment's embedding to the post's title alone.</summary>
    public float TitleRelevanceOf(ReadOnlySpan<float> comment) => SemanticRelevance.Cosine(comment, _title);
}
