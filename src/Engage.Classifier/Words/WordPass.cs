using System.Numerics;

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
    private readonly int[] _classCounts = new int[sizeof(WordClass) * 8];
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
    public int CountOf(WordClass wordClass) => _classCounts[BitOperations.TrailingZeroCount((uint)wordClass)];

    /// <summary>The <paramref name="index"/>-th word of <paramref name="text"/>, the text this pass was run on.</summary>
    public ReadOnlySpan<char> Word(ReadOnlySpan<char> text, int index) => text.Slice(_starts[index], _lengths[index]);

    /// <summary>Whether the <paramref name="index"/>-th word of <paramref name="text"/> carries topic (<see cref="TopicWords"/>).</summary>
    public bool IsTopic(ReadOnlySpan<char> text, int index) => TopicWords.Is(text.Slice(_starts[index], _lengths[index]), _classes[index]);

    /// <summary>Reads the words of <paramref name="text"/>.</summary>
    public void Run(ReadOnlySpan<char> text)
    {
        Clear();
        int count = 0, characters = 0;
        int[] starts = _starts, lengths = _lengths, classCounts = _classCounts;
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
            for (uint bits = (uint)wordClass; bits != 0; bits &= bits - 1)
            {
                classCounts[BitOperations.TrailingZeroCount(bits)]++;
            }

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
        Array.Clear(_classCounts);
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
