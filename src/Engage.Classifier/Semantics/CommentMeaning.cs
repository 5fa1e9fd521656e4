namespace Engage.Classifier.Semantics;

/// <summary>
/// A featurizing stage: the static embedding of one comment's prose, in a reusable buffer, and whether it is
/// readable (<see cref="SemanticReading"/>). Owned by one thread at a time (see <see cref="Signals.FeatureWorkspace"/>).
/// </summary>
internal sealed class CommentMeaning
{
    private float[]? _vector;

    /// <summary>Whether <see cref="Run"/> computed the vector of the current comment (it is skipped when nothing will compare it).</summary>
    public bool HasRun { get; private set; }

    /// <summary>Whether the vector is strong enough to compare; <see langword="false"/> when it was not computed.</summary>
    public bool IsReadable { get; private set; }

    /// <summary>What went into the vector (default when not computed).</summary>
    public EmbeddingSummary Summary { get; private set; }

    /// <summary>The norm of <see cref="Vector"/> (<see cref="SemanticRelevance.Norm"/>), measured once for every comparison; 0 when not computed.</summary>
    public float Norm { get; private set; }

    /// <summary>The weighted sum of the comment's token vectors (not normalized); empty when not computed.</summary>
    public ReadOnlySpan<float> Vector => HasRun ? _vector : default;

    /// <summary>Embeds <paramref name="prose"/> (the normalized text without its links) with the default table.</summary>
    /// <param name="prose">The text to embed.</param>
    public void Run(ReadOnlySpan<char> prose)
    {
        TextEmbedder embedder = TextEmbedder.Default;
        _vector ??= new float[embedder.Dimensions];
        EmbeddingSummary summary = embedder.Embed(prose, _vector);
        Summary = summary;
        Norm = SemanticRelevance.Norm(_vector);
        IsReadable = SemanticReading.IsReadable(summary, prose);
        HasRun = true;
    }

    /// <summary>Marks the stage as not run for the current comment.</summary>
    public void Skip()
    {
        HasRun = false;
        IsReadable = false;
        Summary = default;
        Norm = 0;
    }
}
