using Engage.Classifier.Semantics;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// How often each WordPiece token occurs in a comment corpus (tokenized exactly as at run time), and the
/// smooth inverse frequency weights a/(a + p) derived from it (Arora, Liang and Ma, "A Simple but
/// Tough-to-Beat Baseline for Sentence Embeddings", ICLR 2017). Only counts leave the corpus; no text.
/// </summary>
internal sealed class TokenFrequencies
{
    private TokenFrequencies(long[] counts, long total, int texts, string source)
    {
        Counts = counts;
        Total = total;
        Texts = texts;
        Source = source;
    }

    public long[] Counts { get; }

    public long Total { get; }

    public int Texts { get; }

    /// <summary>Which corpora were counted, for the table's description.</summary>
    public string Source { get; }

    /// <summary>Tokenizes texts as the library does at run time (normalized, then WordPiece).</summary>
    public static int[][] Tokenize(IEnumerable<string> texts, WordPieceTokenizer tokenizer) =>
        texts.Select(text => tokenizer.Tokenize(SemanticText.Normalize(text))).ToArray();

    public static TokenFrequencies Count(IReadOnlyList<int[]> documents, int vocabularySize, string source)
    {
        var counts = new long[vocabularySize];
        long total = 0;
        foreach (int[] ids in documents)
        {
            foreach (int id in ids)
            {
                counts[id]++;
                total++;
            }
        }

        return new TokenFrequencies(counts, total, documents.Count, source);
    }

    /// <summary>a/(a + p) for every token, p its share of all counted tokens; zero for special tokens.</summary>
    public float[] SmoothInverseWeights(double a, IReadOnlyList<string> vocabulary)
    {
        var weights = new float[Counts.Length];
        for (int id = 0; id < weights.Length; id++)
        {
            double p = Total == 0 ? 0 : Counts[id] / (double)Total;
            weights[id] = IsSpecial(vocabulary[id]) ? 0f : (float)(a / (a + p));
        }

        return weights;
    }

    /// <summary>[PAD], [UNK], [CLS], [SEP], [MASK] and [unusedN]: never a word of the text.</summary>
    public static bool IsSpecial(string token) => token.Length > 2 && token[0] == '[' && token[^1] == ']';
}
