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

    /// <summary>The <paramref name="index"/>-th word of <paramref name="text"/>, the text this pass was run on.</summary>
    public ReadOnlySpan<char> Word(ReadOnlySpan<char> text, int index) => text.Slice(_starts[index], _lengths[index]);

    /// <summary>Reads the words of <paramref name="text"/>.</summary>
    public void Run(ReadOnlySpan<char> text)
    {
        Count = 0;
        Characters = 0;
        _distinct.Clear();
        var tokenizer = new WordTokenizer(text);
        while (tokenizer.MoveNext())
        {
            if (Count == _hashes.Length)
            {
                Grow();
            }

            ulong hash = WordHash.Of(tokenizer.Current);
            _starts[Count] = tokenizer.Start;
            _lengths[Count] = tokenizer.Length;
            _hashes[Count] = hash;
            _classes[Count] = Lexicons.Classify(hash);
            _distinct.Add(hash);
            Characters += tokenizer.Length;
            Count++;
        }
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
    }
}
