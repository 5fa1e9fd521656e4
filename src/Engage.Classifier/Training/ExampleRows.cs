using Engage.Classifier.Signals;
using Engage.Classifier.TextModel;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Engage.Classifier.Training;

/// <summary>The schema of the linear text models' input rows (hashed n-grams as a sparse vector), which <see cref="TextRows"/> serves.</summary>
internal sealed class TextExample
{
    [ColumnName(ColumnNames.Label)]
    public bool Label { get; set; }

    [ColumnName(ColumnNames.Features)]
    [VectorType(HashedGrams.Dimension)]
    public VBuffer<float> Features { get; set; }

    [ColumnName(ColumnNames.Weight)]
    public float Weight { get; set; }
}

/// <summary>
/// ML.NET input row for the tree models: the trees' input (<see cref="Scoring.TreeInput"/>). Its vector size comes
/// from <see cref="FeatureLayout"/>, so load rows with <see cref="Load"/>.
/// </summary>
internal sealed class DenseExample
{
    [ColumnName(ColumnNames.Label)]
    public bool Label { get; set; }

    [ColumnName(ColumnNames.Features)]
    public float[] Features { get; set; } = [];

    [ColumnName(ColumnNames.Weight)]
    public float Weight { get; set; }

    /// <summary>Loads rows with the features column sized to <see cref="FeatureLayout.Count"/>.</summary>
    public static IDataView Load(MLContext ml, IEnumerable<DenseExample> rows)
    {
        SchemaDefinition schema = SchemaDefinition.Create(typeof(DenseExample));
        schema[ColumnNames.Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, FeatureLayout.Count);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }
}

/// <summary>ML.NET input row for fitting a calibrator: a raw score, the true label and the comment's weight.</summary>
internal sealed class ScoredLabel
{
    [ColumnName(ColumnNames.Label)]
    public bool Label { get; set; }

    [ColumnName(ColumnNames.Score)]
    public float Score { get; set; }

    [ColumnName(ColumnNames.Weight)]
    public float Weight { get; set; }
}
