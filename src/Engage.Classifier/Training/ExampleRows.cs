using Engage.Classifier.Features;
using Microsoft.ML.Data;

namespace Engage.Classifier.Training;

/// <summary>ML.NET input row for the linear text models: hashed n-grams as a sparse vector.</summary>
internal sealed class TextExample
{
    [ColumnName(ColumnNames.Label)]
    public bool Label { get; set; }

    [ColumnName(ColumnNames.Features)]
    [VectorType(CommentFeaturizer.TextDimension)]
    public VBuffer<float> Features { get; set; }
}

/// <summary>ML.NET input row for the tree models: the dense signals plus the text-model scores.</summary>
internal sealed class DenseExample
{
    [ColumnName(ColumnNames.Label)]
    public bool Label { get; set; }

    [ColumnName(ColumnNames.Features)]
    [VectorType(FeatureLayout.Count)]
    public float[] Features { get; set; } = [];
}

/// <summary>ML.NET output row: the raw score and, for calibrated models, the probability.</summary>
internal sealed class ScoredExample
{
    [ColumnName(ColumnNames.Score)]
    public float Score { get; set; }

    [ColumnName(ColumnNames.Probability)]
    public float Probability { get; set; }
}

/// <summary>ML.NET input row for fitting a calibrator: a raw score and the true label.</summary>
internal sealed class ScoredLabel
{
    [ColumnName(ColumnNames.Label)]
    public bool Label { get; set; }

    [ColumnName(ColumnNames.Score)]
    public float Score { get; set; }
}
