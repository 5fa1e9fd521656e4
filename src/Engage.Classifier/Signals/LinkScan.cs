using Engage.Classifier.Words;

namespace Engage.Classifier.Signals;

/// <summary>
/// A shared stage: finds links, e-mail addresses and @handles in the normalized text and, apart, in the targets
/// of its HTML links, and collects the distinct link domains of both. Reused by one thread at a time;
/// <see cref="Run"/> replaces what it held.
/// </summary>
internal sealed class LinkScan
{
    /// <summary>Distinct domains kept per comment; more are not recorded (the count stops there too).</summary>
    private const int MaxDomains = 64;

    /// <summary>Shorter chunks ("a.b") are never links or e-mail addresses.</summary>
    private const int MinimumChunkLength = 4;

    /// <summary>Longest scheme accepted before "://" ("https", "ftp", "telegram").</summary>
    private const int MaxSchemeLength = 8;

    private readonly ulong[] _domains = new ulong[MaxDomains];
    private int _domainCount;

    /// <summary>What was found in the visible text.</summary>
    public LinkCounts Bare { get; private set; }

    /// <summary>What was found in the targets of HTML links.</summary>
    public LinkCounts Anchored { get; private set; }

    /// <summary>Hashes of the distinct link domains, in order of first appearance (text first, then link targets).</summary>
    public ReadOnlySpan<ulong> Domains => _domains.AsSpan(0, _domainCount);

    public void Run(ReadOnlySpan<char> text, ReadOnlySpan<char> hrefs)
    {
        _domainCount = 0;
        Bare = Scan(text);
        Anchored = Scan(hrefs);
    }

    /// <summary>Scans whitespace-separated chunks of <paramref name="text"/>, recording each link's domain.</summary>
    private LinkCounts Scan(ReadOnlySpan<char> text)
    {
        int links = 0, linkChars = 0, commercial = 0, emails = 0, handles = 0;

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
            if (chunk.Length < MinimumChunkLength)
            {
                if (chunk.Length > 1 && chunk[0] == '@')
                {
                    handles++;
                }

                continue;
            }

            int at = chunk.IndexOf('@');
            if (at == 0)
            {
                handles++;
                continue;
            }

            if (at > 0)
            {
                if (chunk[(at + 1)..].Contains('.') && !chunk.Contains("://", StringComparison.Ordinal))
                {
                    emails++;
                }

                continue;
            }

            if (!TryGetHost(chunk, out ReadOnlySpan<char> host))
            {
                continue;
            }

            links++;
            linkChars += chunk.Length;
            RecordDomain(host);
            var words = new WordTokenizer(chunk);
            while (words.MoveNext())
            {
                if ((Lexicons.Classify(WordHash.Of(words.Current)) & WordClass.Commercial) != 0)
                {
                    commercial++;
                }
            }
        }

        return new LinkCounts(links, linkChars, commercial, emails, handles);
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

    private void RecordDomain(ReadOnlySpan<char> host)
    {
        ulong hash = WordHash.Of(host);
        if (!Domains.Contains(hash) && _domainCount < MaxDomains)
        {
            _domains[_domainCount++] = hash;
        }
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '(' or ')' or '[' or ']' or '{' or '}' or '|';

    private static ReadOnlySpan<char> TrimPunctuation(ReadOnlySpan<char> chunk) => chunk.TrimEnd(".,;:!?'*").TrimStart("'*:");
}

/// <summary>What one scan found.</summary>
/// <param name="Links">Chunks that are links (a URL, or a bare "name.tld" with a known top-level domain).</param>
/// <param name="LinkCharacters">Characters in those links.</param>
/// <param name="CommercialWords">Shopping, loan and similar words inside the links.</param>
/// <param name="Emails">E-mail addresses.</param>
/// <param name="Handles">@handles.</param>
internal readonly record struct LinkCounts(int Links, int LinkCharacters, int CommercialWords, int Emails, int Handles);
