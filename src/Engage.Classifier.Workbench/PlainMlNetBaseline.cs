using Microsoft.ML;
using Microsoft.ML.Data;

namespace Engage.Classifier.Workbench;

/// <summary>
/// The plain ML.NET pipeline every number is compared with: FeaturizeText on the comment text, then
/// SdcaLogisticRegression, spam against everything else, at a 0.5 threshold. It sees only the text.
/// Used by the evaluation tools, the tests and the benchmarks; it is not part of the shipped package.
/// </summary>
public sealed class PlainMlNetBaseline
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;

    private PlainMlNetBaseline(MLContext ml, ITransformer model)
    {
        _ml = ml;
        _model = model;
    }

    public ITransformer Model => _model;

    public MLContext Context => _ml;

    public static PlainMlNetBaseline Train(IEnumerable<LabeledComment> comments, int seed = 42)
    {
        var ml = new MLContext(seed);
        IDataView data = ml.Data.LoadFromEnumerable(comments.Select(c => new Row { Text = c.Comment.Text, Label = c.Label == CommentLabel.Spam }));
        return new PlainMlNetBaseline(ml, Pipeline(ml, nameof(Row.Text), ColumnNames.Label).Fit(data));
    }

    /// <summary>The pipeline itself: FeaturizeText on <paramref name="textColumn"/>, then SdcaLogisticRegression on the boolean <paramref name="labelColumn"/>.</summary>
    public static IEstimator<ITransformer> Pipeline(MLContext ml, string textColumn, string labelColumn) =>
        ml.Transforms.Text.FeaturizeText(ColumnNames.Features, textColumn)
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(labelColumn, ColumnNames.Features));

    /// <summary>Spam probabilities through one <see cref="IDataView"/> transform (the fast path for many comments).</summary>
    public float[] ScoreMany(IEnumerable<string> texts)
    {
        IDataView scored = _model.Transform(_ml.Data.LoadFromEnumerable(texts.Select(t => new Row { Text = t })));
        return scored.GetColumn<float>(ColumnNames.Probability).ToArray();
    }

    /// <summary>A prediction engine for single comments; not thread-safe, one per thread.</summary>
    public PredictionEngine<Row, Prediction> CreateEngine() => _ml.Model.CreatePredictionEngine<Row, Prediction>(_model);

    public sealed class Row
    {
        public string Text { get; set; } = string.Empty;

        public bool Label { get; set; }
    }

    public sealed class Prediction
    {
        [ColumnName(ColumnNames.PredictedLabel)]
        public bool PredictedLabel { get; set; }

        [ColumnName(ColumnNames.Probability)]
        public float Probability { get; set; }
    }
}
