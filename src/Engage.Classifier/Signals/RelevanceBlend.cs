using Engage.Classifier.Signals.Families;

namespace Engage.Classifier.Signals;

/// <summary>
/// <see cref="Verdict.Relevance"/>, in one place: the lexical relevance (<see cref="RelevanceSignals"/>, a cosine of
/// topic-word stems) and relevance by meaning (<see cref="SemanticSignals"/>, a cosine of static embeddings), summed
/// with weights and read through a logistic curve, <c>σ(Steepness × (LexicalWeight × lexical + cosine - Midpoint))</c>,
/// rescaled so that no word in common and a cosine of 0 (or below) give 0 and an exact copy nearly 1.
/// Words in common and meaning each miss what the other sees: an on-topic comment in other words, spam that borrows
/// the post's words. The weights set how the two rank posts against each other; the curve, which keeps that ranking,
/// spreads the values where related and unrelated comments meet, so that a comment about the post in its own words
/// scores well above one about something else. Chosen with the Tools command <c>relevance-auc --blends</c> on the two
/// corpora with posts and a development set of its own (docs/semantics.md). When the comment's meaning cannot be read,
/// the words alone count (the cosine is taken as 0).
/// </summary>
internal static class RelevanceBlend
{
    /// <summary>Weight of the lexical relevance against the cosine by meaning (whose weight is 1): 2.5 ranks posts as a 70 / 30 mix does.</summary>
    public const double LexicalWeight = 2.5;

    /// <summary>Steepness of the logistic curve, per unit of the weighted sum.</summary>
    public const double Steepness = 6;

    /// <summary>The weighted sum at the middle of the curve (before rescaling): a cosine of 0.3 without shared words, where unrelated English text (about 0.1 to 0.3) ends and text about the post (about 0.4 to 0.7) begins.</summary>
    public const double Midpoint = 0.3;

    /// <summary>A verdict's relevance, 0 to 1, from the whole feature vector of a comment that has a post.</summary>
    public static double Of(ReadOnlySpan<float> features) => Of(RelevanceSignals.Relevance(features), SemanticSignals.PostMeaningOf(features));

    /// <summary>The relevance, 0 to 1, of a lexical relevance (0 to 1) and a cosine of static embeddings (or <see cref="SemanticSignals.Unread"/>), with the shipped shape or another one to compare.</summary>
    public static double Of(double lexical, float semanticCosine, double lexicalWeight = LexicalWeight, double steepness = Steepness, double midpoint = Midpoint)
    {
        double meaning = semanticCosine <= SemanticSignals.Unread ? 0 : semanticCosine;
        double zero = Logistic(-steepness * midpoint);
        return Math.Max(0, (Logistic(steepness * ((lexicalWeight * lexical) + meaning - midpoint)) - zero) / (1 - zero));
    }

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
