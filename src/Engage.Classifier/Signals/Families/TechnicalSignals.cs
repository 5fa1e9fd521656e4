using Engage.Classifier.Verdicts;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals.Families;

/// <summary>
/// Marks of technical conversation: inline code, identifiers (snake_case, camelCase, calls), command-line options,
/// paths and error words. Readers of technical posts paste code and errors; the model learns how much that says.
/// </summary>
internal sealed class TechnicalSignals : SignalFamily<TechnicalSignals.Feature>
{
    private static readonly HashSet<ulong> TechnicalWords = """
        error errors exception traceback stacktrace warning undefined null nullptr segfault npm pip install installed compile
        compiler runtime syntax config debug stderr stdout localhost sudo bash shell terminal console import function variable
        package module library version api json yaml sql query regex docker kubectl git commit branch
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(w => WordHash.Of(w)).ToHashSet();

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
        int technical = 0;
        foreach (ulong hash in input.Words.Hashes)
        {
            technical += TechnicalWords.Contains(hash) ? 1 : 0;
        }

        values[Feature.TechnicalWords] = technical;
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
    private static int Identifiers(ReadOnlySpan<char> text)
    {
        int count = 0;
        foreach (Range range in text.SplitAny(" \n\t"))
        {
            ReadOnlySpan<char> token = text[range].Trim(".,;:!?\"'");
            if (token.Length < 3)
            {
                continue;
            }

            bool code = (token.Contains('_') && char.IsLetter(token[0]))
                || token.IndexOf("()", StringComparison.Ordinal) > 0
                || (token[0] == '-' && token[1] == '-' && char.IsAsciiLetter(token[2]))
                || (char.IsAsciiLetter(token[0]) && token.Count('/') >= 2)
                || IsCamelCase(token)
                || token.Contains("=>", StringComparison.Ordinal) || token.Contains("==", StringComparison.Ordinal)
                || (token.Contains("::", StringComparison.Ordinal) && char.IsLetter(token[0]));
            count += code ? 1 : 0;
        }

        return count;
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
