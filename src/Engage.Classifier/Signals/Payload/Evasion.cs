using Engage.Classifier.Words;

namespace Engage.Classifier.Signals.Payload;

/// <summary>Text written to slip past link filters and word filters: split domains, footnote links, s p a c e d words.</summary>
internal static class Evasion
{
    /// <summary>Single letters in a row that spell out a word ("c h e a p").</summary>
    private const int SpacedLettersForWord = 5;

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
    /// Runs of <see cref="SpacedLettersForWord"/> or more single letters separated by spaces: "c h e a p" (not a row of
    /// emoji, whose variation selectors read as one-character words, nor a stutter: "D-D-D-DROP").
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

            runs += run >= SpacedLettersForWord ? 1 : 0;
            run = letter ? 1 : 0;
        }

        return runs + (run >= SpacedLettersForWord ? 1 : 0);
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
