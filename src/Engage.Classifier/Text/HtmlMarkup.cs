namespace Engage.Classifier.Text;

/// <summary>
/// Strips HTML from comment text: tags out (block tags become line breaks, other tags a space), entities decoded
/// (<see cref="HtmlEntities"/>), and each link's target kept apart from the visible text with its anchor counted.
/// A tolerant reader, not a parser: anything that is not a well-formed tag is kept as text.
/// </summary>
internal static class HtmlMarkup
{
    /// <summary>The longest tag read as a tag; a longer "&lt;..." run is text.</summary>
    private const int MaxTagLength = 2_048;

    private static readonly string[] BlockTags = ["br", "p", "div", "li", "tr", "blockquote"];

    private static readonly string[] InlineTags = ["a", "b", "i", "u", "em", "strong", "span", "font"];

    /// <summary>Appends the visible text of <paramref name="text"/> from <paramref name="start"/> on.</summary>
    public static void Strip(string text, int start, NormalizedText into)
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

            if (c == '&' && HtmlEntities.TryDecode(text, i, out int entityEnd, out int codePoint))
            {
                i = entityEnd;
                UnicodeCleanup.AppendCodePoint(codePoint, into, inAnchor);
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length)
            {
                UnicodeCleanup.AppendVisible(c, into, inAnchor);
                UnicodeCleanup.AppendVisible(text[++i], into, inAnchor);
                continue;
            }

            UnicodeCleanup.AppendVisible(c, into, inAnchor);
        }

        into.CloseAnchor();
    }

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
            inAnchor = !closing;
            if (closing)
            {
                into.CloseAnchor();
            }
            else
            {
                into.OpenAnchor(ReadAttribute(body[nameLength..], "href"));
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

    /// <summary>Tags that end a line of visible text (and h1 to h6).</summary>
    private static bool IsBlockTag(ReadOnlySpan<char> name) =>
        IsOneOf(name, BlockTags) || (name.Length == 2 && (name[0] is 'h' or 'H') && name[1] is >= '1' and <= '6');

    /// <summary>Tags inside a word or phrase, which must not split it with a space.</summary>
    private static bool IsInlineTag(ReadOnlySpan<char> name) => IsOneOf(name, InlineTags);

    private static bool IsOneOf(ReadOnlySpan<char> name, string[] tags)
    {
        foreach (string tag in tags)
        {
            if (name.Equals(tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
