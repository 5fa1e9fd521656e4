using Engage.Classifier.Signals.Families;

namespace Engage.Classifier.Signals;

/// <summary>
/// <see cref="Verdict.Relevance"/>, in one place: the lexical relevance (<see cref="RelevanceSignals"/>, a cosine of
/// topic-word stems) blended with relevance by meaning (<see cref="SemanticSignals"/>, a cosine of static embeddings
/// mapped to 0..1). Words in common and meaning each miss what the other sees: an on-topic comment in other words,
/// spam that borrows the post's words. The share and the mapping were chosen with the Tools command
/// <c>relevance-auc</c> (docs/semantics.md). When the comment's meaning cannot be read, the lexical relevance stands alone.
/// </summary>
internal static class RelevanceBlend
{
    /// <summary>Share of the relevance by meaning in the blend.</summary>
    public const double SemanticShare = 0.3;

    /// <summary>Cosine of static embeddings that maps to relevance 0 (below it, 0). Narrower ranges (0.1 to 0.7) measured worse: clamping loses the ranking.</summary>
    public const double SemanticFloor = 0;

    /// <summary>Cosine of static embeddings that maps to relevance 1.</summary>
    public const double SemanticCeiling = 1;

    /// <summary>A verdict's relevance, 0 to 1, from the whole feature vector of a comment that has a post.</summary>
    public static double Of(ReadOnlySpan<float> features) => Of(RelevanceSignals.Relevance(features), SemanticSignals.PostMeaningOf(features));

    /// <summary>The blend of a lexical relevance (0 to 1) and a cosine of static embeddings (or <see cref="SemanticSignals.Unread"/>).</summary>
    public static double Of(double lexical, float semanticCosine, double semanticShare = SemanticShare)
    {
        if (semanticCosine <= SemanticSignals.Unread)
        {
            return lexical;
        }

        double semantic = Math.Clamp((semanticCosine - SemanticFloor) / (SemanticCeiling - SemanticFloor), 0, 1);
        return ((1 - semanticShare) * lexical) + (semanticShare * semantic);
    }
}
