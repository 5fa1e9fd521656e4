using System.Globalization;
using Engage.Classifier.Cli.Output;

namespace Engage.Classifier.Cli.Tests.Output;

public sealed class NumbersTests
{
    [Theory]
    [InlineData(0.5, "0.500")]
    [InlineData(0.61234, "0.61234")]
    [InlineData(0.612341, "0.61235")]
    [InlineData(0.99998, "0.99998")]
    [InlineData(0.9999996, "0.9999996")]
    [InlineData(1.0, "1.000")]
    [InlineData(double.NaN, "n/a")]
    public void Threshold_AnyValue_RoundsUpAndNeverShowsOneBelowOne(double value, string expected) =>
        Numbers.Threshold(value).Should().Be(expected);

    [Theory]
    [InlineData(0.976149, CommentLabel.Genuine, "0.976")]
    [InlineData(0.97615, CommentLabel.Spam, "0.977")]
    [InlineData(0.9762, CommentLabel.LowRelevance, "0.976")]
    [InlineData(0.12345, CommentLabel.Genuine, "0.123")]
    [InlineData(0.0004, CommentLabel.Spam, "0.001")]
    [InlineData(0.9999, CommentLabel.Spam, "0.9999")]
    [InlineData(0.99999999, CommentLabel.Spam, "0.99999999")]
    [InlineData(1.0, CommentLabel.Spam, "1.000")]
    [InlineData(0.0, CommentLabel.Genuine, "0.000")]
    public void SpamProbability_RoundsTowardTheLabelsSideOfTheThreshold(double value, CommentLabel label, string expected) =>
        Numbers.SpamProbability(value, label).Should().Be(expected);

    [Fact]
    public void SpamProbability_TheIssuesCase_NeverPrintsAboveTheThresholdForAGenuineComment()
    {
        // A printed 0.9762 beside "spam at 0.97615 or more" on a genuine comment is what must never happen.
        double threshold = 0.97615;
        double probability = 0.976149999;

        string printed = Numbers.SpamProbability(probability, CommentLabel.Genuine, Numbers.CsvDecimals);

        printed.Should().Be("0.9761");
        Parse(printed).Should().BeLessThan(Parse(Numbers.Threshold(threshold)));
    }

    [Theory]
    [InlineData(Numbers.TableDecimals)]
    [InlineData(Numbers.CsvDecimals)]
    public void SpamProbability_ManyPairsNearTheThreshold_ComparePrintedAsTheLabelSays(int decimals)
    {
        var random = new Random(20251129);
        int checkedPairs = 0;
        for (int i = 0; i < 20_000; i++)
        {
            double threshold = random.NextDouble();
            double[] probabilities =
            [
                random.NextDouble(),
                threshold,
                Math.BitDecrement(threshold),
                Math.BitIncrement(threshold),
                threshold - (random.NextDouble() * 1e-4),
                Math.Min(1, threshold + (random.NextDouble() * 1e-4)),
            ];
            foreach (double probability in probabilities.Where(p => p is >= 0 and <= 1))
            {
                CommentLabel label = probability >= threshold ? CommentLabel.Spam : CommentLabel.Genuine;
                bool printedSpam = Parse(Numbers.SpamProbability(probability, label, decimals)) >= Parse(Numbers.Threshold(threshold));
                printedSpam.Should().Be(label == CommentLabel.Spam, $"p={probability:R}, t={threshold:R}");
                checkedPairs++;
            }
        }

        checkedPairs.Should().BeGreaterThan(100_000);
    }

    [Theory]
    [InlineData(0.0123, "1.2%")]
    [InlineData(1.0, "100.0%")]
    [InlineData(double.NaN, "n/a")]
    public void Percent_AnyValue_PrintsOneDecimal(double value, string expected) =>
        Numbers.Percent(value).Should().Be(expected);

    private static decimal Parse(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
