using System.Runtime.CompilerServices;

namespace Engage.Classifier.Words;

/// <summary>
/// An immutable lookup from <see cref="WordHash"/> to what a lexicon knows of the word, for the per-word lookups of the
/// featurizer: open addressing in one array of key and value side by side, at most half full, behind a 4 KB bitmap of
/// the slots a finer table would fill, so a word the lexicon does not know (most words) is usually turned away by one
/// multiply and one read that stays in the first-level cache. Answers exactly as the dictionary it is built from (the
/// value, or the default for a hash not in it). Hash 0 marks an empty slot, so no word may hash to 0.
/// </summary>
/// <typeparam name="TValue">What is stored per word.</typeparam>
internal sealed class WordHashTable<TValue>
    where TValue : struct
{
    /// <summary>2^64 divided by the golden ratio: multiplying by it spreads FNV hashes, whose low bits mix poorly, over the slots.</summary>
    private const ulong Spread = 0x9E3779B97F4A7C15UL;

    /// <summary>Bits of the presence bitmap's index: 2^15 bits, 4 KB.</summary>
    private const int FilterBits = 15;

    private readonly ulong[] _filter = new ulong[(1 << FilterBits) / 64];
    private readonly Entry[] _entries;
    private readonly int _shift;
    private readonly int _mask;

    /// <exception cref="ArgumentException">A word of <paramref name="words"/> hashes to 0.</exception>
    public WordHashTable(IReadOnlyDictionary<ulong, TValue> words)
    {
        int bits = 4;
        while ((1 << bits) < 2 * words.Count)
        {
            bits++;
        }

        _entries = new Entry[1 << bits];
        _shift = 64 - bits;
        _mask = (1 << bits) - 1;
        foreach ((ulong key, TValue value) in words)
        {
            if (key == 0)
            {
                throw new ArgumentException("A word hashes to 0, which marks an empty slot.", nameof(words));
            }

            int slot = SlotOf(key);
            while (_entries[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _entries[slot] = new Entry(key, value);
            int bit = FilterBitOf(key);
            _filter[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>What is stored for <paramref name="hash"/>, or the default when the word is not in the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TValue Get(ulong hash)
    {
        int bit = FilterBitOf(hash);
        return (_filter[bit >> 6] & (1UL << bit)) == 0 ? default : Find(hash);
    }

    private TValue Find(ulong hash)
    {
        Entry[] entries = _entries;
        int slot = SlotOf(hash);
        while (true)
        {
            Entry entry = entries[slot];
            if (entry.Key == hash)
            {
                // An empty slot's value is the default, so hash 0 (never stored) is answered correctly too.
                return entry.Value;
            }

            if (entry.Key == 0)
            {
                return default;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int SlotOf(ulong hash) => (int)((hash * Spread) >> _shift);

    private static int FilterBitOf(ulong hash) => (int)((hash * Spread) >> (64 - FilterBits));

    private readonly record struct Entry(ulong Key, TValue Value);
}
