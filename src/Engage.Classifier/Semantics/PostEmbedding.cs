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

    private readonly float[][] _sentences;

    // Norms measured once per post, so a comment costs one dot product per comparison.
    private readonly float _titleAndTextNorm;
    private readonly float _titleNorm;
    private readonly float[] _sentenceNorms;

    private PostEmbedding(float[] titleAndText, float[] title, float[][] sentences, EmbeddingSummary titleSummary, EmbeddingSummary textSummary)
    {
        _titleAndText = titleAndText;
        _title = title;
        _sentences = sentences;
        _titleAndTextNorm = SemanticRelevance.Norm(titleAndText);
        _titleNorm = SemanticRelevance.Norm(title);
        _sentenceNorms = sentences.Select(sentence => SemanticRelevance.Norm(sentence)).ToArray();
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

        var sentences = new List<float[]>();
        foreach (string sentence in Sentences(text))
        {
            var vector = new float[embedder.Dimensions];
            if (SemanticReading.IsReadable(EmbedNormalized(sentence, vector)))
            {
                sentences.Add(vector);
            }
        }

        return new PostEmbedding(titleAndText, titleVector, [.. sentences], titleSummary, textSummary);

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

    /// <summary>Whether the post's vector says enough to compare a comment with (<see cref="SemanticReading"/>).</summary>
    public bool IsReadable => SemanticReading.IsReadable(new EmbeddingSummary(TitleSummary.Tokens + TextSummary.Tokens, TitleSummary.Weight + TextSummary.Weight));

    /// <summary>Semantic relevance of a comment's embedding to the post's title and text (cosine, see <see cref="SemanticRelevance"/>).</summary>
    public float RelevanceOf(ReadOnlySpan<float> comment) => RelevanceOf(comment, SemanticRelevance.Norm(comment));

    /// <summary><see cref="RelevanceOf(ReadOnlySpan{float})"/> with the comment's norm (<see cref="SemanticRelevance.Norm"/>) already known.</summary>
    public float RelevanceOf(ReadOnlySpan<float> comment, float commentNorm) => SemanticRelevance.Cosine(comment, commentNorm, _titleAndText, _titleAndTextNorm);

    /// <summary>Semantic relevance of a comment's embedding to the post's title alone.</summary>
    public float TitleRelevanceOf(ReadOnlySpan<float> comment) => TitleRelevanceOf(comment, SemanticRelevance.Norm(comment));

    /// <summary><see cref="TitleRelevanceOf(ReadOnlySpan{float})"/> with the comment's norm already known.</summary>
    public float TitleRelevanceOf(ReadOnlySpan<float> comment, float commentNorm) => SemanticRelevance.Cosine(comment, commentNorm, _title, _titleNorm);

    /// <summary>The largest cosine of a comment's embedding to one readable sentence of the post's text (0 when it has none): near 1 for a restated sentence.</summary>
    public float NearestSentenceOf(ReadOnlySpan<float> comment) => NearestSentenceOf(comment, SemanticRelevance.Norm(comment));

    /// <summary><see cref="NearestSentenceOf(ReadOnlySpan{float})"/> with the comment's norm already known.</summary>
    public float NearestSentenceOf(ReadOnlySpan<float> comment, float commentNorm)
    {
        float nearest = 0;
        for (int i = 0; i < _sentences.Length; i++)
        {
            nearest = Math.Max(nearest, SemanticRelevance.Cosine(comment, commentNorm, _sentences[i], _sentenceNorms[i]));
        }

        return nearest;
    }

    /// <summary>The sentences of a post's text: split after '.', '!', '?' followed by white space, and at line breaks.</summary>
    private static IEnumerable<string> Sentences(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            bool end = text[i] == '\n' || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (end)
            {
                if (i + 1 - start > 1)
                {
                    yield return text[start..(i + 1)];
                }

                start = i + 1;
            }
        }

        if (text.Length - start > 1)
        {
            yield return text[start..];
        }
    }
}
