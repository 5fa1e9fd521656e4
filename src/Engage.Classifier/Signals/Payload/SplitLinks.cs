using Engage.Classifier.Words;

namespace Engage.Classifier.Signals.Payload;

/// <summary>
/// Links written so that no whitespace-separated chunk of the text is one: broken apart with spaces ("W W W. SOME SITE.
/// NET", a short-link host split at its dot: "youtu be/AbC123") or a short link glued to the text before it. Each is an
/// address the reader is meant to type in, written so a link filter misses it; a genuine writer who gives an address has
/// no reason to break it.
/// </summary>
internal static class SplitLinks
{
    /// <summary>Most words from "www" to the dot before the top-level domain ("W W W. MY GREAT SITE. NET" has three).</summary>
    private const int MaxWordsToDomainEnd = 5;

    private static readonly ulong WwwHash = WordHash.Of("www");
    private static readonly ulong WHash = WordHash.Of("w");

    /// <summary>Short-link hosts, each split at its one dot: the first part, then the second.</summary>
    private static readonly (ulong First, ulong Second)[] ShortLinkHosts =
        [(WordHash.Of("youtu"), WordHash.Of("be")), (WordHash.Of("bit"), WordHash.Of("ly")), (WordHash.Of("goo"), WordHash.Of("gl"))];

    /// <summary>The split links in the text.</summary>
    /// <param name="words">The word pass over <paramref name="text"/>.</param>
    /// <param name="text">The text.</param>
    public static int Count(WordPass words, ReadOnlySpan<char> text) => SpelledOutWww(words, text) + (text.Contains('/') ? SplitShortLinks(words, text) : 0);

    /// <summary>
    /// "www" (one word or three spaced single letters) with a dot right after it, and a top-level domain (any case) after
    /// another dot within <see cref="MaxWordsToDomainEnd"/> words: the start and end of an address. Laughter ("www"
    /// alone) and "www" with no domain after it are not.
    /// </summary>
    private static int SpelledOutWww(WordPass words, ReadOnlySpan<char> text)
    {
        ReadOnlySpan<ulong> hashes = words.Hashes;
        int count = 0;
        for (int i = 0; i < hashes.Length; i++)
        {
            int last = hashes[i] == WwwHash ? i
                : i + 2 < hashes.Length && hashes[i] == WHash && hashes[i + 1] == WHash && hashes[i + 2] == WHash ? i + 2
                : -1;
            if (last < 0 || !FollowedByDot(words, text, last) || !DomainEndsWithin(words, text, last + 1))
            {
                continue;
            }

            count++;
            i = last;
        }

        return count;
    }

    /// <summary>Whether a word from <paramref name="first"/> on, within <see cref="MaxWordsToDomainEnd"/>, is a top-level domain after a dot.</summary>
    private static bool DomainEndsWithin(WordPass words, ReadOnlySpan<char> text, int first)
    {
        int end = Math.Min(words.Count, first + MaxWordsToDomainEnd + 1);
        for (int i = Math.Max(first, 1); i < end; i++)
        {
            if ((words.Classes[i] & WordClass.TopLevelDomain) != 0 && FollowedByDot(words, text, i - 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A short-link host followed by a path that the link scan did not read as a link: split at its dot by spaces
    /// ("youtu be/AbC123", "bit . ly/x1y2") or glued to the text before it ("here:bit.ly/x1y2"). The path makes it an
    /// address; "bit" and "ly" alone are words, and "bit-ly" is not a host.
    /// </summary>
    private static int SplitShortLinks(WordPass words, ReadOnlySpan<char> text)
    {
        ReadOnlySpan<ulong> hashes = words.Hashes;
        int count = 0;
        for (int i = 1; i < hashes.Length; i++)
        {
            int end = words.Starts[i] + words.Lengths[i];
            if (end >= text.Length || text[end] != '/')
            {
                continue;
            }

            ReadOnlySpan<char> gap = text[(words.Starts[i - 1] + words.Lengths[i - 1])..words.Starts[i]];
            if (gap.Trim(" .").Length > 0 || gap.Count('.') > 1)
            {
                continue;
            }

            foreach (var (first, second) in ShortLinkHosts)
            {
                count += hashes[i - 1] == first && hashes[i] == second ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>Whether a dot follows word <paramref name="index"/>, right after it or after spaces, on the same line.</summary>
    private static bool FollowedByDot(WordPass words, ReadOnlySpan<char> text, int index)
    {
        int position = words.Starts[index] + words.Lengths[index];
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }

        return position < text.Length && text[position] == '.';
    }
}
