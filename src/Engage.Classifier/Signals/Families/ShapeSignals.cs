using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using Engage.Classifier.Text;
using Engage.Classifier.Verdicts;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals.Families;

/// <summary>The look of the text: length, capitals, digits, punctuation, repetition, script, and who it addresses.</summary>
internal sealed class ShapeSignals : SignalFamily<ShapeSignals.Feature>
{
    /// <summary>More than this share of capital letters (with at least <see cref="MinimumWordsForShouting"/> words) is shouting.</summary>
    private const float ShoutingShare = 0.5f;

    private const int MinimumWordsForShouting = 3;

    /// <summary>This many exclamation marks or more is worth saying.</summary>
    private const int ManyExclamations = 3;

    /// <summary>At least this share of repeated words (with at least <see cref="MinimumWordsForRepetition"/> words) is repetition.</summary>
    private const float RepetitiveShare = 0.4f;

    private const int MinimumWordsForRepetition = 6;

    /// <summary>A filler comment of at most this many words is described by its word count.</summary>
    private const int FewWords = 3;

    /// <summary>
    /// A genuine comment of at least this many words has the length of a written reply; a shorter one ("great video", a
    /// bare link) is not described by its shape.
    /// </summary>
    internal const int WrittenReplyWords = 6;

    internal enum Feature
    {
        Length,
        WordCount,
        AverageWordLength,
        UppercaseShare,
        DigitShare,
        PunctuationShare,
        Exclamations,
        Questions,
        Symbols,
        RepeatedWordShare,
        LongestCharacterRun,
        NonLatinLetterShare,
        FirstPersonWords,
        SecondPersonWords,
    }

    protected override void Compute(in SignalInput input, FeatureSlots<Feature> values)
    {
        NormalizedText normalized = input.Text;
        ReadOnlySpan<char> text = normalized.Text;
        CharacterCounts c = CharacterCounts.Of(text);
        int length = Math.Max(1, text.Length);
        values[Feature.Length] = normalized.WasTruncated ? normalized.OriginalLength : text.Length;
        values[Feature.UppercaseShare] = c.Letters == 0 ? 0 : c.Upper / (float)c.Letters;
        values[Feature.DigitShare] = c.Digits / (float)length;
        values[Feature.PunctuationShare] = c.Punctuation / (float)length;
        values[Feature.Exclamations] = c.Exclamations;
        values[Feature.Questions] = c.Questions;
        values[Feature.Symbols] = c.Symbols;
        values[Feature.LongestCharacterRun] = c.LongestRun;
        values[Feature.NonLatinLetterShare] = c.Letters == 0 ? 0 : c.NonLatin / (float)c.Letters;

        WordPass words = input.Words;
        values[Feature.WordCount] = words.Count;
        values[Feature.AverageWordLength] = words.Count == 0 ? 0 : words.Characters / (float)words.Count;
        values[Feature.RepeatedWordShare] = words.Count == 0 ? 0 : 1f - (words.Distinct / (float)words.Count);
        values[Feature.FirstPersonWords] = words.CountOf(WordClass.FirstPerson);
        values[Feature.SecondPersonWords] = words.CountOf(WordClass.SecondPerson);
    }

    protected override Reason? Describe(FeatureValues<Feature> values, CommentLabel label) => Describe(values, label, default(ReasonFacts));

    /// <summary>As the other overload; a question mark inside a link (a query) asks nothing, so it is not "asks a question".</summary>
    protected override Reason? Describe(FeatureValues<Feature> values, CommentLabel label, in ReasonFacts facts)
    {
        float words = values[Feature.WordCount];
        if (label == CommentLabel.Genuine && values.Count(Feature.Questions) > facts.QuestionMarksInLinks)
        {
            return ReasonText.Of("asks_question", "asks a question");
        }

        if (values[Feature.UppercaseShare] > ShoutingShare && words >= MinimumWordsForShouting)
        {
            return ReasonText.Of("shouting", "mostly capital letters");
        }

        if (values[Feature.Exclamations] >= ManyExclamations)
        {
            int exclamations = values.Count(Feature.Exclamations);
            return ReasonText.Of("exclamations", $"{exclamations} exclamation marks", (ReasonText.Count, exclamations));
        }

        if (values[Feature.RepeatedWordShare] >= RepetitiveShare && words >= MinimumWordsForRepetition)
        {
            return ReasonText.Of("repeated_words", "repeats the same words");
        }

        return label switch
        {
            CommentLabel.Genuine => words >= WrittenReplyWords
                ? ReasonText.Of("reply_shape", $"length and style of a written reply ({ReasonText.Plural((int)words, "word")})", (ReasonText.Count, (int)words))
                : null,
            CommentLabel.LowRelevance => words <= FewWords
                ? ReasonText.Of("few_words", $"only {ReasonText.Plural((int)words, "word")}", (ReasonText.Count, (int)words))
                : ReasonText.Of("too_short", "too short to say anything"),
            _ => ReasonText.Of("spam_shape", "length and layout typical of spam"),
        };
    }

    /// <summary>Character classes of a text.</summary>
    internal readonly record struct CharacterCounts(
        int Letters, int Upper, int Digits, int Punctuation, int Exclamations, int Questions, int Symbols, int NonLatin, int LongestRun)
    {
        /// <summary>ASCII characters from '!' to '~': letters, digits, and what .NET calls punctuation or a symbol.</summary>
        private const int PrintableCount = '~' - '!' + 1;

        /// <summary>The counts of <paramref name="text"/>: for ASCII text (most comments) sixteen characters at a time, otherwise one by one (<see cref="OfAny"/>); the same counts either way.</summary>
        public static CharacterCounts Of(ReadOnlySpan<char> text) =>
            Vector256.IsHardwareAccelerated && Ascii.IsValid(text) ? OfAscii(text) : OfAny(text);

        /// <summary>
        /// The counts of ASCII text. In ASCII, what .NET calls punctuation or a symbol is every printable character
        /// but letters, digits and the space, and no character is an other-symbol or a non-Latin letter.
        /// </summary>
        internal static CharacterCounts OfAscii(ReadOnlySpan<char> text)
        {
            int letters = 0, upper = 0, digits = 0, printable = 0, exclamations = 0, questions = 0;
            ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(text);
            int i = 0;
            for (; i + Vector256<ushort>.Count <= units.Length; i += Vector256<ushort>.Count)
            {
                Vector256<ushort> v = Vector256.Create(units.Slice(i, Vector256<ushort>.Count));
                letters += CountOf(Vector256.LessThan((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26)));
                upper += CountOf(Vector256.LessThan(v - Vector256.Create((ushort)'A'), Vector256.Create((ushort)26)));
                digits += CountOf(Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10)));
                printable += CountOf(Vector256.LessThan(v - Vector256.Create((ushort)'!'), Vector256.Create((ushort)PrintableCount)));
                exclamations += CountOf(Vector256.Equals(v, Vector256.Create((ushort)'!')));
                questions += CountOf(Vector256.Equals(v, Vector256.Create((ushort)'?')));
            }

            for (; i < text.Length; i++)
            {
                char c = text[i];
                letters += char.IsAsciiLetter(c) ? 1 : 0;
                upper += char.IsAsciiLetterUpper(c) ? 1 : 0;
                digits += char.IsAsciiDigit(c) ? 1 : 0;
                printable += c is >= '!' and <= '~' ? 1 : 0;
                exclamations += c == '!' ? 1 : 0;
                questions += c == '?' ? 1 : 0;
            }

            return new CharacterCounts(letters, upper, digits, printable - letters - digits, exclamations, questions, 0, 0, LongestRunOf(text));
        }

        /// <summary>The longest run of one repeated character that is not white space (1 for any other non-empty text).</summary>
        /// <remarks>Sixteen characters none of which equals the one before it hold no run longer than 1 and are skipped at once.</remarks>
        private static int LongestRunOf(ReadOnlySpan<char> text)
        {
            if (text.IsEmpty)
            {
                return 0;
            }

            ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(text);
            int longestRun = 1, run = 1;
            int i = 1;
            while (i < text.Length)
            {
                int end = Math.Min(i + Vector256<ushort>.Count, text.Length);
                if (end - i == Vector256<ushort>.Count
                    && !Vector256.EqualsAny(Vector256.Create(units.Slice(i, Vector256<ushort>.Count)), Vector256.Create(units.Slice(i - 1, Vector256<ushort>.Count))))
                {
                    run = 1;
                    i = end;
                    continue;
                }

                for (; i < end; i++)
                {
                    char c = text[i];
                    run = c == text[i - 1] && !char.IsWhiteSpace(c) ? run + 1 : 1;
                    longestRun = Math.Max(longestRun, run);
                }
            }

            return longestRun;
        }

        private static int CountOf(Vector256<ushort> matches) => BitOperations.PopCount(matches.ExtractMostSignificantBits());

        /// <summary>The counts of any text, one character at a time.</summary>
        internal static CharacterCounts OfAny(ReadOnlySpan<char> text)
        {
            int letters = 0, upper = 0, digits = 0, punctuation = 0, exclamations = 0, questions = 0, symbols = 0, nonLatin = 0;
            int longestRun = 0, run = 0;
            char last = '\0';
            foreach (char c in text)
            {
                run = c == last && !char.IsWhiteSpace(c) ? run + 1 : 1;
                longestRun = Math.Max(longestRun, run);
                last = c;
                if (c < 128)
                {
                    if (char.IsAsciiLetter(c))
                    {
                        letters++;
                        upper += char.IsAsciiLetterUpper(c) ? 1 : 0;
                    }
                    else if (char.IsAsciiDigit(c))
                    {
                        digits++;
                    }
                    else if (c == '!')
                    {
                        exclamations++;
                        punctuation++;
                    }
                    else if (c == '?')
                    {
                        questions++;
                        punctuation++;
                    }
                    else if (char.IsPunctuation(c) || char.IsSymbol(c))
                    {
                        punctuation++;
                    }
                }
                else if (char.IsLetter(c))
                {
                    letters++;
                    upper += char.IsUpper(c) ? 1 : 0;
                    nonLatin += Confusables.IsLatinLetter(c) ? 0 : 1;
                }
                else if (char.IsDigit(c))
                {
                    digits++;
                }
                else if (char.IsLowSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol)
                {
                    symbols++;
                }
                else if (char.IsPunctuation(c))
                {
                    punctuation++;
                }
            }

            return new CharacterCounts(letters, upper, digits, punctuation, exclamations, questions, symbols, nonLatin, longestRun);
        }
    }
}
