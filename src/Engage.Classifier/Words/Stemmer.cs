namespace Engage.Classifier.Words;

/// <summary>A deliberately light English stemmer, enough to match "recipes" with "recipe" and "baking" with "bake".</summary>
internal static class Stemmer
{
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > 4 && EndsWith(word, "'s"))
        {
            word = word[..^2];
        }

        if (word.Length > 3 && Lower(word[^1]) == 's' && Lower(word[^2]) != 's')
        {
            word = word[..^1];
        }

        if (word.Length > 5 && EndsWith(word, "ing"))
        {
            word = word[..^3];
        }
        else if (word.Length > 5 && EndsWith(word, "ed"))
        {
            word = word[..^2];
        }

        if (word.Length > 4 && Lower(word[^1]) == 'e')
        {
            word = word[..^1];
        }

        return word;
    }

    private static bool EndsWith(ReadOnlySpan<char> word, string suffix) => word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    private static char Lower(char c) => char.ToLowerInvariant(c);
}
