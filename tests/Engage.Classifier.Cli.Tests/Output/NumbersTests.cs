using Engage.Classifier.Cli.Output;

namespace Engage.Classifier.Cli.Tests.Output;

public sealed class NumbersTests
{
    [Theory]
    [InlineData(0.5, "0.500")]
    [InlineData(0.61234, "0.61234")]
    [InlineData(0.99998, "0.99998")]
    [InlineData(0.9999996, "0.9999996")]
    [InlineData(1.0, "1.000")]
    [InlineData(double.NaN, "n/a")]
    public void Threshold_AnyValue_NeverRoundsBelowOneUpToOne(double value, string expected) =>
        Numbers.Threshold(value).Should().Be(expected);

    [Theory]
    [InlineData(0.0123, "1.2%")]
    [InlineData(1.0, "100.0%")]
    [InlineData(double.NaN, "n/a")]
    public void Percent_AnyValue_PrintsOneDecimal(double value, string expected) =>
        Numbers.Percent(value).Should().Be(expected);
}
