namespace Engage.Classifier.Semantics;

/// <summary>
/// Whether a static embedding says anything: the one rule for when the English encoder's vector of a text is
/// strong enough to compare. A weak vector (emoji, a word or two of frequent tokens, text mostly outside the Latin
/// script) is missing evidence, never evidence of being off-topic or a copy.
/// </summary>
internal static class SemanticReading
{
    /// <summary>
    /// Least sum of token weights a readable vector carries. A weight is a/(a+p) (near 1 for a rare token, near 0 for a
    /// frequent one), so this is about two content tokens: "thanks so much!" falls below it, a sentence about anything
    /// does not.
    /// </summary>
    public const float MinimumWeight = 1.5f;

    /// <summary>Largest share of a text's letters that may be outside the Latin script: above it the text is mostly in another script, which the English vocabulary reads as single characters or [UNK].</summary>
    public const float MaximumOtherScriptShare = 0.5f;

    /// <summary>The last character of the Latin blocks (Basic Latin to Latin Extended-B).</summary>
    private const char LastLatin = '\u024F';

    /// <summary>Whether the embedding of <paramref name="text"/>, with <paramref name="summary"/>, can be compared.</summary>
    public static bool IsReadable(EmbeddingSummary summary, ReadOnlySpan<char> text) =>
        summary.Weight >= MinimumWeight && !MostlyOtherScript(text);

    /// <summary>Whether more than <see cref="MaximumOtherScriptShare"/> of the letters of <paramref name="text"/> are outside the Latin blocks (one vectorized scan when there are none).</summary>
    private static bool MostlyOtherScript(ReadOnlySpan<char> text)
    {
        int first = text.IndexOfAnyExceptInRange('\0', LastLatin);
        if (first < 0)
        {
            return false;
        }

        int letters = 0, other = 0;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (c > LastLatin)
                {
                    other++;
                }
            }
        }

        return other > MaximumOtherScriptShare * letters;
    }

    /// <summary>Whether a post's embedding can be compared (posts are the site's own text, so only their weight counts).</summary>
    public static bool IsReadable(EmbeddingSummary summary) => summary.Weight >= MinimumWeight;
}
