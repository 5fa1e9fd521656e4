using System.Runtime.CompilerServices;
using System.Text;

namespace Engage.Classifier.Text;

/// <summary>
/// The Unicode policy of normalization: broken code points repaired, NFKC applied, invisible characters
/// dropped and counted, control characters and odd spaces turned into plain ones, and letters counted by script.
/// </summary>
internal static class UnicodeCleanup
{
    /// <summary>Repairs invalid code points (see <see cref="ReplaceInvalidCodePoints"/>), then applies NFKC.</summary>
    public static string ToNfkc(string text)
    {
        text = ReplaceInvalidCodePoints(text);
        return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
    }

    /// <summary>Replaces lone surrogates and the noncharacters U+FFFE/U+FFFF, which normalization rejects, with U+FFFD.</summary>
    private static string ReplaceInvalidCodePoints(string text)
    {
        StringBuilder? fixedText = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool lone = char.IsHighSurrogate(c)
                ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
                : (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]))) || c is '\uFFFE' or '\uFFFF';
            if (lone)
            {
                fixedText ??= new StringBuilder(text);
                fixedText[i] = '\uFFFD';
            }
        }

        return fixedText?.ToString() ?? text;
    }

    /// <summary>Appends a decoded code point (an entity's value) as one or two visible characters.</summary>
    public static void AppendCodePoint(int codePoint, NormalizedText into, bool inAnchor)
    {
        if (codePoint <= char.MaxValue)
        {
            AppendVisible((char)codePoint, into, inAnchor);
            return;
        }

        string pair = char.ConvertFromUtf32(codePoint);
        AppendVisible(pair[0], into, inAnchor);
        AppendVisible(pair[1], into, inAnchor);
    }

    /// <summary>Appends one character of visible text, applying the invisible-character and white-space policy.</summary>
    public static void AppendVisible(char c, NormalizedText into, bool inAnchor)
    {
        if (IsInvisible(c))
        {
            into.InvisibleCharacters++;
            return;
        }

        if (c == '\r')
        {
            return;
        }

        if (c == '\t' || c == '\u00A0')
        {
            c = ' ';
        }
        else if (c != '\n' && char.IsControl(c))
        {
            c = ' ';
        }
        else if (c is '\u2028' or '\u2029')
        {
            c = '\n';
        }

        if (inAnchor && !char.IsWhiteSpace(c))
        {
            into.AnchorTextCharacters++;
        }

        if (Confusables.IsLatinLetter(c))
        {
            into.LatinLetters++;
        }
        else if (Confusables.IsLookAlikeScript(c))
        {
            into.LookAlikeScriptLetters++;
        }

        into.Append(c);
    }

    /// <summary>Zero-width characters, direction controls, soft hyphens and joiners: they hide words from filters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsInvisible(char c) =>
        c >= '\u00AD' && c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or '\u00AD' or '\u034F'
            or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u061C';
}
