using System.Runtime.CompilerServices;
using Engage.Classifier.Text;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals;

/// <summary>
/// A shared stage: finds links, e-mail addresses and @handles in the normalized text and, apart, in the targets
/// of its HTML links, and collects the distinct link domains of both. A link to the post's own address
/// (<see cref="PostAddress"/>) is no link: not counted, not a domain, its anchor not an anchor, though it is still
/// masked out of the prose. Reused by one thread at a time; <see cref="Run(NormalizedText, PostAddress?)"/> replaces what it held.
/// </summary>
internal sealed class LinkScan
{
    /// <summary>Distinct domains kept per comment; more are not recorded (the count stops there too).</summary>
    private const int MaxDomains = 64;

    /// <summary>Shorter chunks ("a.b") are never links or e-mail addresses.</summary>
    private const int MinimumChunkLength = 4;

    /// <summary>Longest scheme accepted before "://" ("https", "ftp", "telegram").</summary>
    private const int MaxSchemeLength = 8;

    /// <summary>Commercial words that are ordinary inside links ("download", "watch?v=", "free") and say nothing there.</summary>
    private static readonly HashSet<ulong> GenericInLinks = "download free watch hack mod apk generator online service services company web site store shop app"
        .Split(' ').Select(w => WordHash.Of(w)).ToHashSet();

    private readonly ulong[] _domains = new ulong[MaxDomains];
    private int _domainCount;
    private (int Start, int Length)[] _spans = new (int, int)[16];
    private int _spanCount;
    private char[] _prose = new char[1024];

    /// <summary>What was found in the visible text.</summary>
    public LinkCounts Bare { get; private set; }

    /// <summary>What was found in the targets of HTML links.</summary>
    public LinkCounts Anchored { get; private set; }

    /// <summary>Hashes of the distinct link domains, in order of first appearance (text first, then link targets).</summary>
    public ReadOnlySpan<ulong> Domains => _domains.AsSpan(0, _domainCount);

    /// <summary>HTML anchors, but those whose target is the post's own address.</summary>
    public int Anchors { get; private set; }

    /// <summary>Visible characters inside those <see cref="Anchors"/>.</summary>
    public int AnchorTextCharacters { get; private set; }

    /// <summary>Scans a normalized text and its link targets; links to <paramref name="self"/> (the post's address, when known) are not links.</summary>
    public void Run(NormalizedText text, PostAddress? self)
    {
        _domainCount = 0;
        _spanCount = 0;
        Bare = Scan(text.Text, recordSpans: true, self);
        Anchors = text.Anchors;
        AnchorTextCharacters = text.AnchorTextCharacters;
        if (self is null || text.HrefCount == 0)
        {
            Anchored = Scan(text.Hrefs, recordSpans: false, self: null);
            return;
        }

        // One target a line: an anchor whose target is the post itself is taken out with its visible characters.
        LinkCounts anchored = default;
        ReadOnlySpan<int> anchorCharacters = text.HrefTextCharacters;
        int line = 0;
        foreach (Range range in text.Hrefs[..^1].Split('\n'))
        {
            ReadOnlySpan<char> href = text.Hrefs[range];
            if (self.IsAddressOf(href.Trim()))
            {
                Anchors--;
                AnchorTextCharacters -= anchorCharacters[line];
            }
            else
            {
                anchored += Scan(href, recordSpans: false, self);
            }

            line++;
        }

        Anchored = anchored;
    }

    /// <summary>How often <paramref name="value"/> occurs inside the links of <paramref name="text"/> (the text <see cref="Run"/> scanned): what <see cref="Mask"/> blanks out of it.</summary>
    public int CountInLinks(ReadOnlySpan<char> text, char value)
    {
        int count = 0;
        foreach (var (start, length) in _spans.AsSpan(0, _spanCount))
        {
            count += text.Slice(start, length).Count(value);
        }

        return count;
    }

    /// <summary>
    /// <paramref name="text"/> (the text <see cref="Run"/> scanned) with each link blanked out, same length and
    /// positions: the prose the word pass and the text models read, so the parts of a URL ("https", "com", a path's
    /// words) never count as words and a link is not a word either (most links in training data are spam's; the
    /// link signals, which know reference sites from others, speak for links). Valid until the next call.
    /// </summary>
    public ReadOnlySpan<char> Mask(ReadOnlySpan<char> text)
    {
        if (_spanCount == 0)
        {
            return text;
        }

        if (_prose.Length < text.Length)
        {
            _prose = new char[Math.Max(text.Length, _prose.Length * 2)];
        }

        Span<char> prose = _prose.AsSpan(0, text.Length);
        text.CopyTo(prose);
        foreach (var (start, length) in _spans.AsSpan(0, _spanCount))
        {
            prose.Slice(start, length).Fill(' ');
        }

        return prose;
    }

    /// <summary>Scans whitespace-separated chunks of <paramref name="text"/>, recording each link's domain; a link to <paramref name="self"/> is only masked.</summary>
    private LinkCounts Scan(ReadOnlySpan<char> text, bool recordSpans, PostAddress? self)
    {
        int links = 0, linkChars = 0, commercial = 0, emails = 0, handles = 0, reference = 0;

        // Only whitespace-separated chunks with a dot (links, e-mails) or an at sign (e-mails, handles)
        // can count, so jump from one such character to the next and read the chunk around it.
        int position = 0;
        while (position < text.Length)
        {
            int found = text[position..].IndexOfAny('.', '@');
            if (found < 0)
            {
                break;
            }

            int start = position + found;
            while (start > 0 && !IsSeparator(text[start - 1]))
            {
                start--;
            }

            int i = position + found;
            while (i < text.Length && !IsSeparator(text[i]))
            {
                i++;
            }

            position = i;
            ReadOnlySpan<char> chunk = TrimPunctuation(text[start..i]);
            int glued = GluedLinkStart(chunk);
            if (glued > 0)
            {
                // "here...https://x.com", "fragile.http://x.com": the link starts inside the chunk.
                chunk = chunk[glued..];
            }

            if (chunk.Length < MinimumChunkLength)
            {
                if (chunk.Length > 1 && chunk[0] == '@')
                {
                    handles++;
                }

                continue;
            }

            // A URL may hold an at sign ("tiktok.com/@name"); it is a link, not an address or a handle.
            bool url = chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
            int at = url ? -1 : chunk.IndexOf('@');
            if (at == 0)
            {
                handles++;
                continue;
            }

            if (at > 0)
            {
                if (chunk[(at + 1)..].Contains('.'))
                {
                    emails++;
                }

                continue;
            }

            if (!TryGetHost(chunk, out ReadOnlySpan<char> host))
            {
                continue;
            }

            if (recordSpans)
            {
                RecordSpan(start, i - start);
            }

            if (self is not null && self.IsAddressOf(chunk))
            {
                continue;
            }

            links++;
            linkChars += chunk.Length;
            RecordDomain(host);
            reference += ReferenceSites.Contains(host) ? 1 : 0;

            var words = new WordTokenizer(chunk);
            while (words.MoveNext())
            {
                ulong hash = words.Hash;
                if ((Lexicons.Classify(hash) & WordClass.Commercial) != 0 && !GenericInLinks.Contains(hash))
                {
                    commercial++;
                }
            }
        }

        return new LinkCounts(links, linkChars, commercial, emails, handles, reference);
    }

    /// <summary>Whether a whitespace-free chunk (already trimmed of punctuation) is a link.</summary>
    public static bool IsLinkChunk(ReadOnlySpan<char> chunk) => chunk.Length >= MinimumChunkLength && TryGetHost(chunk, out _);

    /// <summary>Reads the host of a chunk that is a URL ("http://", "www.") or a bare "name.tld".</summary>
    public static bool TryGetHost(ReadOnlySpan<char> chunk, out ReadOnlySpan<char> host)
    {
        host = default;
        bool explicitLink = false;
        int scheme = chunk.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && scheme <= MaxSchemeLength)
        {
            chunk = chunk[(scheme + 3)..];
            explicitLink = true;
        }

        if (chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            chunk = chunk[4..];
            explicitLink = true;
        }

        int end = chunk.IndexOfAny('/', '?', '#');
        ReadOnlySpan<char> candidate = end < 0 ? chunk : chunk[..end];
        int colon = candidate.IndexOf(':');
        if (colon >= 0)
        {
            candidate = candidate[..colon];
        }

        int lastDot = candidate.LastIndexOf('.');
        if (lastDot <= 0 || lastDot == candidate.Length - 1)
        {
            return false;
        }

        foreach (char c in candidate)
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '.' or '_'))
            {
                return false;
            }
        }

        ReadOnlySpan<char> tld = candidate[(lastDot + 1)..];
        if (!explicitLink)
        {
            // A bare "name.tld" counts only with a known, lower-case top-level domain ("ASP.NET" is not a link).
            foreach (char c in tld)
            {
                if (!char.IsAsciiLetterLower(c))
                {
                    return false;
                }
            }

            if ((Lexicons.Classify(WordHash.Of(tld)) & WordClass.TopLevelDomain) == 0 || lastDot < 2)
            {
                return false;
            }
        }

        host = candidate;
        return true;
    }

    /// <summary>Where a link starts inside a chunk it is glued to ("word...https://"), or -1.</summary>
    private static int GluedLinkStart(ReadOnlySpan<char> chunk)
    {
        int http = chunk.IndexOf("http", StringComparison.OrdinalIgnoreCase);
        if (http > 0 && chunk[http..].Contains("://", StringComparison.Ordinal))
        {
            return http;
        }

        int www = chunk.IndexOf("www.", StringComparison.OrdinalIgnoreCase);
        return www > 0 && !char.IsAsciiLetterOrDigit(chunk[www - 1]) ? www : -1;
    }

    private void RecordSpan(int start, int length)
    {
        if (_spanCount == _spans.Length)
        {
            Array.Resize(ref _spans, _spans.Length * 2);
        }

        _spans[_spanCount++] = (start, length);
    }

    private void RecordDomain(ReadOnlySpan<char> host)
    {
        ulong hash = WordHash.Of(host);
        if (!Domains.Contains(hash) && _domainCount < MaxDomains)
        {
            _domains[_domainCount++] = hash;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '(' or ')' or '[' or ']' or '{' or '}' or '|';

    private static ReadOnlySpan<char> TrimPunctuation(ReadOnlySpan<char> chunk) => chunk.TrimEnd(".,;:!?'*").TrimStart("'*:");
}

/// <summary>What one scan found.</summary>
/// <param name="Links">Chunks that are links (a URL, or a bare "name.tld" with a known top-level domain).</param>
/// <param name="LinkCharacters">Characters in those links.</param>
/// <param name="CommercialWords">Shopping, loan and similar words inside the links.</param>
/// <param name="Emails">E-mail addresses.</param>
/// <param name="Handles">@handles.</param>
/// <param name="ReferenceLinks">Links to sites people cite when they talk about something (<see cref="ReferenceSites"/>).</param>
internal readonly record struct LinkCounts(int Links, int LinkCharacters, int CommercialWords, int Emails, int Handles, int ReferenceLinks)
{
    public static LinkCounts operator +(LinkCounts a, LinkCounts b) => new(
        a.Links + b.Links, a.LinkCharacters + b.LinkCharacters, a.CommercialWords + b.CommercialWords, a.Emails + b.Emails, a.Handles + b.Handles, a.ReferenceLinks + b.ReferenceLinks);
}
