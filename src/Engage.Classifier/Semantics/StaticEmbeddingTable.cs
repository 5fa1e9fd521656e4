namespace Engage.Classifier.Semantics;

/// <summary>
/// The distilled static embeddings: one quantized vector per WordPiece vocabulary entry, with the
/// vocabulary itself (row <c>i</c> belongs to line <c>i</c> of <see cref="Vocabulary"/>). Immutable and
/// thread-safe once built; made by the maintainer command <c>distill-embeddings</c> (Engage.Classifier.Tools)
/// and stored in the format of <see cref="StaticEmbeddingFormat"/>.
/// </summary>
/// <remarks>
/// Row <c>t</c> stands for the weighted vector <c>Scales[Bands[t] * Dimensions + d] * Values[t * Dimensions + d]</c>,
/// d = 0 .. Dimensions - 1. The row's frequency weight is folded into its int8 values, and rows are grouped in
/// <see cref="BandCount"/> bands of similar magnitude with one scale per band and dimension, so that a heavily
/// damped frequent token keeps as many significant levels as a rare one. The weighted sum of a text's token
/// vectors is then an exact integer sum of rows per band followed by one multiply-add per band and dimension,
/// in a fixed order, so the same text always gives the same bits. <see cref="Weights"/> keeps the weights
/// alone, to tell how much weighted content a text had.
/// </remarks>
internal sealed class StaticEmbeddingTable
{
    private readonly Lazy<string[]> _vocabulary;

    /// <summary>Builds a table from its vocabulary entries (none empty or holding a line break).</summary>
    public StaticEmbeddingTable(string description, string[] vocabulary, float[] weights, byte[] bands, float[] scales, sbyte[] values)
        : this(description, VocabularyTextOf(vocabulary), weights, bands, scales, values)
    {
    }

    /// <summary>Builds a table from its vocabulary as text: one entry per line, each line ended by "\n".</summary>
    public StaticEmbeddingTable(string description, string vocabularyText, float[] weights, byte[] bands, float[] scales, sbyte[] values)
    {
        Guard.NotNull(description);
        Guard.NotNull(vocabularyText);
        Guard.NotNull(weights);
        Guard.NotNull(bands);
        Guard.NotNull(scales);
        Guard.NotNull(values);
        int rows = vocabularyText.AsSpan().Count('\n');
        if (rows == 0 || vocabularyText[^1] != '\n' || vocabularyText.Contains("\n\n", StringComparison.Ordinal) || vocabularyText[0] == '\n')
        {
            throw new ArgumentException("The vocabulary needs at least one entry, one non-empty entry per line, each line ended by a line feed.", nameof(vocabularyText));
        }

        if (weights.Length != rows || bands.Length != rows)
        {
            throw new ArgumentException($"Weights ({weights.Length}) and bands ({bands.Length}) need one entry per vocabulary row ({rows}).", nameof(weights));
        }

        if (values.Length == 0 || values.Length % rows != 0)
        {
            throw new ArgumentException($"Values ({values.Length}) must hold the same positive number of dimensions for each of the {rows} rows.", nameof(values));
        }

        int dimensions = values.Length / rows;
        if (scales.Length == 0 || scales.Length % dimensions != 0)
        {
            throw new ArgumentException($"Scales ({scales.Length}) must hold {dimensions} values per band.", nameof(scales));
        }

        int bandCount = scales.Length / dimensions;
        if (bands.Any(b => b >= bandCount))
        {
            throw new ArgumentException($"A row names a band beyond the {bandCount} that have scales.", nameof(bands));
        }

        Description = description;
        VocabularyText = vocabularyText;
        Rows = rows;
        _vocabulary = new Lazy<string[]>(() => vocabularyText[..^1].Split('\n'));
        Weights = weights;
        Bands = bands;
        Scales = scales;
        Values = values;
        Dimensions = dimensions;
        BandCount = bandCount;
    }

    /// <summary>Where the table came from: the encoder, the reduction, the weighting and the quantization (one line each).</summary>
    public string Description { get; }

    /// <summary>The WordPiece vocabulary as text, one entry per line in vocab.txt order (what the tokenizer loads).</summary>
    public string VocabularyText { get; }

    /// <summary>The WordPiece vocabulary entries (continuation pieces keep their "##" prefix); split on first use.</summary>
    public string[] Vocabulary => _vocabulary.Value;

    /// <summary>Frequency weight a/(a+p) of each row; zero for special tokens.</summary>
    public float[] Weights { get; }

    /// <summary>The magnitude band of each row.</summary>
    public byte[] Bands { get; }

    /// <summary>Dequantization scale of each band and dimension, band after band.</summary>
    public float[] Scales { get; }

    /// <summary>Quantized weighted values, row after row.</summary>
    public sbyte[] Values { get; }

    public int Dimensions { get; }

    public int BandCount { get; }

    public int Rows { get; }

    private static string VocabularyTextOf(string[] vocabulary)
    {
        Guard.NotNull(vocabulary);
        if (vocabulary.Any(token => token.Length == 0 || token.Contains('\n', StringComparison.Ordinal) || token.Contains('\r', StringComparison.Ordinal)))
        {
            throw new ArgumentException("A vocabulary entry is empty or holds a line break.", nameof(vocabulary));
        }

        return string.Concat(vocabulary.Select(token => token + "\n"));
    }

    /// <summary>The dequantized weighted vector of one row (for tests and tools; serving sums rows in integers).</summary>
    public float[] Vector(int id)
    {
        var vector = new float[Dimensions];
        int band = Bands[id] * Dimensions;
        for (int d = 0; d < vector.Length; d++)
        {
            vector[d] = Scales[band + d] * Values[(id * Dimensions) + d];
        }

        return vector;
    }
}
