namespace Engage.Classifier.Words;

/// <summary>
/// A small open-addressing multiset of 64-bit hashes, cleared in O(1) by a generation stamp.
/// Used to count distinct words per comment without allocating.
/// </summary>
internal sealed class HashCounter
{
    private ulong[] _keys = new ulong[512];
    private int[] _counts = new int[512];
    private int[] _stamps = new int[512];
    private int[] _order = new int[512];
    private int _generation = 1;

    public int Distinct { get; private set; }

    public void Clear()
    {
        Distinct = 0;
        if (++_generation == int.MaxValue)
        {
            Array.Clear(_stamps);
            _generation = 1;
        }
    }

    /// <summary>Adds one occurrence and returns the new count of <paramref name="key"/>.</summary>
    public int Add(ulong key)
    {
        if (Distinct * 2 >= _keys.Length)
        {
            Grow();
        }

        int mask = _keys.Length - 1;
        int slot = (int)(key ^ (key >> 29)) & mask;
        while (_stamps[slot] == _generation)
        {
            if (_keys[slot] == key)
            {
                return ++_counts[slot];
            }

            slot = (slot + 1) & mask;
        }

        _stamps[slot] = _generation;
        _keys[slot] = key;
        _counts[slot] = 1;
        _order[Distinct++] = slot;
        return 1;
    }

    public ulong KeyAt(int index) => _keys[_order[index]];

    public int CountAt(int index) => _counts[_order[index]];

    private void Grow()
    {
        var keys = new List<(ulong Key, int Count)>(Distinct);
        for (int i = 0; i < Distinct; i++)
        {
            keys.Add((KeyAt(i), CountAt(i)));
        }

        int size = _keys.Length * 2;
        _keys = new ulong[size];
        _counts = new int[size];
        _stamps = new int[size];
        _order = new int[size];
        _generation = 1;
        Distinct = 0;
        foreach (var (key, count) in keys)
        {
            Add(key);
            _counts[_order[Distinct - 1]] = count;
        }
    }
}
