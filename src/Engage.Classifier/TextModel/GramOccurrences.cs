namespace Engage.Classifier.TextModel;

/// <summary>The hashed n-gram buckets of one comment, one entry per occurrence (repeats count). Reused per thread.</summary>
internal sealed class GramOccurrences
{
    private int[] _buckets = new int[2048];
    private ulong[] _salted = new ulong[2048];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Buckets => _buckets.AsSpan(0, Count);

    /// <summary>Empties the list and returns room for at most <paramref name="capacity"/> buckets; <see cref="Commit"/> says how many were written.</summary>
    public Span<int> Reserve(int capacity)
    {
        Count = 0;
        if (_buckets.Length < capacity)
        {
            _buckets = new int[Math.Max(capacity, _buckets.Length * 2)];
        }

        return _buckets;
    }

    public void Commit(int count) => Count = count;

    /// <summary>Scratch room for at most <paramref name="capacity"/> salted hashes, from which the buckets are computed.</summary>
    public Span<ulong> Salted(int capacity)
    {
        if (_salted.Length < capacity)
        {
            _salted = new ulong[Math.Max(capacity, _salted.Length * 2)];
        }

        return _salted;
    }
}
