using System.Reflection;
using System.Text.Json.Serialization;

namespace Engage.Classifier;

/// <summary>
/// The written names of the labels (<c>genuine</c>, <c>low_relevance</c>, <c>spam</c>), read once from the
/// <see cref="JsonStringEnumMemberNameAttribute"/> on each <see cref="CommentLabel"/> member: JSON, the CSV
/// reader and the CLI all take them from there.
/// </summary>
internal static class LabelCodes
{
    private static readonly string[] Codes = Enum.GetValues<CommentLabel>().Select(CodeOf).ToArray();

    /// <summary>All labels' codes, in label order.</summary>
    public static IReadOnlyList<string> All => Codes;

    /// <summary>The written name of <paramref name="label"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="label"/> is not a defined label.</exception>
    public static string Of(CommentLabel label) =>
        (uint)label < (uint)Codes.Length ? Codes[(int)label] : throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown label.");

    /// <summary>The label whose code is <paramref name="code"/>, ignoring case.</summary>
    public static bool TryParse(string code, out CommentLabel label)
    {
        for (int index = 0; index < Codes.Length; index++)
        {
            if (string.Equals(Codes[index], code, StringComparison.OrdinalIgnoreCase))
            {
                label = (CommentLabel)index;
                return true;
            }
        }

        label = default;
        return false;
    }

    private static string CodeOf(CommentLabel label, int index)
    {
        // The array is indexed by the label's value: the members must stay 0, 1, 2, ...
        if ((int)label != index)
        {
            throw new InvalidOperationException($"CommentLabel.{label} has value {(int)label}, expected {index}.");
        }

        return typeof(CommentLabel).GetField(label.ToString(), BindingFlags.Public | BindingFlags.Static)!
            .GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name;
    }
}
