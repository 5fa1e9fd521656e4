using System.Globalization;

namespace Engage.Classifier.Cli.Output;

/// <summary>How numbers are printed: invariant culture, so output reads the same on every machine.</summary>
internal static class Numbers
{
    /// <summary>A probability or score with three decimals, e.g. <c>0.973</c>.</summary>
    public static string Probability(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A threshold with the decimals it needs, so 0.99998 or 0.9999996 never prints as 1.000.</summary>
    public static string Threshold(double value)
    {
        if (double.IsNaN(value))
        {
            return "n/a";
        }

        string text = value.ToString("0.000##", CultureInfo.InvariantCulture);
        return text == "1.000" && value < 1 ? value.ToString("0.000##########", CultureInfo.InvariantCulture) : text;
    }

    /// <summary>A rate as a percentage with one decimal, e.g. <c>97.3%</c>.</summary>
    public static string Percent(double value) => double.IsNaN(value) ? "n/a" : (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A count with thousands separators, e.g. <c>200,000</c>.</summary>
    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A probability for a CSV file: four decimals.</summary>
    public static string Csv(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
