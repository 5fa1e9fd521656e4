using System.Globalization;

namespace Engage.Classifier.Text;

/// <summary>Decodes HTML character references: numeric ones (&amp;#233; &amp;#xE9;) and the named ones comments use.</summary>
internal static class HtmlEntities
{
    /// <summary>The longest entity name read ("hellip" and the like); longer runs are text.</summary>
    private const int MaxEntityLength = 10;

    /// <summary>The highest Unicode code point.</summary>
    private const int MaxCodePoint = 0x10FFFF;

    /// <summary>Reads the entity starting at the ampersand at <paramref name="start"/>; <paramref name="end"/> is its semicolon.</summary>
    public static bool TryDecode(string text, int start, out int end, out int codePoint)
    {
        end = start;
        codePoint = 0;
        int limit = Math.Min(text.Length, start + MaxEntityLength + 2);
        int semicolon = -1;
        for (int i = start + 1; i < limit; i++)
        {
            if (text[i] == ';')
            {
                semicolon = i;
                break;
            }

            if (!char.IsAsciiLetterOrDigit(text[i]) && text[i] != '#')
            {
                return false;
            }
        }

        if (semicolon < 0)
        {
            return false;
        }

        ReadOnlySpan<char> name = text.AsSpan(start + 1, semicolon - start - 1);
        codePoint = name.Length > 1 && name[0] == '#' ? Numeric(name[1..]) : Named(name);
        if (codePoint == 0)
        {
            return false;
        }

        end = semicolon;
        return true;
    }

    /// <summary>The code point of "233" or "xE9", or 0 when it is not a valid, non-surrogate code point.</summary>
    private static int Numeric(ReadOnlySpan<char> number)
    {
        bool hex = number[0] is 'x' or 'X';
        ReadOnlySpan<char> digits = hex ? number[1..] : number;
        bool parsed = int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out int codePoint);
        return !parsed || codePoint <= 0 || codePoint > MaxCodePoint || codePoint is >= 0xD800 and <= 0xDFFF ? 0 : codePoint;
    }

    private static int Named(ReadOnlySpan<char> name) => name switch
    {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '\u2013',
        "mdash" => '\u2014',
        "hellip" => '\u2026',
        "rsquo" => '\u2019',
        "lsquo" => '\u2018',
        "rdquo" => '\u201D',
        "ldquo" => '\u201C',
        "copy" => '\u00A9',
        "reg" => '\u00AE',
        "trade" => '\u2122',
        "euro" => '\u20AC',
        "pound" => '\u00A3',
        _ => 0,
    };
}
