using Engage.Classifier.Text;

namespace Engage.Classifier.Features;

/// <summary>Finds links, e-mail addresses and @handles in normalized text.</summary>
internal static class LinkScanner
{
    public readonly record struct Result(int Links, int LinkCharacters, int CommercialWords, int Emails, int Handles);

    /// <summary>Scans whitespace-separated chunks of <paramref name="text"/>, recording each link's domain in the workspace.</summary>
    public static Result Scan(ReadOnlySpan<char> text, FeatureWorkspace workspace)
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
            if (chunk.Length < 4)
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
            RecordDomain(host, workspace);
            var words = new WordTokenizer(chunk);
            while (words.MoveNext())
            {
                if ((Lexicons.Classify(WordHash.Of(words.Current)) & WordClass.Commercial) != 0)
                {
                    commercial++;
                }
            }
        }

        return new Result(links, linkChars, commercial, emails, handles);
    }

    /// <summary>Reads the host of a chunk that is a URL ("http://", "www.") or a bare "name.tld".</summary>
    public static bool TryGetHost(ReadOnlySpan<char> chunk, out ReadOnlySpan<char> host)
    {
        host = default;
        bool explicitLink = false;
        int scheme = chunk.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && scheme <= 8)
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

    private static void RecordDomain(ReadOnlySpan<char> host, FeatureWorkspace workspace)
    {
        ulong hash = WordHash.Of(host);
        for (int k = 0; k < workspace.DomainCount; k++)
        {
            if (workspace.Domains[k] == hash)
            {
                return;
            }
        }

        if (workspace.DomainCount < workspace.Domains.Length)
        {
            workspace.Domains[workspace.DomainCount++] = hash;
        }
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '(' or ')' or '[' or ']' or '{' or '}' or '|';

    private static ReadOnlySpan<char> TrimPunctuation(ReadOnlySpan<char> chunk) => chunk.TrimEnd(".,;:!?'*").TrimStart("'*:");
}
