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

    public static int AtLeast(int value, int min, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Must be at least {min}.");
        }

        return value;
    }
}
