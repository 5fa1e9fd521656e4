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

    public static bool IsPresent(ReadOnlySpan<char> text)
    {
        bool first = true;
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsBoundary(text[i]))
            {
                continue;
            }

            ReadOnlySpan<char> segment = text[start..i].Trim();
            bool sentence = i < text.Length && text[i] is '?' or '!';
            start = i + 1;
            if (segment.IsEmpty)
            {
                continue;
            }

            if (!first && !sentence && IsAnchorPhrase(segment))
            {
                return true;
            }

            first = false;
        }

        return false;
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
            ulong hash = WordHash.Of(tokenizer.Current);
            WordClass wordClass = Lexicons.Classify(hash);
            if (PayloadLexicon.IsTechnical(hash))
            {
                return false;
            }

            words++;
            functionWords += (wordClass & WordClass.Stopword) != 0 ? 1 : 0;
            serviceWords += PayloadLexicon.IsServiceWord(hash, wordClass) ? 1 : 0;
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
