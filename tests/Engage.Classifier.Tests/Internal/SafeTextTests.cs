namespace Engage.Classifier.Tests.Internal;

/// <summary>How untrusted text appears in messages of the library and the CLI: escaped, cut, and stable when cleaned again.</summary>
public sealed class SafeTextTests
{
    [Theory]
    [InlineData("bad field '\u001b[31mred\u001b[0m'", "bad field '\\u001B[31mred\\u001B[0m'")]
    [InlineData("bell \u0007 and nul \0", "bell \\u0007 and nul \\u0000")]
    [InlineData("decoded badly: Sch\uFFFDne", "decoded badly: Sch\\uFFFDne")]
    [InlineData("right-to-left \u202Egnp.exe", "right-to-left \\u202Egnp.exe")]
    [InlineData("line\nbreak", "line\\u000Abreak")]
    [InlineData("plain text, Grüße 😀", "plain text, Grüße 😀")]
    public void Clean_UnsafeCharacters_AreShownAsEscapes(string message, string expected) =>
        SafeText.Clean(message).Should().Be(expected);

    [Fact]
    public void Clean_LoneSurrogate_IsShownAsTheReplacementCharacter()
    {
        // Not an [InlineData] row: xunit would turn the lone surrogate into replacement characters before the test runs.
        SafeText.Clean("lone surrogate \uD800 here").Should().Be("lone surrogate \\uFFFD here");
    }

    [Fact]
    public void Clean_LongQuotedField_IsCutWithItsLength()
    {
        string field = new('x', 500);

        string cleaned = SafeText.Clean($"Malformed CSV 'a.csv', line 4: bad quoting in field '{field}'");

        cleaned.Should().Be("Malformed CSV 'a.csv', line 4: bad quoting in field '" + new string('x', SafeText.MaxQuotedLength - 1) + "…' (421 more characters)");
    }

    [Fact]
    public void Clean_ApostrophesInWords_AreNotTakenForQuotes()
    {
        string message = "the stored threshold is the one the default corpus's own held-out scores need, " + new string('w', 120) + ", so label your site's first comments";

        SafeText.Clean(message).Should().Be(message);
    }

    [Fact]
    public void Clean_QuotedSpanBesideAnApostrophe_IsStillCut()
    {
        string field = new('x', 500);

        string cleaned = SafeText.Clean($"the file's field '{field}' is too long");

        cleaned.Should().Be("the file's field '" + new string('x', SafeText.MaxQuotedLength - 1) + "…' (421 more characters) is too long");
    }

    [Fact]
    public void Clean_VeryLongMessage_IsHeldToTheLimit()
    {
        string cleaned = SafeText.Clean(new string('y', 50_000));

        cleaned.Should().EndWith("… (message cut)");
        cleaned.Length.Should().BeLessThanOrEqualTo(SafeText.MaxLength + " (message cut)".Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("\u001b[2J")]
    public void Quote_ShortValue_IsQuotedWhole(string value) =>
        SafeText.Quote(value).Should().Be("'" + value.Replace("\u001b", "\\u001B", StringComparison.Ordinal) + "'");

    [Fact]
    public void Quote_ValueOfExactlyTheLimit_IsNotCut()
    {
        string value = new('v', SafeText.MaxQuotedLength);

        SafeText.Quote(value).Should().Be($"'{value}'");
    }

    [Fact]
    public void Quote_LongRunOfControlCharacters_IsCutOnTheEscapedLength()
    {
        string quoted = SafeText.Quote(new string('\u0001', 100));

        // Each \u0001 takes 6 characters escaped: 13 fit before the ellipsis.
        quoted.Should().Be("'" + string.Concat(Enumerable.Repeat("\\u0001", 13)) + "…' (87 more characters)");
    }

    [Theory]
    [InlineData("a field '\u0007" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' and more")]
    [InlineData("plain")]
    [InlineData("two 'quoted' 'spans\u202E'")]
    public void Clean_Twice_ChangesNothing(string message)
    {
        string once = SafeText.Clean(message);

        SafeText.Clean(once).Should().Be(once);
    }

    [Fact]
    public void Clean_MessageWithAQuotedValue_KeepsWhatQuoteMade()
    {
        string message = $"unknown label {SafeText.Quote(new string('q', 300))}";

        SafeText.Clean(message).Should().Be(message);
    }
}
