using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Engage.Classifier.Semantics;

/// <summary>
/// Turns text into a static embedding: the frequency-weighted sum of the distilled vectors of its
/// WordPiece tokens (Model2Vec-style; see <see cref="StaticEmbeddingTable"/>). No neural network runs
/// here: tokenizing and summing table rows costs about a microsecond for a medium comment. Immutable
/// and thread-safe; <see cref="Default"/> loads the embedded table once, on first use.
/// </summary>
internal sealed class TextEmbedder
{
    /// <summary>Manifest name of the embedded table (see the library's project file).</summary>
    public const string ResourceName = "Engage.Classifier.Semantics.static-embeddings.bin";

    /// <summary>Rows summed in 16-bit lanes before they are scaled into the float result: at most 258 × 127 fits below 32,767.</summary>
    private const int RowsPerGroup = 128;

    private static readonly Lazy<TextEmbedder> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    public TextEmbedder(StaticEmbeddingTable table)
    {
        Table = Guard.NotNull(table);
        Tokenizer = WordPieceTokenizer.Create(table.VocabularyText);
    }

    /// <summary>The embedder over the table embedded in the library, loaded on first use.</summary>
    public static TextEmbedder Default => DefaultInstance.Value;

    /// <summary>
    /// Starts loading <see cref="Default"/> on a thread-pool thread and returns at once, so that a caller who loads
    /// a classifier can overlap the table, the tokenizer and their first-use compilation with its own work; a first
    /// use before it finishes waits for the same load (never a second one).
    /// </summary>
    public static void PreloadDefault()
    {
        if (DefaultInstance.IsValueCreated)
        {
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(static _ => Warm(), null);
    }

    private static void Warm()
    {
        try
        {
            _ = DefaultInstance.Value.Embed("warm up");
        }
        catch (InvalidOperationException)
        {
            // A missing table: the lazy value keeps the exception and throws it to the first real use, on the caller's thread.
        }
        catch (InvalidDataException)
        {
            // A damaged table: likewise thrown again at the first real use.
        }
    }

    public StaticEmbeddingTable Table { get; }

    public WordPieceTokenizer Tokenizer { get; }

    public int Dimensions => Table.Dimensions;

    /// <summary>Loads the embedded table; a missing or damaged resource is a broken package, so it throws.</summary>
    public static StaticEmbeddingTable LoadEmbeddedTable()
    {
        using Stream stream = typeof(TextEmbedder).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The static embedding table '{ResourceName}' is not embedded in this build of Engage.Classifier; rebuild it with the Tools command distill-embeddings.");
        return StaticEmbeddingFormat.Read(stream);
    }

    /// <summary>The weighted sum of the token vectors of <paramref name="text"/> (not normalized), as a new array.</summary>
    public float[] Embed(ReadOnlySpan<char> text)
    {
        var vector = new float[Dimensions];
        Embed(text, vector);
        return vector;
    }

    /// <summary>
    /// Writes the weighted sum of the token vectors of <paramref name="text"/> into <paramref name="destination"/>
    /// (length <see cref="Dimensions"/>; all zeros for text without known tokens). Allocates nothing once the
    /// text's chunks are in the tokenizer's cache.
    /// </summary>
    public EmbeddingSummary Embed(ReadOnlySpan<char> text, Span<float> destination)
    {
        if (destination.Length != Dimensions)
        {
            throw new ArgumentException($"The destination holds {destination.Length} values; the table has {Dimensions} dimensions.", nameof(destination));
        }

        destination.Clear();
        Span<int> group = stackalloc int[RowsPerGroup];
        int pending = 0;
        int tokens = 0;
        float weight = 0;
        float[] weights = Table.Weights;
        int position = 0;
        for (ReadOnlySpan<char> chunk = WordPieceTokenizer.NextChunk(text, ref position); !chunk.IsEmpty; chunk = WordPieceTokenizer.NextChunk(text, ref position))
        {
            foreach (int id in Tokenizer.PiecesOf(chunk))
            {
                tokens++;
                weight += weights[id];
                group[pending++] = id;
                if (pending == RowsPerGroup)
                {
                    AddGroup(group, destination);
                    pending = 0;
                }
            }
        }

        AddGroup(group[..pending], destination);
        return new EmbeddingSummary(tokens, weight);
    }

    /// <summary>Sorts a group of ids by band (counting sort) and adds each band's rows, scaled, into <paramref name="destination"/>.</summary>
    private void AddGroup(ReadOnlySpan<int> ids, Span<float> destination)
    {
        if (ids.IsEmpty)
        {
            return;
        }

        byte[] bands = Table.Bands;
        Span<int> starts = stackalloc int[StaticEmbeddingFormat.MaxBands + 1];
        starts.Clear();
        foreach (int id in ids)
        {
            starts[bands[id] + 1]++;
        }

        for (int band = 0; band < Table.BandCount; band++)
        {
            starts[band + 1] += starts[band];
        }

        Span<int> sorted = stackalloc int[ids.Length];
        Span<int> next = stackalloc int[StaticEmbeddingFormat.MaxBands];
        starts[..Table.BandCount].CopyTo(next);
        foreach (int id in ids)
        {
            sorted[next[bands[id]]++] = id;
        }

        for (int band = 0; band < Table.BandCount; band++)
        {
            if (starts[band + 1] > starts[band])
            {
                AddRows(sorted[starts[band]..starts[band + 1]], Table.Scales.AsSpan(band * Dimensions, Dimensions), destination);
            }
        }
    }

    /// <summary>
    /// Adds the rows of <paramref name="ids"/> (one band, at most <see cref="RowsPerGroup"/>) into <paramref name="destination"/>:
    /// an exact integer sum per dimension, then one multiply-add by the band's scale.
    /// </summary>
    private void AddRows(ReadOnlySpan<int> ids, ReadOnlySpan<float> scales, Span<float> destination)
    {
        int dimensions = Dimensions;
        ref sbyte values = ref MemoryMarshal.GetArrayDataReference(Table.Values);
        int d = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // 32 dimensions at a time, summed over all rows in two registers of 16-bit lanes.
            for (; d <= dimensions - Vector256<sbyte>.Count; d += Vector256<sbyte>.Count)
            {
                Vector256<short> low = Vector256<short>.Zero;
                Vector256<short> high = Vector256<short>.Zero;
                foreach (int id in ids)
                {
                    (Vector256<short> lower, Vector256<short> upper) = Vector256.Widen(Vector256.LoadUnsafe(ref values, (nuint)((id * dimensions) + d)));
                    low += lower;
                    high += upper;
                }

                AddScaled(low, scales[d..], destination[d..]);
                AddScaled(high, scales[(d + Vector256<short>.Count)..], destination[(d + Vector256<short>.Count)..]);
            }
        }

        for (; d < dimensions; d++)
        {
            int sum = 0;
            foreach (int id in ids)
            {
                sum += Unsafe.Add(ref values, (id * dimensions) + d);
            }

            destination[d] += sum * scales[d];
        }
    }

    /// <summary>destination[0..16] += scales[0..16] × sums.</summary>
    private static void AddScaled(Vector256<short> sums, ReadOnlySpan<float> scales, Span<float> destination)
    {
        (Vector256<int> lower, Vector256<int> upper) = Vector256.Widen(sums);
        int half = Vector256<int>.Count;
        (Vector256.Create(destination) + (Vector256.ConvertToSingle(lower) * Vector256.Create(scales))).CopyTo(destination);
        (Vector256.Create(destination[half..]) + (Vector256.ConvertToSingle(upper) * Vector256.Create(scales[half..]))).CopyTo(destination[half..]);
    }

    private static TextEmbedder LoadDefault() => new(LoadEmbeddedTable());
}
