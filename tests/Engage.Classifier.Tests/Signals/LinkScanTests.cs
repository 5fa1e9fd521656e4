using Engage.Classifier.Signals;
using Engage.Classifier.Words;

namespace Engage.Classifier.Tests.Signals;

public sealed class LinkScanTests
{
    private static LinkScan Scan(string text, string hrefs = "")
    {
        var scan = new LinkScan();
        scan.Run(text, hrefs);
        return scan;
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
        LinkScan scan = Scan("read http://shop.example/a", hrefs: "http://shop.example/b\nhttps://other.example/\n");

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
    public void Run_Again_ForgetsThePreviousText()
    {
        var scan = new LinkScan();
        scan.Run("http://one.example @handle", "http://two.example");

        scan.Run("no links here", string.Empty);

        scan.Bare.Should().Be(default(LinkCounts));
        scan.Anchored.Should().Be(default(LinkCounts));
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
