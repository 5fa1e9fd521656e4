using System.Buffers;
using System.Globalization;
using System.Text;

namespace Engage.Classifier.Text;

/// <summary>
/// Turns raw comment text into what the featurizers read: NFKC, HTML tags and entities removed,
/// invisible and control characters dropped, and look-alike letters folded to their Latin skeleton
/// in words that are disguised. Bounded: only the first <see cref="MaxCharacters"/> are read.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>The most characters of one text that are featurized; longer texts are cut here.</summary>
    public const int MaxCharacters = 16_384;

    private const int MaxTagLength = 2_048;

    /// <summary>ASCII characters that need more than a copy: controls (except line feed), markup and entity starts.</summary>
    private static readonly SearchValues<char> NeedsAttention = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F<&\u007F");
    private const int MaxEntityLength = 10;

    public static void Normalize(string text, NormalizedText into)
    {
        into.Reset();
        into.OriginalLength = text.Length;
        if (text.Length > MaxCharacters)
        {
            int cut = MaxCharacters;
            if (char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            text = text[..cut];
            into.WasTruncated = true;
        }

        into.EnsureCapacity(text.Length + 16);
        if (Ascii.IsValid(text))
        {
            // Most comments: plain ASCII. Copy up to the first character that needs attention in one go;
            // ASCII has no look-alike letters, so the Latin letter count is not needed either.
            int plain = text.AsSpan().IndexOfAny(NeedsAttention);
            if (plain < 0)
            {
                into.AppendPlain(text);
                return;
            }

            into.AppendPlain(text.AsSpan(0, plain));
            StripMarkup(text, plain, into);
            return;
        }

        text = ToNfkc(text);
        StripMarkup(text, 0, into);
        FoldDisguisedWords(into);
    }

    private static string ToNfkc(string text)
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

    private static void StripMarkup(string text, int start, NormalizedText into)
    {
        bool inAnchor = false;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '<' && TryReadTag(text, i, into, ref inAnchor, out int tagEnd))
            {
                i = tagEnd;
                continue;
            }

            if (c == '&' && TryDecodeEntity(text, i, out int entityEnd, out int codePoint))
            {
                i = entityEnd;
                AppendCodePoint(codePoint, into, inAnchor);
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length)
            {
                AppendVisible(c, into, inAnchor);
                AppendVisible(text[++i], into, inAnchor);
                continue;
            }

            AppendVisible(c, into, inAnchor);
        }
    }

    private static void AppendCodePoint(int codePoint, NormalizedText into, bool inAnchor)
    {
        if (codePoint <= 0xFFFF)
        {
            AppendVisible((char)codePoint, into, inAnchor);
            return;
        }

        string pair = char.ConvertFromUtf32(codePoint);
        AppendVisible(pair[0], into, inAnchor);
        AppendVisible(pair[1], into, inAnchor);
    }

    private static void AppendVisible(char c, NormalizedText into, bool inAnchor)
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
            into.ControlCharacters++;
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

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or '\u00AD' or '\u034F'
            or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u061C';

    private static bool TryReadTag(string text, int start, NormalizedText into, ref bool inAnchor, out int end)
    {
        end = start;
        if (start + 1 >= text.Length)
        {
            return false;
        }

        char first = text[start + 1];
        if (!(char.IsAsciiLetter(first) || first is '/' or '!'))
        {
            return false;
        }

        int limit = Math.Min(text.Length, start + MaxTagLength);
        int close = text.IndexOf('>', start + 1, limit - start - 1);
        if (close < 0)
        {
            return false;
        }

        end = close;
        into.HtmlTags++;
        ReadOnlySpan<char> tag = text.AsSpan(start + 1, close - start - 1);
        bool closing = tag.Length > 0 && tag[0] == '/';
        ReadOnlySpan<char> body = closing ? tag[1..] : tag;
        int nameLength = 0;
        while (nameLength < body.Length && char.IsAsciiLetterOrDigit(body[nameLength]))
        {
            nameLength++;
        }

        ReadOnlySpan<char> name = body[..nameLength];
        if (name.Equals("a", StringComparison.OrdinalIgnoreCase))
        {
            if (closing)
            {
                inAnchor = false;
            }
            else
            {
                inAnchor = true;
                into.Anchors++;
                ReadOnlySpan<char> href = ReadAttribute(body[nameLength..], "href");
                if (!href.IsEmpty)
                {
                    into.AppendHref(href);
                }
            }
        }

        if (IsBlockTag(name) && into.LastOrDefault() != '\n')
        {
            into.Append('\n');
        }
        else if (!closing && into.Length > 0 && !char.IsWhiteSpace(into.LastOrDefault()) && !IsInlineTag(name))
        {
            into.Append(' ');
        }

        return true;
    }

    private static ReadOnlySpan<char> ReadAttribute(ReadOnlySpan<char> attributes, string name)
    {
        int at = attributes.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return default;
        }

        ReadOnlySpan<char> rest = attributes[(at + name.Length)..].TrimStart();
        if (rest.IsEmpty || rest[0] != '=')
        {
            return default;
        }

        rest = rest[1..].TrimStart();
        if (rest.IsEmpty)
        {
            return default;
        }

        if (rest[0] is '"' or '\'')
        {
            char quote = rest[0];
            rest = rest[1..];
            int endQuote = rest.IndexOf(quote);
            return endQuote < 0 ? rest : rest[..endQuote];
        }

        int space = rest.IndexOfAny(' ', '\t', '\n');
        return space < 0 ? rest : rest[..space];
    }

    private static bool IsBlockTag(ReadOnlySpan<char> name) =>
        name.Equals("br", StringComparison.OrdinalIgnoreCase)
        || name.Equals("p", StringComparison.OrdinalIgnoreCase)
        || name.Equals("div", StringComparison.OrdinalIgnoreCase)
        || name.Equals("li", StringComparison.OrdinalIgnoreCase)
        || name.Equals("tr", StringComparison.OrdinalIgnoreCase)
        || name.Equals("blockquote", StringComparison.OrdinalIgnoreCase)
        || (name.Length == 2 && (name[0] is 'h' or 'H') && name[1] is >= '1' and <= '6');

    private static bool IsInlineTag(ReadOnlySpan<char> name) =>
        name.Equals("a", StringComparison.OrdinalIgnoreCase)
        || name.Equals("b", StringComparison.OrdinalIgnoreCase)
        || name.Equals("i", StringComparison.OrdinalIgnoreCase)
        || name.Equals("u", StringComparison.OrdinalIgnoreCase)
        || name.Equals("em", StringComparison.OrdinalIgnoreCase)
        || name.Equals("strong", StringComparison.OrdinalIgnoreCase)
        || name.Equals("span", StringComparison.OrdinalIgnoreCase)
        || name.Equals("font", StringComparison.OrdinalIgnoreCase);

    private static bool TryDecodeEntity(string text, int start, out int end, out int codePoint)
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
        if (name.Length > 1 && name[0] == '#')
        {
            bool hex = name[1] is 'x' or 'X';
            ReadOnlySpan<char> digits = hex ? name[2..] : name[1..];
            bool parsed = int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out codePoint);
            if (!parsed || codePoint <= 0 || codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF)
            {
                return false;
            }
        }
        else
        {
            codePoint = name switch
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
            if (codePoint == 0)
            {
                return false;
            }
        }

        end = semicolon;
        return true;
    }

    /// <summary>
    /// Folds look-alike letters in words that mix Latin with Greek, Cyrillic, Armenian or Cherokee letters,
    /// and in words made only of look-alikes when the text is otherwise Latin. Real Russian or Greek words
    /// (which contain letters with no Latin look-alike) are left alone.
    /// </summary>
    private static void FoldDisguisedWords(NormalizedText into)
    {
        if (into.LookAlikeScriptLetters == 0)
        {
            return;
        }

        bool mostlyLatin = into.LatinLetters > 3 * into.LookAlikeScriptLetters;
        Span<char> text = into.Writable;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            int latin = 0, foldable = 0, foreign = 0;
            while (i < text.Length && (char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark))
            {
                char c = text[i];
                if (Confusables.IsLatinLetter(c))
                {
                    latin++;
                }
                else if (Confusables.TryFold(c, out _))
                {
                    foldable++;
                }
                else if (Confusables.IsLookAlikeScript(c))
                {
                    foreign++;
                }

                i++;
            }

            bool mixed = latin > 0 && foldable + foreign > 0;
            if (mixed)
            {
                into.MixedScriptWords++;
            }

            bool disguised = foldable > 0 && (latin > 0 || (foreign == 0 && mostlyLatin));
            if (!disguised)
            {
                continue;
            }

            for (int k = start; k < i; k++)
            {
                if (Confusables.TryFold(text[k], out char folded))
                {
                    text[k] = folded;
                    into.FoldedLetters++;
                }
            }
        }
    }
}
