using Engage.Classifier.Features;
using Microsoft.ML.Data;

namespace Engage.Classifier.Training;

/// <summary>One labeled comment after featurization: its dense signals and its sparse text vector.</summary>
internal sealed class FeaturizedComment
{
    private FeaturizedComment(float[] dense, int[] textIndices, float[] textValues, CommentLabel label)
    {
        Dense = dense;
        TextIndices = textIndices;
        TextValues = textValues;
        Label = label;
    }

    /// <summary>Dense features; the text-score slots are filled in during training.</summary>
    public float[] Dense { get; }

    public int[] TextIndices { get; }

    public float[] TextValues { get; }

    public CommentLabel Label { get; }

    public VBuffer<float> TextVector => new(CommentFeaturizer.TextDimension, TextIndices.Length, TextValues, TextIndices);

    public static FeaturizedComment Create(LabeledComment example, FeatureWorkspace workspace)
    {
        CommentFeaturizer.Featurize(example.Comment, workspace);
        float[] dense = workspace.Features.ToArray();

        // Aggregate repeated buckets into counts scaled by 1/sqrt(occurrences): the same vector the scorer sums over.
        int[] indices = workspace.TextIndices.ToArray();
        Array.Sort(indices);
        int distinct = 0;
        for (int i = 0; i < indices.Length; i++)
        {
            if (i == 0 || indices[i] != indices[i - 1])
            {
                distinct++;
            }
        }

        var uniqueIndices = new int[distinct];
        var values = new float[distinct];
        float scale = indices.Length == 0 ? 0 : 1f / MathF.Sqrt(indices.Length);
        int at = -1;
        for (int i = 0; i < indices.Length; i++)
        {
            if (i == 0 || indices[i] != indices[i - 1])
            {
                at++;
                uniqueIndices[at] = indices[i];
            }

            values[at] += 1;
        }

        for (int i = 0; i < values.Length; i++)
        {
            values[i] *= scale;
        }

        return new FeaturizedComment(dense, uniqueIndices, values, example.Label);
    }
}
