using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals.Payload;

/// <summary>
/// What is left of a keyword anchor when its link is stripped: after some other text, a line or sentence (split at
/// full stops, line breaks, bars and emoji) that is a short phrase of two to nine words with a shopping or service
/// word, no sentence punctuation and no command-line word ("... helped a lot. python course in pune with placement",
/// "Great post | root canal treatment cost | Thanks"). "Best regards", "Hardly a deterrent", a question, an
/// exclamation and "npm install express" are not anchors.
/// </summary>
internal static class KeywordAnchor
{
    private const int MinimumWords = 2;
    private const int MaximumWords = 9;
    private const int MaximumFunctionWords = 3;

    /// <summary>Punctuation and symbols no anchor phrase holds.</summary>
    private static readonly SearchValues<char> NotInPhrase = SearchValues.Create(",;:()[]{}=<>/\\`'\"@#$");

    /// <summary>The ASCII characters that are no boundary (<see cref="IsBoundary"/>).</summary>
    private static readonly SearchValues<char> AsciiNotBoundary = SearchValues.Create(
        Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !IsBoundary(c)).ToArray());

    public static bool IsPresent(ReadOnlySpan<char> text)
    {
        bool first = true;
        int start = 0;
        while (true)
        {
            int i = NextBoundary(text, start);
            ReadOnlySpan<char> segment = text[start..i].Trim();
            bool sentence = i < text.Length && text[i] is '?' or '!';
            if (!segment.IsEmpty)
            {
                if (!first && !sentence && IsAnchorPhrase(segment))
                {
                    return true;
                }

                first = false;
            }

            if (i >= text.Length)
            {
                return false;
            }

            start = i + 1;
        }
    }

    /// <summary>The first boundary (<see cref="IsBoundary"/>) at or after <paramref name="from"/>, or the text's length.</summary>
    /// <remarks>Jumps (vectorized) over ASCII characters that are no boundary; a character outside ASCII is asked.</remarks>
    private static int NextBoundary(ReadOnlySpan<char> text, int from)
    {
        while (true)
        {
            int found = text[from..].IndexOfAnyExcept(AsciiNotBoundary);
            if (found < 0)
            {
                return text.Length;
            }

            int i = from + found;
            if (IsBoundary(text[i]))
            {
                return i;
            }

            from = i + 1;
        }
    }

    private static bool IsAnchorPhrase(ReadOnlySpan<char> segment)
    {
        if (segment.ContainsAny(NotInPhrase))
        {
            return false;
        }

        int words = 0, functionWords = 0, serviceWords = 0;
        var tokenizer = new WordTokenizer(segment);
        while (tokenizer.MoveNext())
        {
            WordFacts known = KnownWords.Of(tokenizer.Hash);
            if (known.Payload.Has(PayloadRole.Technical))
            {
                return false;
            }

            words++;
            functionWords += (known.Class & WordClass.Stopword) != 0 ? 1 : 0;
            serviceWords += PayloadLexicon.IsServiceWord(known) ? 1 : 0;
            if (words > MaximumWords || functionWords > MaximumFunctionWords)
            {
                // Too long or too wordy to be an anchor whatever follows: most sentences stop here.
                return false;
            }
        }

        return words is >= MinimumWords and <= MaximumWords && functionWords <= MaximumFunctionWords && serviceWords > 0;
    }

    /// <summary>A full stop, "!", "?", a line break, a bar, or an emoji or other symbol: where a phrase can start or end.</summary>
    /// <remarks>Called per character: the ASCII test is inlined, the rest is a call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsBoundary(char c) =>
        char.IsAscii(c)
            ? c is '.' or '!' or '?' or '\n' or '|' // no ASCII character is an OtherSymbol
            : IsNonAsciiBoundary(c);

    private static bool IsNonAsciiBoundary(char c) => char.IsLowSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol;
}
