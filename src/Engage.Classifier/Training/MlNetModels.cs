using System.IO.Compression;
using Engage.Classifier.ModelFile;
using Engage.Classifier.Scoring;
using Engage.Classifier.TextModel;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace Engage.Classifier.Training;

/// <summary>
/// Trains the ML.NET models (L-BFGS logistic regression on hashed n-grams, FastTree on dense signals)
/// and reads their learned parameters out into the compiled scoring types.
/// </summary>
internal sealed class MlNetModels
{
    private readonly MLContext _ml;
    private readonly TrainerOptions _options;
    private readonly int? _treeThreads;

    /// <param name="options">The trainer's options.</param>
    /// <param name="treeThreads">Threads FastTree may use, or <see langword="null"/> for ML.NET's default (every core).</param>
    public MlNetModels(TrainerOptions options, int? treeThreads = null)
    {
        _options = options;
        _treeThreads = treeThreads;
        _ml = new MLContext(options.Seed);
    }

    public TrainedText TrainText(IEnumerable<(FeaturizedComment Row, bool Label, float Weight)> rows)
    {
        IDataView data = new TextRows(_ml, rows);
        var trainer = _ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = ColumnNames.Label,
            FeatureColumnName = ColumnNames.Features,
            ExampleWeightColumnName = ColumnNames.Weight,
            L2Regularization = (float)_options.TextL2Regularization,
            L1Regularization = 0,
            MaximumNumberOfIterations = _options.TextIterations,
            NumberOfThreads = 1,
            ShowTrainingStatistics = false,
        });
        var transformer = trainer.Fit(data);
        LinearBinaryModelParameters linear = transformer.Model.SubModel;
        var weights = new float[HashedGrams.Dimension];
        linear.Weights.ToArray().CopyTo(weights, 0);
        return new TrainedText(transformer, data.Schema, weights, linear.Bias);
    }

    public TrainedTrees TrainTrees(IEnumerable<(float[] Features, bool Label, float Weight)> rows)
    {
        IDataView data = DenseExample.Load(_ml, rows.Select(r => new DenseExample { Label = r.Label, Features = r.Features, Weight = r.Weight }));
        var trainer = _ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = ColumnNames.Label,
            FeatureColumnName = ColumnNames.Features,
            ExampleWeightColumnName = ColumnNames.Weight,
            NumberOfTrees = _options.NumberOfTrees,
            NumberOfLeaves = _options.NumberOfLeaves,
            MinimumExampleCountPerLeaf = _options.MinimumExampleCountPerLeaf,
            LearningRate = _options.LearningRate,
            Seed = _options.Seed,
            NumberOfThreads = _treeThreads,

            // FastTree gives the same trees on any number of threads (checked: 1, 2 and 4 threads, identical
            // leaf values), so it may use every core. L-BFGS above stays on one thread: its sums depend on
            // how the rows are split between threads.
        });
        var transformer = trainer.Fit(data);
        CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> model = transformer.Model;
        TreeEnsemble ensemble = ToEnsemble(model.SubModel.TrainedTreeEnsemble);
        var calibration = new PlattCalibration(model.Calibrator.Slope, model.Calibrator.Offset);
        return new TrainedTrees(transformer, data.Schema, ensemble, calibration);
    }

    /// <summary>
    /// Fits ML.NET's Platt calibrator on raw tree scores of comments the trees did not train on, so
    /// probabilities mean what they say on new comments (a calibrator fitted on training scores is overconfident).
    /// </summary>
    public FittedCalibrator FitPlatt(IEnumerable<(float Score, bool Label, float Weight)> heldOutScores)
    {
        IDataView data = _ml.Data.LoadFromEnumerable(heldOutScores.Select(s => new ScoredLabel { Label = s.Label, Score = s.Score, Weight = s.Weight }));
        var transformer = _ml.BinaryClassification.Calibrators.Platt(ColumnNames.Label, ColumnNames.Score, ColumnNames.Weight).Fit(data);
        PlattCalibrator calibrator = ((ISingleFeaturePredictionTransformer<PlattCalibrator>)transformer).Model;
        return new FittedCalibrator(transformer, data.Schema, new PlattCalibration(calibrator.Slope, calibrator.Offset));
    }

    private static TreeEnsemble ToEnsemble(RegressionTreeEnsemble trained)
    {
        var trees = new List<TreeEnsemble.Tree>(trained.Trees.Count);
        for (int t = 0; t < trained.Trees.Count; t++)
        {
            RegressionTree tree = trained.Trees[t];
            if (tree.CategoricalSplitFlags.Any(flag => flag))
            {
                throw new InvalidOperationException("FastTree produced a categorical split; the scorer only supports numeric splits.");
            }

            trees.Add(new TreeEnsemble.Tree(
                trained.TreeWeights[t],
                tree.NumericalSplitFeatureIndexes.ToArray(),
                tree.NumericalSplitThresholds.ToArray(),
                tree.LeftChild.ToArray(),
                tree.RightChild.ToArray(),
                tree.LeafValues.ToArray()));
        }

        return new TreeEnsemble(trees, trained.Bias);
    }

    /// <summary>
    /// Saves an ML.NET model with every zip entry stamped with a fixed time, so the same model
    /// always gives the same bytes (ML.NET stamps entries with the current time).
    /// </summary>
    public void Save(ITransformer transformer, DataViewSchema schema, Stream stream)
    {
        using var saved = new MemoryStream();
        _ml.Model.Save(transformer, schema, saved);
        saved.Position = 0;
        using var source = new ZipArchive(saved, ZipArchiveMode.Read);
        using var target = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (ZipArchiveEntry entry in source.Entries)
        {
            ZipArchiveEntry copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = ModelArchive.FixedTimestamp;
            using Stream from = entry.Open();
            using Stream to = copy.Open();
            from.CopyTo(to);
        }
    }

    /// <summary>A trained text model: the ML.NET transformer and its weights.</summary>
    internal sealed record TrainedText(ITransformer Transformer, DataViewSchema Schema, float[] Weights, float Bias);

    /// <summary>A fitted calibrator: the ML.NET transformer and its two parameters.</summary>
    internal sealed record FittedCalibrator(ITransformer Transformer, DataViewSchema Schema, PlattCalibration Calibration);

    /// <summary>A trained tree model: the ML.NET transformer and its compiled form.</summary>
    internal sealed record TrainedTrees(ITransformer Transformer, DataViewSchema Schema, TreeEnsemble Ensemble, PlattCalibration Calibration);
}
