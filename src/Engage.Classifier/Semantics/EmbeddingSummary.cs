namespace Engage.Classifier.Semantics;

/// <summary>What went into one static embedding.</summary>
/// <param name="Tokens">Word pieces in the text (including those whose weight is zero).</param>
/// <param name="Weight">Sum of the pieces' frequency weights: how much topical content the vector carries.</param>
internal readonly record struct EmbeddingSummary(int Tokens, float Weight);
