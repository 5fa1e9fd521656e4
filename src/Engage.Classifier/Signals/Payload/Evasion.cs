using Engage.Classifier.Words;

namespace Engage.Classifier.Signals.Payload;

/// <summary>Text written to slip past link filters and word filters: split domains, footnote links, s p a c e d words.</summary>
internal static class Evasion
{
    /// <summary>Single letters in a row that spell out a word ("c h e a p").</summary>
    private const int SpacedLettersForWord = 5;

    /// <summary>How far after spaced-out letters a dot makes them part of an address ("r 7. c o m").</summary>
    private const int DotReach = 3;

    /// <summary>Longest spelled-out word looked up; longer runs are read up to it.</summary>
    private const int MaxSpelledLength = 32;

    /// <summary>
    /// Links written so a link scanner misses them: "site . com", "site dot com", a bare YouTube "watch?v=" path,
    /// Markdown footnote links ("[product][1]") whose target was cut off, and links split by spaces (<see cref="SplitLinks"/>).
    /// </summary>
    /// <param name="words">The word pass over <paramref name="text"/>.</param>
    /// <param name="text">The text.</param>
    public static int DisguisedLinks(WordPass words, ReadOnlySpan<char> text)
    {
        int count = (text.Contains("watch?v=", StringComparison.OrdinalIgnoreCase) ? 1 : 0) + SplitLinks.Count(words, text);
        int footnote = text.IndexOf("][", StringComparison.Ordinal);
        count += footnote >= 0 && footnote + 2 < text.Length && char.IsAsciiDigit(text[footnote + 2]) ? 1 : 0;

        ReadOnlySpan<ulong> hashes = words.Hashes;
        ReadOnlySpan<WordClass> classes = words.Classes;
        ReadOnlySpan<int> starts = words.Starts;
        ReadOnlySpan<int> lengths = words.Lengths;
        for (int i = 1; i < hashes.Length; i++)
        {
            if ((classes[i] & WordClass.TopLevelDomain) == 0 || lengths[i] < 2)
            {
                continue;
            }

            bool writtenDot = hashes[i - 1] == PayloadLexicon.DotHash && i >= 2;
            int previousEnd = starts[i - 1] + lengths[i - 1];
            bool spacedDot = IsSpacedDot(text[previousEnd..starts[i]]) && IsLowerAscii(words.Word(text, i));
            count += writtenDot || spacedDot ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Runs of <see cref="SpacedLettersForWord"/> or more single letters separated by spaces that hide what a filter looks
    /// for: the letters spell a payload or commercial word ("c h e a p", "w h a t s a p p") or sit against a dot, as in a
    /// spaced-out address ("b e s t d e a l s 7. c o m"). Spaced capitals for emphasis ("P E A C E  &amp;  L O V E") are
    /// style, and style alone is no payload. Not a row of emoji, whose variation selectors read as one-character words,
    /// nor a stutter: "D-D-D-DROP".
    /// </summary>
    /// <param name="words">The word pass over <paramref name="text"/>.</param>
    /// <param name="text">The text.</param>
    public static int SpacedOutWords(WordPass words, ReadOnlySpan<char> text)
    {
        int runs = 0, run = 0;
        ReadOnlySpan<int> starts = words.Starts;
        ReadOnlySpan<int> lengths = words.Lengths;
        for (int i = 0; i < lengths.Length; i++)
        {
            bool letter = lengths[i] == 1 && char.IsLetter(text[starts[i]]);
            if (letter && (run == 0 || text[(starts[i - 1] + 1)..starts[i]].Trim(' ').IsEmpty))
            {
                run++;
                continue;
            }

            runs += run >= SpacedLettersForWord && HidesPayload(text, starts[i - run], starts[i - 1]) ? 1 : 0;
            run = letter ? 1 : 0;
        }

        return runs + (run >= SpacedLettersForWord && HidesPayload(text, starts[^run], starts[^1]) ? 1 : 0);
    }

    /// <summary>
    /// Whether the spaced-out letters from <paramref name="first"/> to <paramref name="last"/> (positions in
    /// <paramref name="text"/>) spell a payload or commercial word, or are followed within <see cref="DotReach"/> characters
    /// by a dot that the text goes on after, as an address does.
    /// </summary>
    private static bool HidesPayload(ReadOnlySpan<char> text, int first, int last)
    {
        int dot = text[(last + 1)..Math.Min(text.Length, last + 1 + DotReach)].IndexOf('.');
        if (dot >= 0)
        {
            // An address goes on after its dot ("7. c o m"); a sentence's full stop ends it.
            ReadOnlySpan<char> next = text[(last + 2 + dot)..].TrimStart(' ');
            if (!next.IsEmpty && char.IsLetterOrDigit(next[0]))
            {
                return true;
            }
        }

        Span<char> spelled = stackalloc char[MaxSpelledLength];
        int length = 0;
        for (int i = first; i <= last && length < spelled.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                spelled[length++] = text[i];
            }
        }

        ulong hash = WordHash.Of(spelled[..length]);
        return PayloadLexicon.Classify(hash) != PayloadWord.None || (Lexicons.Classify(hash) & WordClass.Commercial) != 0;
    }

    /// <summary>" . ", " ." or ". " between two words on one line: a domain split to dodge link detection (a sentence's end before a new line is not).</summary>
    private static bool IsSpacedDot(ReadOnlySpan<char> between) =>
        between.Length is 2 or 3 && between.Trim(' ') is "." && between.IndexOf('\n') < 0;

    private static bool IsLowerAscii(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
