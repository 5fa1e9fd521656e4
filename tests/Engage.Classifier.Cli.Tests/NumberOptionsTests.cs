namespace Engage.Classifier.Cli.Tests;

/// <summary>How a share option reads its value: a percentage is exactly the share written out, and anything else is no share.</summary>
public sealed class NumberOptionsTests
{
    [Theory]
    [InlineData("2%", "0.02")]
    [InlineData("1.1%", "0.011")]
    [InlineData("0.5%", "0.005")]
    [InlineData("12.5 %", "0.125")]
    [InlineData(" 3% ", "0.03")]
    [InlineData("100%", "1")]
    [InlineData("0%", "0")]
    [InlineData("0.07", "0.07")]
    public void ReadShare_PercentageOrShare_IsExactlyTheShareWrittenOut(string given, string share)
    {
        NumberOptions.ReadShare(given).Should().Be(double.Parse(share, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%")]
    [InlineData("two percent")]
    [InlineData("-2%")]
    [InlineData("2%%")]
    [InlineData("1e1%")]
    [InlineData("2,5%")]
    [InlineData("% 2")]
    public void ReadShare_NeitherShareNorPercentage_IsNoNumber(string given)
    {
        NumberOptions.ReadShare(given).Should().BeNull();
    }
}
