using System.Globalization;

namespace Engage.Classifier.Verdicts;

/// <summary>How a verdict's reasons are made and how their numbers read, the same in every family's description.</summary>
internal static class ReasonText
{
    /// <summary>Name of the value of a reason that shows one count ("3 phone numbers").</summary>
    public const string Count = "count";

    /// <summary>Name of the value of a reason that shows one percentage ("35% praise and function words").</summary>
    public const string PercentValue = "percent";

    /// <summary>A reason: its stable code (listed in docs/reasons.md), its English text and the numbers the text shows.</summary>
    public static Reason Of(string code, string text, params ReadOnlySpan<(string Name, double Value)> values)
    {
        if (values.IsEmpty)
        {
            return new Reason(code, text, Reason.NoValues);
        }

        var named = new KeyValuePair<string, double>[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            named[i] = KeyValuePair.Create(values[i].Name, values[i].Value);
        }

        return new Reason(code, text, new ReasonValues(named));
    }

    /// <summary>"1 link", "3 links", or with an irregular plural, "2 e-mail addresses".</summary>
    public static string Plural(int count, string singular, string? plural = null) =>
        count == 1 ? $"1 {singular}" : $"{count.ToString(CultureInfo.InvariantCulture)} {plural ?? singular + "s"}";

    /// <summary>A share as a whole percentage (35 for 0.35), the number <see cref="Percent(int)"/> shows; halves go to the even number, as "F0" formatting does.</summary>
    public static int PercentOf(float share) => (int)MathF.Round(share * 100, MidpointRounding.ToEven);

    /// <summary>A whole percentage as text, "35%".</summary>
    public static string Percent(int percent) => percent.ToString(CultureInfo.InvariantCulture) + "%";
}
