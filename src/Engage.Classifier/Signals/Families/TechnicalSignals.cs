using System.Buffers;
using Engage.Classifier.Verdicts;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals.Families;

/// <summary>
/// Marks of technical conversation: inline code, identifiers (snake_case, camelCase, calls), command-line options,
/// paths and error words (<see cref="WordClass.TechnicalTerm"/>, counted by the word pass). Readers of technical posts paste code and errors; the model learns how much that says.
/// </summary>
internal sealed class TechnicalSignals : SignalFamily<TechnicalSignals.Feature>
{
    /// <summary>Punctuation trimmed from a token's edges before it is judged.</summary>
    private const string EdgePunctuation = ".,;:!?\"'";

    /// <summary>What a token is cut at.</summary>
    private static readonly SearchValues<char> Separators = SearchValues.Create(" \n\t");

    /// <summary>The separators and the characters of a plain prose token after its first (see <see cref="Identifiers"/>).</summary>
    private static readonly SearchValues<char> PlainOrSeparator = SearchValues.Create(" \n\tabcdefghijklmnopqrstuvwxyz.,;!?\"'");

    internal enum Feature
    {
        CodeSpans,
        Identifiers,
        TechnicalWords,
    }

    protected override void Compute(in SignalInput input, FeatureSlots<Feature> values)
    {
        ReadOnlySpan<char> prose = input.Prose;
        values[Feature.CodeSpans] = prose.Count('`') / 2;
        values[Feature.Identifiers] = Identifiers(prose);
        values[Feature.TechnicalWords] = input.Words.CountOf(WordClass.TechnicalTerm);
    }

    protected override Reason? Describe(FeatureValues<Feature> values, CommentLabel label)
    {
        int code = values.Count(Feature.CodeSpans) + values.Count(Feature.Identifiers);
        int words = values.Count(Feature.TechnicalWords);
        return code + words == 0
            ? ReasonText.Of("no_technical_terms", "no code or technical terms")
            : ReasonText.Of("technical", $"talks shop: {ReasonText.Plural(code, "code fragment")}, {ReasonText.Plural(words, "technical word")}", ("code", code), ("technical_words", words));
    }

    /// <summary>Whitespace-separated tokens that read as code: snake_case, camelCase, calls "f()", "--option", "a::b", "x =>", "a/b/c" paths.</summary>
    /// <remarks>
    /// A token is cut at a space, line break or tab and its edges trimmed of <see cref="EdgePunctuation"/>. A token of
    /// ASCII lower-case letters and sentence punctuation other than ':', its first character also a capital ("Thanks,",
    /// "it's"), never reads as code: trimmed, it has a capital at most first and no character <see cref="IsCode"/>
    /// reacts to. So the walk jumps (vectorized) from one character outside that set to the next and judges only the
    /// tokens that hold one.
    /// </remarks>
    private static int Identifiers(ReadOnlySpan<char> text)
    {
        int count = 0;
        int at = 0;
        while (true)
        {
            int found = text[at..].IndexOfAnyExcept(PlainOrSeparator);
            if (found < 0)
            {
                return count;
            }

            int position = at + found;
            int start = text[..position].LastIndexOfAny(Separators) + 1;
            if (position == start && char.IsAsciiLetterUpper(text[position]))
            {
                at = position + 1;
                continue;
            }

            int length = text[position..].IndexOfAny(Separators);
            int end = length < 0 ? text.Length : position + length;
            ReadOnlySpan<char> token = text[start..end].Trim(EdgePunctuation);
            count += token.Length >= 3 && IsCode(token) ? 1 : 0;
            at = end;
        }
    }

    /// <summary>Whether a token of three or more characters reads as code; one look at each character.</summary>
    private static bool IsCode(ReadOnlySpan<char> token)
    {
        char first = token[0];
        if (first == '-' && token[1] == '-' && char.IsAsciiLetter(token[2]))
        {
            return true;
        }

        bool underscore = false, doubleColon = false, call = false;
        int slashes = 0;
        for (int i = 0; i < token.Length; i++)
        {
            char c = token[i];
            if (char.IsAsciiLetter(c))
            {
                continue;
            }

            char next = i + 1 < token.Length ? token[i + 1] : '\0';
            switch (c)
            {
                case '_':
                    underscore = true;
                    break;
                case '/':
                    slashes++;
                    break;
                case '(' when next == ')' && !call:
                    // A call: the first "()" must follow a name.
                    call = true;
                    if (i > 0)
                    {
                        return true;
                    }

                    break;
                case '=' when next is '>' or '=':
                    return true;
                case ':' when next == ':':
                    doubleColon = true;
                    break;
            }
        }

        return ((underscore || doubleColon) && char.IsLetter(first))
            || (char.IsAsciiLetter(first) && slashes >= 2)
            || IsCamelCase(token);
    }

    /// <summary>"getElementById", "DataFrame": letters only, with a lower-case letter followed by a capital inside.</summary>
    private static bool IsCamelCase(ReadOnlySpan<char> token)
    {
        if (!char.IsAsciiLetter(token[0]))
        {
            return false;
        }

        for (int i = 1; i < token.Length - 1; i++)
        {
            if (!char.IsAsciiLetter(token[i]))
            {
                return false;
            }

            if (char.IsAsciiLetterLower(token[i]) && char.IsAsciiLetterUpper(token[i + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
