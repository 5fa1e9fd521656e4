using System.Globalization;
using Engage.Classifier.Semantics;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>Which encoder output stands for a token.</summary>
internal enum TokenPosition
{
    /// <summary>The output at the token itself (position 1 of <c>[CLS] t [SEP]</c>).</summary>
    Token,

    /// <summary>The mean of the outputs at the three positions.</summary>
    Averaged,
}

/// <summary>The choices of one distillation; the defaults are the shipped table's (docs/semantics.md says why).</summary>
internal sealed record DistillationSettings
{
    public int Dimensions { get; init; } = 224;

    public TokenPosition Position { get; init; } = TokenPosition.Token;

    /// <summary>The a of the weights a/(a + p).</summary>
    public double SmoothingA { get; init; } = 1e-4;

    /// <summary>
    /// How many common directions of comment embeddings are removed from every token vector (the second step
    /// of Arora et al.'s SIF; linear, so it is folded into the table and costs nothing at run time).
    /// </summary>
    public int CommonComponents { get; init; } = 2;
}

/// <summary>
/// Token vectors after reduction and weighting, in float, before quantization: row t is
/// weight(t) × PCA(encoder output of t). Quantizing gives the <see cref="StaticEmbeddingTable"/> the library ships.
/// </summary>
internal sealed class DistilledEmbeddings
{
    private DistilledEmbeddings(string[] vocabulary, float[][] rows, float[] weights, PrincipalComponents pca, DistillationSettings settings)
    {
        Vocabulary = vocabulary;
        Rows = rows;
        Weights = weights;
        Pca = pca;
        Settings = settings;
    }

    public string[] Vocabulary { get; }

    public float[][] Rows { get; }

    public float[] Weights { get; }

    /// <summary>The reduction, kept to project full-encoder vectors into the same space.</summary>
    public PrincipalComponents Pca { get; }

    public DistillationSettings Settings { get; }

    public int Dimensions => Settings.Dimensions;

    public static DistilledEmbeddings Distill(TokenOutputs outputs, PrincipalComponents pca, float[] weights, DistillationSettings settings, IReadOnlyList<int[]> corpus)
    {
        float[][] source = settings.Position == TokenPosition.Token ? outputs.AtToken : outputs.Averaged;
        var rows = new float[source.Length][];
        for (int t = 0; t < rows.Length; t++)
        {
            float[] projected = pca.Project(source[t], settings.Dimensions);
            for (int d = 0; d < projected.Length; d++)
            {
                projected[d] *= weights[t];
            }

            rows[t] = projected;
        }

        if (settings.CommonComponents > 0)
        {
            RemoveCommonDirections(rows, corpus, settings.CommonComponents);
        }

        return new DistilledEmbeddings(outputs.Vocabulary, rows, weights, pca, settings);
    }

    /// <summary>Removes from every row its projection on the top <paramref name="count"/> directions of the (unit-length) corpus embeddings.</summary>
    private static void RemoveCommonDirections(float[][] rows, IReadOnlyList<int[]> corpus, int count)
    {
        int dimensions = rows[0].Length;
        var sums = new List<float[]>();
        foreach (int[] ids in corpus)
        {
            var sum = new double[dimensions];
            foreach (int id in ids)
            {
                for (int d = 0; d < dimensions; d++)
                {
                    sum[d] += rows[id][d];
                }
            }

            double norm = Math.Sqrt(sum.Sum(v => v * v));
            if (norm > 0)
            {
                sums.Add(sum.Select(v => (float)(v / norm)).ToArray());
            }
        }

        double[][] directions = UncenteredDirections.Top(sums, count);
        foreach (float[] row in rows)
        {
            foreach (double[] u in directions)
            {
                double dot = 0;
                for (int d = 0; d < dimensions; d++)
                {
                    dot += row[d] * u[d];
                }

                for (int d = 0; d < dimensions; d++)
                {
                    row[d] -= (float)(dot * u[d]);
                }
            }
        }
    }

    /// <summary>Magnitude bands of the quantized table: a row in band b has its largest coordinate (relative to that dimension's largest) in (2^-(b+1), 2^-b]; the last band takes the rest.</summary>
    public const int BandCount = 12;

    /// <summary>
    /// int8 with one scale per magnitude band and dimension (the band's largest magnitude in that dimension maps to
    /// 127), weights folded into the values; deterministic (round half away from zero).
    /// </summary>
    public StaticEmbeddingTable Quantize(string description)
    {
        int dimensions = Dimensions;
        var largest = new float[dimensions];
        foreach (float[] row in Rows)
        {
            for (int d = 0; d < dimensions; d++)
            {
                largest[d] = Math.Max(largest[d], Math.Abs(row[d]));
            }
        }

        var bands = new byte[Rows.Length];
        var scales = new float[BandCount * dimensions];
        for (int t = 0; t < Rows.Length; t++)
        {
            float relative = 0;
            for (int d = 0; d < dimensions; d++)
            {
                relative = Math.Max(relative, largest[d] == 0 ? 0 : Math.Abs(Rows[t][d]) / largest[d]);
            }

            int band = relative == 0 ? 0 : Math.Clamp((int)Math.Floor(-Math.Log2(relative)), 0, BandCount - 1);
            bands[t] = (byte)band;
            for (int d = 0; d < dimensions; d++)
            {
                scales[(band * dimensions) + d] = Math.Max(scales[(band * dimensions) + d], Math.Abs(Rows[t][d]) / 127f);
            }
        }

        var values = new sbyte[Rows.Length * dimensions];
        for (int t = 0; t < Rows.Length; t++)
        {
            for (int d = 0; d < dimensions; d++)
            {
                float scale = scales[(bands[t] * dimensions) + d];
                float scaled = scale == 0 ? 0 : Rows[t][d] / scale;
                values[(t * dimensions) + d] = (sbyte)Math.Clamp(MathF.Round(scaled, MidpointRounding.AwayFromZero), -127, 127);
            }
        }

        return new StaticEmbeddingTable(description, Vocabulary, Weights, bands, scales, values);
    }

    /// <summary>The unquantized weighted sum of the rows of <paramref name="ids"/>, to measure what quantization costs.</summary>
    public float[] Sum(ReadOnlySpan<int> ids)
    {
        var sum = new float[Dimensions];
        foreach (int id in ids)
        {
            float[] row = Rows[id];
            for (int d = 0; d < sum.Length; d++)
            {
                sum[d] += row[d];
            }
        }

        return sum;
    }

    public string Describe(TokenFrequencies frequencies) => string.Join(
        '\n',
        $"encoder: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0) from {MiniLmPackage.PackageName}, run with ONNX Runtime",
        $"token vector: {(Settings.Position == TokenPosition.Token ? "output at position 1 of [CLS] t [SEP]" : "mean of the outputs at the three positions of [CLS] t [SEP]")}",
        string.Create(CultureInfo.InvariantCulture, $"reduction: PCA over the {Rows.Length} vocabulary vectors, {Dimensions} of 384 dimensions ({Pca.ExplainedVariance(Dimensions):P1} of the variance)"),
        string.Create(CultureInfo.InvariantCulture, $"weights: a/(a+p), a = {Settings.SmoothingA:G3}, p counted on {frequencies.Texts} texts ({frequencies.Total} tokens): {frequencies.Source}; zero for special tokens"),
        $"common directions removed: {Settings.CommonComponents} (top singular vectors of the weight corpus's embeddings)",
        $"quantization: int8, weights folded into the values, one scale per dimension in each of {BandCount} magnitude bands");
}
