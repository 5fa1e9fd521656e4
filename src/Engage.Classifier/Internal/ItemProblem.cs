using System.Runtime.CompilerServices;

namespace Engage.Classifier;

/// <summary>
/// The problem text of <see cref="Guard.ValidItem(bool, long, string?, ref ItemProblem)"/>, formatted only when the item
/// is invalid: a check run on every item of a batch costs no string for the items that pass.
/// </summary>
[InterpolatedStringHandler]
internal ref struct ItemProblem
{
    private DefaultInterpolatedStringHandler _text;

    /// <summary>Starts the text when <paramref name="valid"/> is <see langword="false"/>; otherwise nothing is appended.</summary>
    public ItemProblem(int literalLength, int formattedCount, bool valid, out bool shouldAppend)
    {
        shouldAppend = !valid;
        _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    /// <summary>The formatted text (empty for a valid item).</summary>
    public string ToStringAndClear() => _text.ToStringAndClear();
}
