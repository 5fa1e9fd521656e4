using System.Globalization;
using Engage.Classifier.Internal;

namespace Engage.Classifier.Cli.Output;

/// <summary>
/// How numbers are printed: invariant culture, so output reads the same on every machine.
/// </summary>
/// <remarks>
/// A spam probability printed beside its label never seems to contradict it. Thresholds are rounded up; a spam
/// probability (at or above the threshold) is rounded up, and any other probability (below it) is rounded down,
/// at the same or fewer decimals. So a printed probability is at or above the printed threshold exactly when the
/// label is spam: a genuine comment scored 0.976149 against a threshold of 0.976150 prints 0.976 beside
/// "spam at 0.97615 or more", never 0.976 ≥ 0.976 or 0.9762. Rounding is done on the shortest decimal that
/// round-trips the double, so it is exact, and a probability below 1 never prints as 1.
/// </remarks>
internal static class Numbers
{
    /// <summary>Decimals of a probability in tables.</summary>
    public const int TableDecimals = DirectedRounding.TableDecimals;

    /// <summary>Decimals of a probability in a verdicts CSV.</summary>
    public const int CsvDecimals = 4;

    /// <summary>Most decimals of a threshold, beyond which it is rounded up.</summary>
    public const int ThresholdDecimals = 5;

    /// <summary>A score with three decimals, rounded to nearest, e.g. <c>0.973</c>; for metrics (F1, AUC), not for a verdict's probability.</summary>
    public static string Probability(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>
    /// A verdict's spam probability, rounded toward its side of the threshold (up for spam, down otherwise); a spam
    /// probability below <paramref name="below"/> (the reject threshold) gets as many more decimals as it takes not to
    /// print as that threshold, as the moderation policy's reason prints it (0.9977 against 0.998).
    /// </summary>
    public static string SpamProbability(double value, CommentLabel label, int decimals = TableDecimals, double? below = null) =>
        double.IsNaN(value) ? "n/a"
        : label == CommentLabel.Spam && below is { } limit && value < limit ? DirectedRounding.UpBelow(value, limit, decimals)
        : DirectedRounding.Format(value, decimals, up: label == CommentLabel.Spam);

    /// <summary>A threshold rounded up, with three to five decimals (trailing zeros past the third dropped), more when it would print as 1.</summary>
    public static string Threshold(double value)
    {
        if (double.IsNaN(value))
        {
            return "n/a";
        }

        string text = DirectedRounding.Format(value, ThresholdDecimals, up: true);
        string trimmed = text.TrimEnd('0');
        int decimals = trimmed.Length - trimmed.IndexOf('.') - 1;
        return decimals >= TableDecimals ? trimmed : text[..(text.IndexOf('.') + 1 + Math.Max(decimals, TableDecimals))];
    }

    /// <summary>A rate as a percentage with one decimal, e.g. <c>97.3%</c>.</summary>
    public static string Percent(double value) => double.IsNaN(value) ? "n/a" : (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A count with thousands separators, e.g. <c>200,000</c>.</summary>
    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A relevance for a CSV file: four decimals, rounded to nearest.</summary>
    public static string Csv(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
