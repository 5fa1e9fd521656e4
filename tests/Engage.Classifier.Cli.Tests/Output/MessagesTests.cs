using Engage.Classifier.Cli.Output;

namespace Engage.Classifier.Cli.Tests.Output;

public sealed class MessagesTests
{
    [Theory]
    [InlineData("bad field '\u001b[31mred\u001b[0m'", "bad field '\\u001B[31mred\\u001B[0m'")]
    [InlineData("bell \u0007 and nul \0", "bell \\u0007 and nul \\u0000")]
    [InlineData("decoded badly: Sch\uFFFDne", "decoded badly: Sch\\uFFFDne")]
    [InlineData("right-to-left \u202Egnp.exe", "right-to-left \\u202Egnp.exe")]
    [InlineData("line\nbreak", "line\\u000Abreak")]
    [InlineData("plain text, Grüße 😀", "plain text, Grüße 😀")]
    public void Clean_UnsafeCharacters_AreShownAsEscapes(string message, string expected) =>
        Messages.Clean(message).Should().Be(expected);

    [Fact]
    public void Clean_LongQuotedField_IsCutWithItsLength()
    {
        string field = new('x', 500);

        string cleaned = Messages.Clean($"Malformed CSV 'a.csv', line 4: bad quoting in field '{field}'");

        cleaned.Should().StartWith("Malformed CSV 'a.csv', line 4: bad quoting in field '" + new string('x', Messages.MaxQuotedLength) + "…' (420 more characters)");
    }

    [Fact]
    public void Clean_VeryLongMessage_IsHeldToTheLimit()
    {
        Messages.Clean(new string('y', 50_000)).Length.Should().BeLessThan(Messages.MaxLength + 20);
    }
}
