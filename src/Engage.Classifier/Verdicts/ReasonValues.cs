using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Engage.Classifier.Verdicts;

/// <summary>
/// The one to three named numbers of a <see cref="Reason"/>, in the order the text shows them: an array searched in
/// order, which costs a fraction of a dictionary's allocation on every explained verdict. Read-only.
/// </summary>
internal sealed class ReasonValues(KeyValuePair<string, double>[] values) : IReadOnlyDictionary<string, double>
{
    public int Count => values.Length;

    public IEnumerable<string> Keys => values.Select(v => v.Key);

    public IEnumerable<double> Values => values.Select(v => v.Value);

    public double this[string key] => TryGetValue(key, out double value) ? value : throw new KeyNotFoundException($"The reason has no value '{key}'.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out double value)
    {
        foreach (var (name, number) in values)
        {
            if (string.Equals(name, key, StringComparison.Ordinal))
            {
                value = number;
                return true;
            }
        }

        value = 0;
        return false;
    }

    public IEnumerator<KeyValuePair<string, double>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, double>>)values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
