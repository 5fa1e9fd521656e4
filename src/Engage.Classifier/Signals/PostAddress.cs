namespace Engage.Classifier.Signals;

/// <summary>
/// The one owner of "is this link the post's own address": a link to the page a comment is posted under promotes
/// nothing ("Roar (Official): http://youtu.be/...", a timestamp link into the video), so the link scan does not count it.
/// Two addresses are the same page when their hosts match, ignoring the scheme, case and a leading "www.", their paths
/// match, ignoring a trailing slash and the fragment, and the link carries every query parameter of the post's address
/// (so "?p=123" names one post of a blog with plain addresses, while a link's own extras, "?replytocom=5", are ignored;
/// "utm_" tracking parameters never count); YouTube video addresses (youtube.com/watch?v=ID,
/// youtu.be/ID, m.youtube.com, /shorts/ID, /embed/ID, /v/ID, /live/ID) match by video ID, whatever their form and extra
/// parameters (&amp;t=2m19s). Built once per <see cref="Post"/>; immutable, so safe across threads.
/// </summary>
internal sealed class PostAddress
{
    private const string Www = "www.";
    private const string Scheme = "://";

    /// <summary>What an HTML-escaped "&amp;amp;" leaves of itself after a split at "&amp;".</summary>
    private const string EscapedAmpersandRest = "amp;";

    /// <summary>Query parameters that track a visit and do not name a page.</summary>
    private const string TrackingPrefix = "utm_";

    /// <summary>YouTube paths that end in a video ID.</summary>
    private static readonly string[] VideoPaths = ["/shorts/", "/embed/", "/v/", "/live/"];

    private readonly string _host;
    private readonly string _path;
    private readonly string? _videoId;
    private readonly string[] _parameters;

    private PostAddress(string host, string path, string? videoId, string[] parameters)
    {
        _host = host;
        _path = path;
        _videoId = videoId;
        _parameters = parameters;
    }

    /// <summary>The address of a post, from its absolute http or https <paramref name="url"/>.</summary>
    public static PostAddress Of(Uri url)
    {
        string text = url.GetComponents(UriComponents.Host | UriComponents.PathAndQuery, UriFormat.UriEscaped);
        Split(text, out ReadOnlySpan<char> host, out ReadOnlySpan<char> path, out ReadOnlySpan<char> query);
        ReadOnlySpan<char> video = VideoId(host, path, query);
        var parameters = new List<string>();
        foreach (Range range in query.Split('&'))
        {
            ReadOnlySpan<char> parameter = query[range];
            if (!parameter.IsEmpty && !parameter.StartsWith(TrackingPrefix, StringComparison.OrdinalIgnoreCase))
            {
                parameters.Add(parameter.ToString());
            }
        }

        return new PostAddress(host.ToString().ToLowerInvariant(), path.ToString(), video.IsEmpty ? null : video.ToString(), [.. parameters]);
    }

    /// <summary>
    /// Whether <paramref name="link"/> (a link as written in a comment or an anchor's target: "http://host/path?query",
    /// "www.host/path", "host.tld/path") is this post's own address.
    /// </summary>
    public bool IsAddressOf(ReadOnlySpan<char> link)
    {
        int scheme = link.IndexOf(Scheme, StringComparison.Ordinal);
        Split(scheme >= 0 ? link[(scheme + Scheme.Length)..] : link, out ReadOnlySpan<char> host, out ReadOnlySpan<char> path, out ReadOnlySpan<char> query);
        ReadOnlySpan<char> video = VideoId(host, path, query);
        if (_videoId is not null || !video.IsEmpty)
        {
            // A video is the post only when the post is that video ("watch?v=" with no ID is no video).
            return _videoId is not null && video.SequenceEqual(_videoId);
        }

        if (!host.Equals(_host, StringComparison.OrdinalIgnoreCase) || !path.SequenceEqual(_path))
        {
            return false;
        }

        foreach (string parameter in _parameters)
        {
            if (!HasParameter(query, parameter))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="query"/> holds <paramref name="parameter"/> ("p=123") exactly; "&amp;amp;" separates parameters too.</summary>
    private static bool HasParameter(ReadOnlySpan<char> query, string parameter)
    {
        foreach (Range range in query.Split('&'))
        {
            if (Unescaped(query[range]).SequenceEqual(parameter))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits "host/path?query#fragment" (no scheme) into the host without a port or "www.", the path without a trailing slash, and the query.</summary>
    private static void Split(ReadOnlySpan<char> address, out ReadOnlySpan<char> host, out ReadOnlySpan<char> path, out ReadOnlySpan<char> query)
    {
        int fragment = address.IndexOf('#');
        if (fragment >= 0)
        {
            address = address[..fragment];
        }

        int questionMark = address.IndexOf('?');
        query = questionMark < 0 ? default : address[(questionMark + 1)..];
        ReadOnlySpan<char> location = questionMark < 0 ? address : address[..questionMark];
        int slash = location.IndexOf('/');
        host = slash < 0 ? location : location[..slash];
        path = slash < 0 ? default : location[slash..].TrimEnd('/');
        int port = host.IndexOf(':');
        if (port >= 0)
        {
            host = host[..port];
        }

        if (host.StartsWith(Www, StringComparison.OrdinalIgnoreCase))
        {
            host = host[Www.Length..];
        }
    }

    /// <summary>The video ID of a YouTube video address, or empty for any other address.</summary>
    private static ReadOnlySpan<char> VideoId(ReadOnlySpan<char> host, ReadOnlySpan<char> path, ReadOnlySpan<char> query)
    {
        if (host.Equals("youtu.be", StringComparison.OrdinalIgnoreCase))
        {
            return FirstSegment(path);
        }

        if (!(host.Equals("youtube.com", StringComparison.OrdinalIgnoreCase) || host.Equals("m.youtube.com", StringComparison.OrdinalIgnoreCase)))
        {
            return default;
        }

        if (path.Equals("/watch", StringComparison.OrdinalIgnoreCase))
        {
            return Parameter(query, "v");
        }

        foreach (string prefix in VideoPaths)
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return FirstSegment(path[(prefix.Length - 1)..]);
            }
        }

        return default;
    }

    /// <summary>"/ID/more" → "ID".</summary>
    private static ReadOnlySpan<char> FirstSegment(ReadOnlySpan<char> path)
    {
        ReadOnlySpan<char> rest = path.TrimStart('/');
        int end = rest.IndexOf('/');
        return end < 0 ? rest : rest[..end];
    }

    /// <summary>The value of a query parameter; "&amp;amp;" (an anchor's target as written in HTML) separates parameters too.</summary>
    private static ReadOnlySpan<char> Parameter(ReadOnlySpan<char> query, string name)
    {
        foreach (Range range in query.Split('&'))
        {
            ReadOnlySpan<char> parameter = Unescaped(query[range]);
            if (parameter.Length > name.Length && parameter[name.Length] == '=' && parameter.StartsWith(name, StringComparison.Ordinal))
            {
                return parameter[(name.Length + 1)..];
            }
        }

        return default;
    }

    /// <summary>A query parameter split at "&amp;", without the "amp;" an HTML-escaped "&amp;amp;" leaves before it.</summary>
    private static ReadOnlySpan<char> Unescaped(ReadOnlySpan<char> parameter) =>
        parameter.StartsWith(EscapedAmpersandRest, StringComparison.Ordinal) ? parameter[EscapedAmpersandRest.Length..] : parameter;
}
