using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Engage.Classifier;

/// <summary>The one place that throws argument exceptions.</summary>
internal static class Guard
{
    public static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        return value;
    }

    public static string NotNullOrWhiteSpace([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("Value must not be empty or white space.", name);
        }

        return value;
    }

    /// <summary>An address a browser could open: absolute, http or https ("/posts/7" or "ftp://..." are not).</summary>
    public static Uri HttpAddress(Uri value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!IsHttpAddress(value))
        {
            throw new ArgumentException($"Must be an absolute http or https address; got {SafeText.Quote(value.OriginalString)}.", name);
        }

        return value;
    }

    /// <summary>The rule of <see cref="HttpAddress"/>, for readers that report a bad value their own way (a CSV file's line).</summary>
    public static bool IsHttpAddress(Uri value) => value.IsAbsoluteUri && (value.Scheme == Uri.UriSchemeHttp || value.Scheme == Uri.UriSchemeHttps);

    public static double InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Must be between {min} and {max}.");
        }

        return value;
    }

    /// <summary>The "0 to 1" rule of <see cref="ProbabilityAttribute"/>, for an argument.</summary>
    public static double Probability(double value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        InRange(value, ProbabilityAttribute.Min, ProbabilityAttribute.Max, name);

    /// <summary>Checks every item of <paramref name="items"/> before any is used, so a null one fails up front, naming its index.</summary>
    public static void NoNullItems<T>(IReadOnlyList<T?> items, [CallerArgumentExpression(nameof(items))] string? name = null)
        where T : class
    {
        for (int i = 0; i < items.Count; i++)
        {
            ItemNotNull(items[i], i, name);
        }
    }

    /// <summary>An item of a sequence argument, named with its index in the message: "comments[3] is null".</summary>
    public static T ItemNotNull<T>([NotNull] T? item, long index, string? name)
        where T : class
    {
        ValidItem(item is not null, index, name, $"is null; every item must be a non-null {typeof(T).Name}");
        return item;
    }

    /// <summary>Fails unless <paramref name="valid"/>, with a message naming the item: "comments[3] <paramref name="problem"/>".</summary>
    public static void ValidItem([DoesNotReturnIf(false)] bool valid, long index, string? name, string problem)
    {
        if (!valid)
        {
            throw new ArgumentException($"{name}[{index}] {problem}.", name);
        }
    }

    /// <summary>Fails unless <paramref name="valid"/>, with a message naming the item: "comments[3] <paramref name="problem"/>".</summary>
    /// <remarks>The problem is formatted only when <paramref name="valid"/> is <see langword="false"/> (<see cref="ItemProblem"/>).</remarks>
    public static void ValidItem([DoesNotReturnIf(false)] bool valid, long index, string? name, [InterpolatedStringHandlerArgument(nameof(valid))] ref ItemProblem problem)
    {
        if (!valid)
        {
            throw new ArgumentException($"{name}[{index}] {problem.ToStringAndClear()}.", name);
        }
    }

    public static int AtLeast(int value, int min, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Must be at least {min}.");
        }

        return value;
    }
}
