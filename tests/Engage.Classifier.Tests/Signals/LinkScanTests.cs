using Engage.Classifier.Signals;
using Engage.Classifier.Text;
using Engage.Classifier.Words;

namespace Engage.Classifier.Tests.Signals;

public sealed class LinkScanTests
{
    private static LinkScan Scan(string text, string? postUrl = null)
    {
        var scan = new LinkScan();
        Run(scan, text, postUrl);
        return scan;
    }

    private static void Run(LinkScan scan, string text, string? postUrl = null)
    {
        var normalized = new NormalizedText();
        TextNormalizer.Normalize(text, normalized);
        scan.Run(normalized, postUrl is null ? null : PostAddress.Of(new Uri(postUrl)));
    }

    [Fact]
    public void Run_UrlsAndBareDomains_AreLinksWithTheirCharactersAndShoppingWords()
    {
        const string text = "see https://cheap-loans.example/apply, www.bestdeals.com and garden.org (ok?)";

        LinkScan scan = Scan(text);

        scan.Bare.Links.Should().Be(3);
        scan.Bare.LinkCharacters.Should().Be("https://cheap-loans.example/apply".Length + "www.bestdeals.com".Length + "garden.org".Length);
        scan.Bare.CommercialWords.Should().Be(2, "cheap and loans");
        scan.Domains.ToArray().Should().Equal(WordHash.Of("cheap-loans.example"), WordHash.Of("bestdeals.com"), WordHash.Of("garden.org"));
    }

    [Theory]
    [InlineData("I moved from ASP.NET to Node.js")]
    [InlineData("version 2.0.1 is out, e.g. on Monday")]
    [InlineData("see readme.md and notes.txt")]
    [InlineData("a.io")]
    public void Run_DottedWordsThatAreNotLinks_AreNotCounted(string text)
    {
        Scan(text).Bare.Links.Should().Be(0);
    }

    [Fact]
    public void Run_EmailsAndHandles_AreCountedApartFromLinks()
    {
        LinkScan scan = Scan("write to help@recovery.example or dm @loanhelper and @x.");

        scan.Bare.Emails.Should().Be(1);
        scan.Bare.Handles.Should().Be(2);
        scan.Bare.Links.Should().Be(0);
        scan.Domains.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Run_LinkTargets_AreCountedApartAndShareTheDomainList()
    {
        LinkScan scan = Scan("read http://shop.example/a, <a href=\"http://shop.example/b\">b</a> <a href=\"https://other.example/\">other</a>");

        scan.Bare.Links.Should().Be(1);
        scan.Anchored.Links.Should().Be(2);
        scan.Domains.Length.Should().Be(2, "shop.example is recorded once");
    }

    [Fact]
    public void Run_ManyDomains_KeepsTheFirstSixtyFour()
    {
        string text = string.Join(' ', Enumerable.Range(0, 70).Select(i => $"http://site{i}.example"));

        LinkScan scan = Scan(text);

        scan.Bare.Links.Should().Be(70);
        scan.Domains.Length.Should().Be(64);
        scan.Domains[0].Should().Be(WordHash.Of("site0.example"));
    }

    [Fact]
    public void Run_LinkToThePostItself_IsMaskedButNotALinkOrADomain()
    {
        const string text = "the bridge here http://youtu.be/Qw7_p0st1D0 is the best part, also https://Cheap-Merch.example/tees";

        LinkScan scan = Scan(text, postUrl: "https://www.youtube.com/watch?v=Qw7_p0st1D0");

        scan.Bare.Links.Should().Be(1);
        scan.Bare.LinkCharacters.Should().Be("https://Cheap-Merch.example/tees".Length);
        scan.Domains.ToArray().Should().Equal(WordHash.Of("Cheap-Merch.example"));
        scan.Mask(text).ToString().Should().NotContain("youtu.be").And.NotContain("Cheap-Merch", "every link, the post's own too, is prose no more");
    }

    [Fact]
    public void Run_AnchorToThePostItself_IsNoAnchor_AndItsTextNotLinkText()
    {
        const string text = "<a href=\"http://www.youtube.com/watch?v=Qw7_p0st1D0&amp;t=1m12s\">1:12</a> goosebumps, and <a href=\"http://fan-shop.example/\">the shop</a>";

        LinkScan scan = Scan(text, postUrl: "https://www.youtube.com/watch?v=Qw7_p0st1D0");

        scan.Anchors.Should().Be(1);
        scan.AnchorTextCharacters.Should().Be("theshop".Length);
        scan.Anchored.Links.Should().Be(1);
        scan.Domains.ToArray().Should().Equal(WordHash.Of("fan-shop.example"));
    }

    [Fact]
    public void Run_AnchorToThePostItself_UnderAnotherPost_IsAnAnchorAndALink()
    {
        const string text = "<a href=\"http://www.youtube.com/watch?v=Qw7_p0st1D0&amp;t=1m12s\">1:12</a> goosebumps";

        LinkScan scan = Scan(text, postUrl: "https://www.youtube.com/watch?v=Zz9_other00");

        scan.Anchors.Should().Be(1);
        scan.AnchorTextCharacters.Should().Be("1:12".Length);
        scan.Anchored.Links.Should().Be(1);
    }

    [Fact]
    public void Run_Again_ForgetsThePreviousText()
    {
        var scan = new LinkScan();
        Run(scan, "http://one.example @handle <a href=\"http://two.example\">two</a>");

        Run(scan, "no links here");

        scan.Bare.Should().Be(default(LinkCounts));
        scan.Anchored.Should().Be(default(LinkCounts));
        scan.Anchors.Should().Be(0);
        scan.Domains.IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData("cheapjerseys-outlet.com", true)]
    [InlineData("http://x.example/path", true)]
    [InlineData("Node.js", false)]
    [InlineData("a.co", false)]
    public void IsLinkChunk_TellsLinksFromDottedWords(string chunk, bool isLink)
    {
        LinkScan.IsLinkChunk(chunk).Should().Be(isLink);
    }
}
