using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Engage.Classifier.TextModel;

/// <summary>
/// The two logistic-regression text models (spam vs. rest, filler vs. genuine) over hashed n-grams,
/// with their weights interleaved so one memory access serves both. The text vector is defined by
/// <see cref="TextVector"/>, so a score is the sum of the occurrences' weights times its scale. Training scores
/// its out-of-fold rows with this same type, so training and serving cannot drift apart.
/// </summary>
internal sealed class LinearTextModel
{
    private readonly float[] _weights;

    public LinearTextModel(float[] spamWeights, float spamBias, float[]? fillerWeights, float fillerBias)
    {
        if (spamWeights.Length != HashedGrams.Dimension || (fillerWeights is not null && fillerWeights.Length != HashedGrams.Dimension))
        {
            throw new ArgumentException("Text model weights do not match the hashed feature dimension.");
        }

        _weights = new float[2 * HashedGrams.Dimension];
        for (int i = 0; i < spamWeights.Length; i++)
        {
            _weights[2 * i] = spamWeights[i];
            _weights[(2 * i) + 1] = fillerWeights?[i] ?? 0f;
        }

        SpamBias = spamBias;
        FillerBias = fillerBias;
        HasFiller = fillerWeights is not null;
    }

    public float SpamBias { get; }

    public float FillerBias { get; }

    public bool HasFiller { get; }

    public float SpamWeight(int index) => _weights[2 * index];

    public float FillerWeight(int index) => _weights[(2 * index) + 1];

    /// <summary>Both models' scores (log-odds) of the comment whose hashed n-gram occurrences are <paramref name="indices"/>.</summary>
    /// <remarks>
    /// Summed in double and scaled once: the order of a float sum would otherwise show in the last digits. Each
    /// occurrence's two weights are read as one pair and widened to doubles together; four running sums, added together
    /// at the end in a fixed order, let the additions overlap instead of each waiting for the one before. Every index is
    /// masked into the table, so a bucket from outside it reads a wrong weight, never memory outside the table.
    /// </remarks>
    public (float Spam, float Filler) Score(ReadOnlySpan<int> indices)
    {
        if (indices.IsEmpty)
        {
            return (SpamBias, FillerBias);
        }

        ref float weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        Vector128<double> first = default, second = default, third = default, fourth = default;
        int at = 0;
        for (; at + 4 <= indices.Length; at += 4)
        {
            first += WeightPair(ref weights, indices[at]);
            second += WeightPair(ref weights, indices[at + 1]);
            third += WeightPair(ref weights, indices[at + 2]);
            fourth += WeightPair(ref weights, indices[at + 3]);
        }

        for (; at < indices.Length; at++)
        {
            first += WeightPair(ref weights, indices[at]);
        }

        Vector128<double> sum = (first + second) + (third + fourth);
        double scale = TextVector.Scale(indices.Length);
        return ((float)((sum.GetElement(0) * scale) + SpamBias), (float)((sum.GetElement(1) * scale) + FillerBias));
    }

    /// <summary>The spam and filler weights of one bucket, as two doubles.</summary>
    private static Vector128<double> WeightPair(ref float weights, int index)
    {
        ref byte pair = ref Unsafe.As<float, byte>(ref Unsafe.Add(ref weights, 2 * (index & (HashedGrams.Dimension - 1))));
        return Vector128.WidenLower(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<long>(ref pair)).AsSingle());
    }
}
