using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Engage.Classifier.Cli;

/// <summary>
/// How every numeric option of every command reads its value: in the invariant culture, with its range checked in the
/// same step, so that a value that is no number or out of range is a usage error naming the option, what it takes and
/// what it got. Range checks live here rather than in validators because a validator that reads a value System.CommandLine
/// could not convert throws, and that exception escaped as a stack trace.
/// </summary>
internal static class NumberOptions
{
    /// <summary>Reads a whole number, any sign (a seed).</summary>
    public static Option<int> WholeNumber(this Option<int> option)
    {
        option.CustomParser = result => Read(result, option.Name, ReadWhole, "a whole number") ?? default;
        return option;
    }

    /// <summary>Reads a whole number of <paramref name="minimum"/> or more.</summary>
    public static Option<int> AtLeast(this Option<int> option, int minimum)
    {
        option.CustomParser = result => ReadAtLeast(result, option.Name, minimum) ?? default;
        return option;
    }

    /// <summary>Reads a whole number of <paramref name="minimum"/> or more; absent stays <see langword="null"/>.</summary>
    public static Option<int?> AtLeast(this Option<int?> option, int minimum)
    {
        option.CustomParser = result => ReadAtLeast(result, option.Name, minimum);
        return option;
    }

    /// <summary>Reads a finite number above 0 (a weight).</summary>
    public static Option<double> AboveZero(this Option<double> option)
    {
        option.CustomParser = result => Read<double>(result, option.Name, text => ReadReal(text) is double value && double.IsFinite(value) && value > 0 ? value : null, "above 0") ?? default;
        return option;
    }

    /// <summary>Reads a probability, 0 to 1; absent stays <see langword="null"/>.</summary>
    public static Option<double?> Probability(this Option<double?> option)
    {
        option.CustomParser = result => Read(result, option.Name, text => InUnitRange(ReadReal(text)), "between 0 and 1");
        return option;
    }

    /// <summary>Reads a share, 0 to 1, given as a share (<c>0.02</c>) or a percentage (<c>2%</c>).</summary>
    public static Option<double> ShareOrPercentage(this Option<double> option)
    {
        option.CustomParser = result => Read(result, option.Name, text => InUnitRange(ReadShare(text)), "between 0 and 1, as a share (0.02) or a percentage (2%)") ?? default;
        return option;
    }

    /// <summary>
    /// A share or a percentage as a number: <c>2%</c> is exactly the number <c>0.02</c> is. A percentage is a plain decimal
    /// number (no sign, no exponent) before the <c>%</c>, read with its decimal point moved two places, so that no
    /// division rounds it differently from the share written out.
    /// </summary>
    internal static double? ReadShare(string text)
    {
        string trimmed = text.Trim();
        if (!trimmed.EndsWith('%'))
        {
            return ReadReal(trimmed);
        }

        string percent = trimmed[..^1].TrimEnd();
        return decimal.TryParse(percent, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? ReadReal(percent + "e-2")
            : null;
    }

    private static int? ReadAtLeast(ArgumentResult result, string name, int minimum) =>
        Read<int>(result, name, text => ReadWhole(text) is int value && value >= minimum ? value : null, $"a whole number of {minimum.ToString(CultureInfo.InvariantCulture)} or more");

    private static T? Read<T>(ArgumentResult result, string name, Func<string, T?> read, string requirement)
        where T : struct
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (read(text) is T value)
        {
            return value;
        }

        result.AddError($"{name} must be {requirement} (got '{text}').");
        return null;
    }

    private static int? ReadWhole(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;

    private static double? ReadReal(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : null;

    private static double? InUnitRange(double? value) => value is >= 0 and <= 1 ? value : null;
}
