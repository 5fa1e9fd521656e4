using Engage.Classifier.Text;

namespace Engage.Classifier.Tests.Text;

public sealed class TextNormalizerTests
{
    private static NormalizedText Normalize(string text)
    {
        var normalized = new NormalizedText();
        TextNormalizer.Normalize(text, normalized);
        return normalized;
    }

    [Fact]
    public void Normalize_CyrillicLettersInsideEnglishWords_FoldsThemAndCountsMixedWords()
    {
        // "Bеst рrices fоr yоu" with Cyrillic е (U+0435), р (U+0440) and о (U+043E).
        NormalizedText result = Normalize("B\u0435st \u0440rices f\u043Er y\u043Eu");

        result.Text.ToString().Should().Be("Best prices for you");
        result.MixedScriptWords.Should().Be(4);
        result.FoldedLetters.Should().Be(4);
    }

    [Fact]
    public void Normalize_GreekOmicronInEnglishWord_FoldsToLatinO()
    {
        NormalizedText result = Normalize("Go\u03BFd p\u03BFst");

        result.Text.ToString().Should().Be("Good post");
        result.MixedScriptWords.Should().Be(2);
    }

    [Fact]
    public void Normalize_RealRussianSentence_IsLeftAlone()
    {
        const string russian = "Спасибо, очень полезная статья про закваску";

        NormalizedText result = Normalize(russian);

        result.Text.ToString().Should().Be(russian);
        result.MixedScriptWords.Should().Be(0);
        result.FoldedLetters.Should().Be(0);
    }

    [Fact]
    public void Normalize_FullWidthAndMathematicalLetters_FoldThroughNfkc()
    {
        NormalizedText result = Normalize("\uFF43\uFF48\uFF45\uFF41\uFF50 \U0001D428\U0001D41A\U0001D424\U0001D425\U0001D41E\U0001D432");

        result.Text.ToString().Should().Be("cheap oakley");
    }

    [Fact]
    public void Normalize_HtmlTagsAndEntities_AreRemovedAndDecoded_AndLinkTargetsKept()
    {
        NormalizedText result = Normalize("Great post&nbsp;&amp; thanks!<br/>Visit <a href=\"http://cheap-oakleys.example/\">cheap oakleys</a>");

        result.Text.ToString().Should().Be("Great post & thanks!\nVisit cheap oakleys");
        result.Anchors.Should().Be(1);
        result.Hrefs.ToString().Should().Be("http://cheap-oakleys.example/\n");
        result.AnchorTextCharacters.Should().Be("cheapoakleys".Length);
    }

    [Fact]
    public void Normalize_EachLinkTarget_KeepsItsAnchorsVisibleCharacters()
    {
        NormalizedText result = Normalize("<a href=\"#top\">up</a> then <a>no target</a> and <a href=\"http://a.example/\">two words</a> <a href=\"http://b.example/\">left open");

        result.Anchors.Should().Be(4);
        result.Hrefs.ToString().Should().Be("#top\nhttp://a.example/\nhttp://b.example/\n");
        result.HrefTextCharacters.ToArray().Should().Equal("up".Length, "twowords".Length, "leftopen".Length);
        result.AnchorTextCharacters.Should().Be("up".Length + "notarget".Length + "twowords".Length + "leftopen".Length);
    }

    [Theory]
    [InlineData("zero\u200Bwidth", "zerowidth", 1)]
    [InlineData("right\u202Eto\u202Cleft", "righttoleft", 2)]
    [InlineData("soft\u00ADhyphen", "softhyphen", 1)]
    [InlineData("bom\uFEFF", "bom", 1)]
    public void Normalize_InvisibleCharacters_AreDroppedAndCounted(string input, string expected, int invisible)
    {
        NormalizedText result = Normalize(input);

        result.Text.ToString().Should().Be(expected);
        result.InvisibleCharacters.Should().Be(invisible);
    }

    [Theory]
    [InlineData("\uD800 lone high")]
    [InlineData("lone low \uDC00")]
    [InlineData("nul\0and\u0001control")]
    [InlineData("<<<<>>>>&&&&;;;;")]
    [InlineData("noncharacter \uFFFE and \uFFFF")]
    [InlineData("<a href=")]
    [InlineData("&#xFFFFFFFF; &#0; &#55296;")]
    public void Normalize_MalformedInput_NeverThrows(string input)
    {
        Action act = () => Normalize(input);

        act.Should().NotThrow();
    }

    [Fact]
    public void Normalize_OneMegabyteOfText_IsCappedAtTheFeaturizedLength()
    {
        NormalizedText result = Normalize(new string('a', 1_000_000));

        result.WasTruncated.Should().BeTrue();
        result.OriginalLength.Should().Be(1_000_000);
        result.Length.Should().BeLessOrEqualTo(TextNormalizer.MaxCharacters);
    }

    [Fact]
    public void Normalize_AlreadyFoldedText_IsUnchangedBySecondPass()
    {
        string once = Normalize("Th\u0456s \u0441heap w\u0430tch <b>sale</b> &amp; more").Text.ToString();

        string twice = Normalize(once).Text.ToString();

        twice.Should().Be(once);
    }
}
