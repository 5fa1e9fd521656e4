namespace Engage.Classifier.TextModel;

/// <summary>
/// The one definition of a comment's text vector, used by training and serving alike: each bucket's value is
/// its occurrence count scaled by <see cref="Scale"/>, so a linear model's score is the sum of the weights of
/// the occurrences times that scale (<see cref="LinearTextModel.Score"/>).
/// </summary>
internal static class TextVector
{
    /// <summary>1 / sqrt(total occurrences): long comments do not score higher for being long.</summary>
    public static float Scale(int occurrences) => occurrences == 0 ? 0 : 1f / MathF.Sqrt(occurrences);

    /// <summary>The sparse vector ML.NET trains on: the distinct buckets in ascending order and their values.</summary>
    public static (int[] Indices, float[] Values) Sparse(ReadOnlySpan<int> occurrences)
    {
        int[] sorted = occurrences.ToArray();
        Array.Sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                distinct++;
            }
        }

        var indices = new int[distinct];
        var values = new float[distinct];
        int at = -1;
        for (int i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                indices[++at] = sorted[i];
            }

            values[at] += 1;
        }

        float scale = Scale(sorted.Length);
        for (int i = 0; i < values.Length; i++)
        {
            values[i] *= scale;
        }

        return (indices, values);
    }
}
