namespace Engage.Classifier.TextModel;

/// <summary>The hashed n-gram buckets of one comment, one entry per occurrence (repeats count). Reused per thread.</summary>
internal sealed class GramOccurrences
{
    private int[] _buckets = new int[2048];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Buckets => _buckets.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(int bucket)
    {
        if (Count == _buckets.Length)
        {
            Array.Resize(ref _buckets, _buckets.Length * 2);
        }

        _buckets[Count++] = bucket;
    }
}
