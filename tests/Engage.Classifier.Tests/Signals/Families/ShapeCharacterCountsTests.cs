using Engage.Classifier.Signals.Families;

namespace Engage.Classifier.Tests.Signals.Families;

/// <summary>The shape signals' character counts of ASCII text, taken many characters at a time, are the counts one by one.</summary>
public sealed class ShapeCharacterCountsTests
{
    [Fact]
    public void OfAscii_EveryAsciiCharacter_CountsAsOneByOne()
    {
        for (char c = '\0'; c < 128; c++)
        {
            string text = new(c, 1);
            ShapeSignals.CharacterCounts.OfAscii(text).Should().Be(ShapeSignals.CharacterCounts.OfAny(text), $"character {(int)c}");
        }
    }

    [Fact]
    public void OfAscii_EveryAsciiCharacterInOneText_CountsAsOneByOne()
    {
        string text = new([.. Enumerable.Range(0, 128).Select(c => (char)c)]);

        ShapeSignals.CharacterCounts.OfAscii(text).Should().Be(ShapeSignals.CharacterCounts.OfAny(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ok")]
    [InlineData("Sixteen chars!!!")]
    [InlineData("Seventeen chars??")]
    [InlineData("Wait...    what??? NOOOOOO!!!\n\n\n\tfine, 42 $ and 7% of it_done; [x] {y} ~z~ `q` @me #tag")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("abcdefghijklmnoppqrstuvwxyzabcdefghijklmnopqrstuvwxyzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    [InlineData("abcdefghijklmnop pqrstuvwxyzabcde  fghijklmnopqrstu!!!!")]
    [InlineData("\r\n\r\n\u000b\u000c\u001c\u001d\u001e\u001f\u007f      end")]
    public void OfAscii_MixedText_CountsAsOneByOne(string text) =>
        ShapeSignals.CharacterCounts.OfAscii(text).Should().Be(ShapeSignals.CharacterCounts.OfAny(text));

    [Fact]
    public void Of_TextWithLettersOutsideAscii_CountsThemOneByOne()
    {
        const string text = "Grüße aus Köln — 😀 привет!";

        ShapeSignals.CharacterCounts.Of(text).Should().Be(ShapeSignals.CharacterCounts.OfAny(text));
        ShapeSignals.CharacterCounts.Of(text).NonLatin.Should().Be(6);
    }
}
