using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Engage.Classifier.Words;

/// <summary>
/// The one pass over a text's words that every signal family and the hashed n-grams read: each word's place,
/// hash and <see cref="WordClass"/>, in text order, and how many distinct words there are. Reused by one thread
/// at a time; <see cref="Run"/> replaces what it held. Allocation-free once its buffers have grown.
/// </summary>
internal sealed class WordPass
{
    private const int InitialCapacity = 512;

    private readonly HashCounter _distinct = new();
    private int[] _starts = new int[InitialCapacity];
    private int[] _lengths = new int[InitialCapacity];
    private ulong[] _hashes = new ulong[InitialCapacity];
    private WordClass[] _classes = new WordClass[InitialCapacity];
    private PayloadFacts[] _payload = new PayloadFacts[InitialCapacity];

    /// <summary>Number of words.</summary>
    public int Count { get; private set; }

    /// <summary>Characters in all words together.</summary>
    public int Characters { get; private set; }

    /// <summary>Number of different words (compared by <see cref="WordHash"/>).</summary>
    public int Distinct => _distinct.Distinct;

    public ReadOnlySpan<int> Starts => _starts.AsSpan(0, Count);

    public ReadOnlySpan<int> Lengths => _lengths.AsSpan(0, Count);

    public ReadOnlySpan<ulong> Hashes => _hashes.AsSpan(0, Count);

    public ReadOnlySpan<WordClass> Classes => _classes.AsSpan(0, Count);

    /// <summary>What <see cref="PayloadLexicon"/> knows of each word (read in the same lookup as its class).</summary>
    public ReadOnlySpan<PayloadFacts> Payload => _payload.AsSpan(0, Count);

    /// <summary>How many words are of <paramref name="wordClass"/> (a single class, not a combination).</summary>
    /// <remarks>Counted when asked, sixteen words at a time: a few families ask, and counting while reading would cost every word a loop.</remarks>
    public int CountOf(WordClass wordClass)
    {
        ReadOnlySpan<ushort> classes = MemoryMarshal.Cast<WordClass, ushort>(Classes);
        int count = 0, i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<ushort> bit = Vector256.Create((ushort)wordClass);
            for (; i + Vector256<ushort>.Count <= classes.Length; i += Vector256<ushort>.Count)
            {
                Vector256<ushort> has = Vector256.Equals(Vector256.Create(classes.Slice(i, Vector256<ushort>.Count)) & bit, bit);
                count += BitOperations.PopCount(has.ExtractMostSignificantBits());
            }
        }

        for (; i < classes.Length; i++)
        {
            count += (classes[i] & (ushort)wordClass) != 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>The <paramref name="index"/>-th word of <paramref name="text"/>, the text this pass was run on.</summary>
    public ReadOnlySpan<char> Word(ReadOnlySpan<char> text, int index) => text.Slice(_starts[index], _lengths[index]);

    /// <summary>Whether the <paramref name="index"/>-th word of <paramref name="text"/> carries topic (<see cref="TopicWords"/>).</summary>
    public bool IsTopic(ReadOnlySpan<char> text, int index) => TopicWords.Is(text.Slice(_starts[index], _lengths[index]), _classes[index]);

    /// <summary>Reads the words of <paramref name="text"/>.</summary>
    public void Run(ReadOnlySpan<char> text)
    {
        Clear();
        int count = 0, characters = 0;
        int[] starts = _starts, lengths = _lengths;
        ulong[] hashes = _hashes;
        WordClass[] classes = _classes;
        PayloadFacts[] payload = _payload;
        var tokenizer = new WordTokenizer(text);
        while (tokenizer.MoveNext())
        {
            if (count == hashes.Length)
            {
                Grow();
                (starts, lengths, hashes, classes, payload) = (_starts, _lengths, _hashes, _classes, _payload);
            }

            ReadOnlySpan<char> word = tokenizer.Current;
            ulong hash = tokenizer.Hash;
            WordFacts facts = KnownWords.Of(hash);
            WordClass wordClass = facts.Class;
            starts[count] = tokenizer.Start;
            lengths[count] = word.Length;
            hashes[count] = hash;
            classes[count] = wordClass;
            payload[count] = facts.Payload;
            _distinct.Add(hash);
            characters += word.Length;
            count++;
        }

        Count = count;
        Characters = characters;
    }

    /// <summary>Empties the pass, as for a text without words.</summary>
    public void Clear()
    {
        Count = 0;
        Characters = 0;
        _distinct.Clear();
    }

    private void Grow()
    {
        int size = _hashes.Length * 2;
        Array.Resize(ref _starts, size);
        Array.Resize(ref _lengths, size);
        Array.Resize(ref _hashes, size);
        Array.Resize(ref _classes, size);
        Array.Resize(ref _payload, size);
    }
}
