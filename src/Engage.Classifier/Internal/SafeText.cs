using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Engage.Classifier;

/// <summary>
/// The one owner of how untrusted text (a CSV field, a header, a zip entry name, a path) appears in a message:
/// control characters, invisible format characters (bidi overrides, zero-width marks) and the replacement character
/// U+FFFD are shown as <c>\u001B</c>-style escapes, and a quoted value longer than <see cref="MaxQuotedLength"/>
/// characters is cut, saying how much was left out. A message built from such text can then neither move a
/// terminal's cursor, recolor it, hide its own meaning nor flood a log. The library quotes values with
/// <see cref="Quote"/>; the CLI passes every message it prints through <see cref="Clean"/>, which leaves text
/// already quoted by the library as it is.
/// </summary>
internal static partial class SafeText
{
    /// <summary>Longest quoted value (between its quotes, escapes and ellipsis included) kept whole.</summary>
    public const int MaxQuotedLength = 80;

    /// <summary>Longest message <see cref="Clean"/> returns, before its "message cut" note.</summary>
    public const int MaxLength = 1000;

    private const string Ellipsis = "…";

    /// <summary>
    /// <paramref name="value"/> between single quotes, escaped and, when longer than <see cref="MaxQuotedLength"/>,
    /// cut: <c>'first characters…' (N more characters)</c>.
    /// </summary>
    public static string Quote(string value)
    {
        Guard.NotNull(value);
        var text = new StringBuilder(Math.Min(value.Length, MaxQuotedLength) + 32).Append('\'');
        int shown = Append(text, value, MaxQuotedLength);
        text.Append('\'');
        if (shown < value.Length)
        {
            text.Append(CultureInfo.InvariantCulture, $" ({value.Length - shown} more characters)");
        }

        return text.ToString();
    }

    /// <summary>
    /// A whole message made safe to print: every quoted span (<c>'like this'</c>) as <see cref="Quote"/> shows it,
    /// every other unsafe character escaped, and the whole held to <see cref="MaxLength"/>. Cleaning twice changes nothing.
    /// </summary>
    public static string Clean(string message)
    {
        Guard.NotNull(message);
        string quoted = QuotedSpan().Replace(message, m => Quote(m.Value[1..^1]));
        var text = new StringBuilder(Math.Min(quoted.Length, MaxLength) + 16);
        int shown = Append(text, quoted, MaxLength);
        if (shown < quoted.Length)
        {
            text.Append(" (message cut)");
        }

        return text.ToString();
    }

    /// <summary>Appends <paramref name="value"/> escaped, up to <paramref name="limit"/> characters of output; returns how many input characters it showed.</summary>
    private static int Append(StringBuilder text, string value, int limit)
    {
        int start = text.Length;
        int index = 0;
        foreach (Rune rune in value.EnumerateRunes())
        {
            string shown = IsUnsafe(rune) ? string.Create(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}") : rune.ToString();
            bool last = index + rune.Utf16SequenceLength == value.Length;

            // Room is kept for the ellipsis unless this is the last character.
            if (text.Length - start + shown.Length > (last ? limit : limit - Ellipsis.Length))
            {
                text.Append(Ellipsis);
                return index;
            }

            text.Append(shown);
            index += rune.Utf16SequenceLength;
        }

        return value.Length;
    }

    private static bool IsUnsafe(Rune rune) =>
        rune.Value == 0xFFFD
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    // A single-quoted span the way the library and the CLI quote fields, paths and values: 'like this'. A quote next to
    // a letter or digit on its outer side is an apostrophe ("the corpus's own", "users' rows"), not the edge of a span.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])'[^']*'(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedSpan();
}
