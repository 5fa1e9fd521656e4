namespace Engage.Classifier.Words;

/// <summary>
/// A small open-addressing multiset of 64-bit hashes, cleared in O(1) by a generation stamp.
/// Used to count distinct words per comment without allocating. Keys are listed in the order they were first added.
/// </summary>
internal sealed class HashCounter
{
    private const int InitialBits = 9;

    /// <summary>2^64 divided by the golden ratio: multiplying by it spreads FNV hashes, whose low bits mix poorly, over the slots.</summary>
    private const ulong Spread = 0x9E3779B97F4A7C15UL;

    private Slot[] _slots = new Slot[1 << InitialBits];
    private int[] _order = new int[1 << InitialBits];
    private int _shift = 64 - InitialBits;
    private int _generation = 1;

    public int Distinct { get; private set; }

    public void Clear()
    {
        Distinct = 0;
        if (++_generation == int.MaxValue)
        {
            Array.Clear(_slots);
            _generation = 1;
        }
    }

    /// <summary>Adds one occurrence and returns the new count of <paramref name="key"/>.</summary>
    public int Add(ulong key)
    {
        if (Distinct * 2 >= _slots.Length)
        {
            Grow();
        }

        Slot[] slots = _slots;
        int mask = slots.Length - 1;
        int generation = _generation;
        int at = (int)((key * Spread) >> _shift);
        while (slots[at].Stamp == generation)
        {
            if (slots[at].Key == key)
            {
                return ++slots[at].Count;
            }

            at = (at + 1) & mask;
        }

        slots[at] = new Slot { Key = key, Stamp = generation, Count = 1 };
        _order[Distinct++] = at;
        return 1;
    }

    public ulong KeyAt(int index) => _slots[_order[index]].Key;

    public int CountAt(int index) => _slots[_order[index]].Count;

    private void Grow()
    {
        var keys = new List<(ulong Key, int Count)>(Distinct);
        for (int i = 0; i < Distinct; i++)
        {
            keys.Add((KeyAt(i), CountAt(i)));
        }

        int size = _slots.Length * 2;
        _slots = new Slot[size];
        _order = new int[size];
        _shift--;
        _generation = 1;
        Distinct = 0;
        foreach (var (key, count) in keys)
        {
            Add(key);
            _slots[_order[Distinct - 1]].Count = count;
        }
    }

    /// <summary>One slot: a key, the generation that filled it (an older one means empty), and its count.</summary>
    private struct Slot
    {
        public ulong Key;
        public int Stamp;
        public int Count;
    }
}
