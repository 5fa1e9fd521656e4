using System.ComponentModel.DataAnnotations;

namespace Engage.Classifier;

/// <summary>
/// Validates an options object once, from the <see cref="RangeAttribute"/>s on its properties (Polly's
/// ValidationHelper does the same): the rules are declared beside the options, not written out again here.
/// </summary>
internal static class OptionsValidation
{
    /// <exception cref="ArgumentOutOfRangeException">A property is out of its declared range; the message names it and the range.</exception>
    public static T Validated<T>(T options)
        where T : class
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return options;
        }

        ValidationResult first = results[0];
        string name = first.MemberNames.FirstOrDefault() ?? typeof(T).Name;
        object? value = typeof(T).GetProperty(name)?.GetValue(options);
        throw new ArgumentOutOfRangeException(name, value, first.ErrorMessage);
    }
}

/// <summary>The one "0 to 1" rule, for probabilities, thresholds and shares.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class ProbabilityAttribute : RangeAttribute
{
    public const double Min = 0;
    public const double Max = 1;

    public ProbabilityAttribute()
        : base(Min, Max)
    {
    }
}
