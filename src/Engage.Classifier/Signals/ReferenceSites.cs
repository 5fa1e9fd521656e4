using Engage.Classifier.Words;

namespace Engage.Classifier.Signals;

/// <summary>
/// Hosts people link to when they talk about something (code hosts, Q&amp;A sites, documentation, encyclopaedias,
/// screenshot hosts, standards bodies, public institutions), as opposed to hosts they are paid to link to. A link to
/// one is still a payload; it is a signal for the model, not a rule.
/// </summary>
internal static class ReferenceSites
{
    private static readonly HashSet<ulong> Domains = """
        github.com githubusercontent.com github.io gitlab.com bitbucket.org sourceforge.net stackoverflow.com stackexchange.com
        superuser.com serverfault.com askubuntu.com mathoverflow.net wikipedia.org wikimedia.org wiktionary.org imgur.com
        reddit.com readthedocs.io readthedocs.org python.org pypi.org npmjs.com nuget.org crates.io rust-lang.org golang.org
        go.dev mozilla.org w3.org whatwg.org microsoft.com apple.com google.com archive.org arxiv.org doi.org ietf.org
        rfc-editor.org r-project.org rstudio.com posit.co jsfiddle.net codepen.io docker.com kubernetes.io postgresql.org
        mysql.com sqlite.org apache.org debian.org ubuntu.com kernel.org gnu.org jquery.com nodejs.org reactjs.org react.dev
        angular.io vuejs.org tensorflow.org pytorch.org numpy.org pydata.org scipy.org matplotlib.org jupyter.org kaggle.com
        haskell.org who.int europa.eu un.org openstreetmap.org letsencrypt.org cloudflare.com jekyllrb.com gohugo.io
        wordpress.org php.net oracle.com java.com kotlinlang.org swift.org tidyverse.org mxtoolbox.com
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(d => WordHash.Of(d)).ToHashSet();

    /// <summary>Host prefixes of documentation sites ("docs.python.org", "developer.mozilla.org").</summary>
    private static readonly string[] DocumentationPrefixes = ["docs.", "doc.", "developer.", "developers.", "wiki.", "learn.", "api."];

    /// <summary>Suffixes of public institutions' hosts.</summary>
    private static readonly string[] PublicSuffixes = [".gov", ".edu", ".ac.uk", ".gov.uk", ".edu.au", ".mil"];

    /// <summary>Whether <paramref name="host"/> ("www.github.com", "docs.python.org") is a reference site.</summary>
    public static bool Contains(ReadOnlySpan<char> host)
    {
        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            host = host[4..];
        }

        foreach (string prefix in DocumentationPrefixes)
        {
            if (host.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (string suffix in PublicSuffixes)
        {
            if (host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // The host and each parent domain with a dot left: "pandas.pydata.org" matches "pydata.org".
        while (true)
        {
            if (Domains.Contains(WordHash.Of(host)))
            {
                return true;
            }

            int dot = host.IndexOf('.');
            if (dot < 0 || !host[(dot + 1)..].Contains('.'))
            {
                return false;
            }

            host = host[(dot + 1)..];
        }
    }
}
