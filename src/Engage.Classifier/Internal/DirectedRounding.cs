using System.Globalization;

namespace Engage.Classifier.Internal;

/// <summary>
/// Probabilities printed rounded toward one side, so a printed number never crosses the line it is compared with:
/// the CLI's tables and the moderation policy's reasons print a spam probability the same way.
/// </summary>
internal static class DirectedRounding
{
    /// <summary>Decimals of a probability in tables and reasons.</summary>
    public const int TableDecimals = 3;

    /// <summary>
    /// <paramref name="value"/> (between 0 and 1) rounded up or down at <paramref name="decimals"/> decimals, with
    /// more decimals when rounding up would reach 1 from below. Exact: computed in <see cref="decimal"/> from the
    /// shortest round-trip text of the double.
    /// </summary>
    public static string Format(double value, int decimals, bool up) =>
        Format(Exact(value), decimals, up, out _);

    /// <summary>
    /// <paramref name="value"/> rounded up at <paramref name="decimals"/> decimals or as many more as it takes to
    /// stay below <paramref name="limit"/> (0.9975 against 0.998); the whole value when no rounding does.
    /// </summary>
    public static string UpBelow(double value, double limit, int decimals)
    {
        decimal exact = Exact(value);
        decimal bound = Exact(limit);
        for (int digits = decimals; digits <= MaxDecimals; digits++)
        {
            string text = Format(exact, digits, up: true, out decimal rounded);
            if (rounded < bound)
            {
                return text;
            }
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>Most decimals a number is rounded to before it is printed whole.</summary>
    private const int MaxDecimals = 17;

    private static decimal Exact(double value) =>
        value < 1e-20 ? 0m : decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Format(decimal exact, int decimals, bool up, out decimal rounded)
    {
        while (true)
        {
            decimal scale = Pow10(decimals);
            rounded = (up ? decimal.Ceiling(exact * scale) : decimal.Floor(exact * scale)) / scale;
            if (!(up && rounded >= 1 && exact < 1) || decimals >= MaxDecimals)
            {
                return rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            }

            decimals++;
        }
    }

    private static decimal Pow10(int decimals)
    {
        decimal scale = 1m;
        for (int i = 0; i < decimals; i++)
        {
            scale *= 10m;
        }

        return scale;
    }
}
