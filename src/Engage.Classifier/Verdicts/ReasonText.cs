using System.Globalization;

namespace Engage.Classifier.Verdicts;

/// <summary>How numbers read in a verdict's reasons, the same in every family's description.</summary>
internal static class ReasonText
{
    /// <summary>"1 link", "3 links", or with an irregular plural, "2 e-mail addresses".</summary>
    public static string Plural(int count, string singular, string? plural = null) =>
        count == 1 ? $"1 {singular}" : $"{count.ToString(CultureInfo.InvariantCulture)} {plural ?? singular + "s"}";

    /// <summary>A share as a whole percentage, "35%".</summary>
    public static string Percent(float share) => (share * 100).ToString("F0", CultureInfo.InvariantCulture) + "%";
}
