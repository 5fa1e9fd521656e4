using System.Collections.ObjectModel;
using System.Text.Json.Serialization;

namespace Engage.Classifier;

/// <summary>
/// One reason behind a verdict, in three forms: a stable <see cref="Code"/> an app can filter on or translate,
/// the English <see cref="Text"/>, and the <see cref="Values"/> the text shows, so a translation can say the same.
/// The codes and their values are listed in docs/reasons.md; a code keeps its meaning across versions (a reason
/// whose meaning changes gets a new code), while the English text may be reworded. In JSON (with any property naming policy):
/// <c>{"code":"links","text":"4 links to 3 domains","values":{"count":4,"domains":3,"shopping_words":0}}</c>.
/// </summary>
/// <param name="Code">Stable snake_case identifier, for example <c>links</c> or <c>phone_numbers</c>.</param>
/// <param name="Text">The reason in English, with the comment's own numbers, for example "4 links to 3 domains".</param>
/// <param name="Values">The numbers in <paramref name="Text"/> by snake_case name, exactly as the text shows them: for example
/// <c>count</c> = 4 and <c>domains</c> = 3 for "4 links to 3 domains", <c>percent</c> = 35 for "35% praise and function words".
/// Empty when the text shows no number.</param>
/// <example>
/// <code>
/// foreach (Reason reason in verdict.ReasonDetails)
/// {
///     string shown = reason.Code == "links"
///         ? $"{reason.Values["count"]} Links zu {reason.Values["domains"]} Domains"
///         : reason.Text;
/// }
/// </code>
/// </example>
public sealed record Reason(string Code, string Text, IReadOnlyDictionary<string, double> Values)
{
    /// <summary>The values of a reason whose text shows no number.</summary>
    internal static readonly IReadOnlyDictionary<string, double> NoValues = ReadOnlyDictionary<string, double>.Empty;

    /// <summary>Stable snake_case identifier of the reason (see docs/reasons.md).</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    [JsonPropertyName("code")]
    public string Code { get; init => field = Guard.NotNullOrWhiteSpace(value); } = Guard.NotNullOrWhiteSpace(Code);

    /// <summary>The reason in English, with the comment's own numbers.</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    [JsonPropertyName("text")]
    public string Text { get; init => field = Guard.NotNullOrWhiteSpace(value); } = Guard.NotNullOrWhiteSpace(Text);

    /// <summary>The numbers shown in <see cref="Text"/>, by name; empty when it shows none.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("values")]
    public IReadOnlyDictionary<string, double> Values { get; init => field = Guard.NotNull(value); } = Guard.NotNull(Values);

    /// <summary>Two reasons are equal when their codes, texts and values are.</summary>
    /// <param name="other">The other reason.</param>
    public bool Equals(Reason? other) =>
        other is not null
        && Code == other.Code
        && Text == other.Text
        && Values.Count == other.Values.Count
        && Values.All(v => other.Values.TryGetValue(v.Key, out double value) && value.Equals(v.Value));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Text, Values.Count);

    /// <summary>The English <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
