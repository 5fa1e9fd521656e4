using System.Buffers;
using System.Text;

namespace Engage.Classifier.Text;

/// <summary>
/// Stage 1 of the pipeline: turns raw comment text into what the signals read. Caps the length, then runs
/// <see cref="UnicodeCleanup"/> (code-point repair and NFKC), <see cref="HtmlMarkup"/> (tags and entities out,
/// invisible and control characters dropped) and, for text outside ASCII, <see cref="Confusables"/> (look-alike
/// letters folded in disguised words). Bounded: only the first <see cref="MaxCharacters"/> are read.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>The most characters of one text that are featurized; longer texts are cut here.</summary>
    public const int MaxCharacters = 16_384;

    /// <summary>Room kept beyond the text's length for the line breaks and spaces that tags become.</summary>
    private const int MarkupSlack = 16;

    /// <summary>ASCII characters that need more than a copy: controls (except line feed), markup and entity starts.</summary>
    private static readonly SearchValues<char> NeedsAttention = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F<&\u007F");

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

        into.EnsureCapacity(text.Length + MarkupSlack);
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
            HtmlMarkup.Strip(text, plain, into);
            return;
        }

        text = UnicodeCleanup.ToNfkc(text);
        HtmlMarkup.Strip(text, 0, into);
        Confusables.FoldDisguisedWords(into);
    }
}
