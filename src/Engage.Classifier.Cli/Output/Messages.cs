using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Engage.Classifier.Cli.Output;

/// <summary>
/// Makes a message safe to print on a terminal: control characters, invisible format characters (bidi overrides,
/// zero-width marks) and the replacement character U+FFFD are shown as <c>\u001B</c>-style escapes, quoted fields
/// longer than <see cref="MaxQuotedLength"/> characters are cut, and the whole message is held to <see cref="MaxLength"/>.
/// A CSV field echoed into an error can then neither move the cursor, recolor the terminal nor flood it.
/// </summary>
internal static partial class Messages
{
    /// <summary>Longest quoted field ('...') kept whole.</summary>
    public const int MaxQuotedLength = 80;

    /// <summary>Longest message printed.</summary>
    public const int MaxLength = 1000;

    public static string Clean(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        string cut = QuotedField().Replace(message, m => m.Length - 2 > MaxQuotedLength
            ? string.Create(CultureInfo.InvariantCulture, $"'{m.Value[1..(MaxQuotedLength + 1)]}…' ({m.Length - 2 - MaxQuotedLength} more characters)")
            : m.Value);
        var text = new StringBuilder(Math.Min(cut.Length, MaxLength) + 16);
        foreach (Rune rune in cut.EnumerateRunes())
        {
            if (text.Length >= MaxLength)
            {
                text.Append("… (message cut)");
                break;
            }

            if (IsUnsafe(rune))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
            }
            else
            {
                text.Append(rune.ToString());
            }
        }

        return text.ToString();
    }

    private static bool IsUnsafe(Rune rune) =>
        rune.Value == 0xFFFD
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    // A single-quoted span the way the library and the CLI quote fields, paths and values: 'like this'.
    [GeneratedRegex("'[^']*'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedField();
}
