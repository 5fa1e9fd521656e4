using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;
using Engage.Classifier.TextModel;
using Microsoft.ML.Data;

namespace Engage.Classifier.Training;

/// <summary>One labeled comment after featurization: its signals, its hashed n-grams, and its label.</summary>
internal sealed class FeaturizedComment
{
    private FeaturizedComment(float[] signals, int[] grams, int[] textIndices, float[] textValues, CommentLabel label, float weight)
    {
        Weight = weight;
        HasPayload = PayloadSignals.HasPayload(signals);
        Signals = signals;
        Grams = grams;
        TextIndices = textIndices;
        TextValues = textValues;
        Label = label;
    }

    /// <summary>The signal families' features (<see cref="FeatureLayout.SignalCount"/> values).</summary>
    public float[] Signals { get; }

    /// <summary>The hashed n-gram occurrences, as the scorer reads them.</summary>
    public int[] Grams { get; }

    /// <summary>The distinct buckets of <see cref="Grams"/>, ascending (see <see cref="TextVector.Sparse"/>).</summary>
    public int[] TextIndices { get; }

    /// <summary>The value of each of <see cref="TextIndices"/>.</summary>
    public float[] TextValues { get; }

    public CommentLabel Label { get; }

    /// <summary>How much the comment counts in training (<see cref="LabeledComment.Weight"/>).</summary>
    public float Weight { get; }

    /// <summary>Whether the comment carries a payload; without one it never trains the spam model (<see cref="BinaryTasks"/>).</summary>
    public bool HasPayload { get; }

    /// <summary>The row as the training tasks see it, with <paramref name="input"/> as what the model reads.</summary>
    public TaskRow<T> As<T>(T input) => new(input, Label, HasPayload, Weight);

    /// <summary>The text vector as ML.NET reads it.</summary>
    public VBuffer<float> SparseTextVector => new(HashedGrams.Dimension, TextIndices.Length, TextValues, TextIndices);

    public static FeaturizedComment Create(LabeledComment example, FeatureWorkspace workspace)
    {
        CommentFeaturizer.Featurize(example.Comment, workspace);
        ReadOnlySpan<int> grams = workspace.Grams.Buckets;
        (int[] indices, float[] values) = TextVector.Sparse(grams);
        return new FeaturizedComment(workspace.Signals.ToArray(), grams.ToArray(), indices, values, example.Label, (float)example.Weight);
    }
}
