using System.Buffers;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals;

/// <summary>The one phone-number rule, read by the contact signals and the payload signals.</summary>
internal static class PhoneNumbers
{
    /// <summary>Fewest digits in a phone number (shorter digit groups are years, prices, quantities).</summary>
    private const int MinPhoneDigits = 9;

    /// <summary>Most digits in a phone number (E.164 allows 15).</summary>
    private const int MaxPhoneDigits = 15;

    /// <summary>Separators allowed in a row inside a phone number ("(0) ", " - ").</summary>
    private const int MaxSeparatorsInARow = 2;

    /// <summary>What a phone number starts with: a digit, '+' or '('.</summary>
    private static readonly SearchValues<char> NumberStarts = SearchValues.Create("0123456789+(");

    /// <summary>
    /// Counts phone numbers: 9 to 15 digits in groups joined by single spaces, dashes, dots or brackets. Digits that go
    /// on from a number before them ("2,124923004") or that a count word follows ("2.126.521.750 views") are a
    /// number of things, not a phone.
    /// </summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        int phones = 0;
        int i = 0;
        while (i < text.Length)
        {
            // Jump to the next character a number can start with (most text has none).
            int candidate = text[i..].IndexOfAny(NumberStarts);
            if (candidate < 0)
            {
                break;
            }

            i += candidate;
            if ((i > 0 && char.IsAsciiLetterOrDigit(text[i - 1])) || GoesOnFromANumber(text, i))
            {
                i++;
                continue;
            }

            int digits = 0, separatorsInARow = 0;
            int j = i;
            while (j < text.Length)
            {
                char d = text[j];
                if (char.IsAsciiDigit(d))
                {
                    digits++;
                    separatorsInARow = 0;
                }
                else if (d is ' ' or '-' or '.' or '(' or ')' or '+' && separatorsInARow < MaxSeparatorsInARow)
                {
                    separatorsInARow++;
                }
                else
                {
                    break;
                }

                j++;
            }

            if (digits is >= MinPhoneDigits and <= MaxPhoneDigits && !PayloadLexicon.IsCountNoun(WordHash.Of(NextWord(text, j))))
            {
                phones++;
            }

            i = Math.Max(j, i + 1);
        }

        return phones;
    }

    /// <summary>Whether the digits at <paramref name="start"/> follow a digit and a thousands or decimal mark ("2,1249...").</summary>
    private static bool GoesOnFromANumber(ReadOnlySpan<char> text, int start) =>
        start > 1 && text[start - 1] is ',' or '.' && char.IsAsciiDigit(text[start - 2]);

    /// <summary>The letters of the word that starts after spaces at <paramref name="from"/> (empty when none does).</summary>
    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && text[from] == ' ')
        {
            from++;
        }

        int end = from;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[from..end];
    }
}
