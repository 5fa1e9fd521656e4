using System.Numerics.Tensors;

namespace Engage.Classifier.Semantics;

/// <summary>
/// The similarity rule for static embeddings, in one place: the cosine of two weighted token-vector sums.
/// Texts about the same thing score high even without a shared word ("streaming stutters every evening"
/// under "Fixing slow Wi-Fi at home"); unrelated texts score near zero.
/// </summary>
internal static class SemanticRelevance
{
    /// <summary>
    /// Cosine of <paramref name="a"/> and <paramref name="b"/>, in [-1, 1]; 0 when either is all zeros (a text
    /// with no known token, such as only emoji, is neither similar nor dissimilar).
    /// </summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => Cosine(a, Norm(a), b, Norm(b));

    /// <summary>
    /// <see cref="Cosine(ReadOnlySpan{float}, ReadOnlySpan{float})"/> with the norms (<see cref="Norm"/>) already known,
    /// so a vector compared with several others is measured once; the same bits as computing them here.
    /// </summary>
    public static float Cosine(ReadOnlySpan<float> a, float normA, ReadOnlySpan<float> b, float normB)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"Vectors of {a.Length} and {b.Length} dimensions cannot be compared.", nameof(b));
        }

        if (normA == 0 || normB == 0)
        {
            return 0;
        }

        return Math.Clamp(TensorPrimitives.Dot(a, b) / (normA * normB), -1f, 1f);
    }

    /// <summary>The Euclidean norm of a vector, as <see cref="Cosine(ReadOnlySpan{float}, float, ReadOnlySpan{float}, float)"/> expects it.</summary>
    public static float Norm(ReadOnlySpan<float> vector) => TensorPrimitives.Norm(vector);
}
