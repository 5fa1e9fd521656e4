using Engage.Classifier.Scoring;
using Engage.Classifier.Signals;
using Engage.Classifier.TextModel;
using Engage.Classifier.Tests.Support;
using Engage.Classifier.Training;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Engage.Classifier.Tests.Scoring;

/// <summary>
/// The classifier scores through arrays compiled from the ML.NET models; these tests run the ML.NET
/// models stored in the same model file and check that both give the same numbers.
/// </summary>
[Collection(TrainedModelCollection.Name)]
public sealed class CompiledScoringParityTests(TrainedModelFixture fixture)
{
    private const double Tolerance = 1e-5;

    // Text-model margins reach magnitudes of 10 or more, where ML.NET's own float dot product is only
    // good to about 1e-6 relative; they are compared relative to their size (the probabilities absolutely).
    private static double RelativeError(float ours, float mlnet) => Math.Abs(ours - mlnet) / Math.Max(1.0, Math.Abs(mlnet));

    private (float[][] Dense, int[][] Indices, LabeledComment[] Comments) Featurized()
    {
        LabeledComment[] comments = fixture.HeldOut.Take(2_000).ToArray();
        var workspace = new FeatureWorkspace();
        var dense = new float[comments.Length][];
        var indices = new int[comments.Length][];
        for (int i = 0; i < comments.Length; i++)
        {
            CommentFeaturizer.Featurize(comments[i].Comment, workspace);
            (float spam, float filler) = fixture.Classifier.Scoring.Text.Score(workspace.Grams.Buckets);
            dense[i] = TreeInput.Compose(workspace.Signals, spam, filler);
            indices[i] = workspace.Grams.Buckets.ToArray();
        }

        return (dense, indices, comments);
    }

    private static float[] MlNetColumn<TRow>(byte[] model, IEnumerable<TRow> rows, string column)
        where TRow : class => MlNetColumn(model, ml => ml.Data.LoadFromEnumerable(rows), column);

    private static float[] MlNetColumn(byte[] model, IEnumerable<DenseExample> rows, string column) =>
        MlNetColumn(model, ml => DenseExample.Load(ml, rows), column);

    private static float[] MlNetColumn(byte[] model, Func<MLContext, IDataView> rows, string column)
    {
        var ml = new MLContext(0);
        ITransformer transformer = ml.Model.Load(new MemoryStream(model), out _);
        IDataView scored = transformer.Transform(rows(ml));
        return scored.GetColumn<float>(column).ToArray();
    }

    private static int At(TextScores.Feature feature) => FeatureLayout.IndexOf(feature);

    [Fact]
    public void SpamTextModel_CompiledScores_MatchMlNet()
    {
        var (dense, _, comments) = Featurized();
        var workspace = new FeatureWorkspace();
        var rows = comments.Select(c => FeaturizedComment.Create(c, workspace)).Select(r => new TextExample { Features = r.SparseTextVector }).ToArray();

        float[] mlnet = MlNetColumn(fixture.Classifier.Entries["mlnet/spam-text.zip"], rows, ColumnNames.Score);

        double worst = dense.Select((d, i) => RelativeError(d[At(TextScores.Feature.SpamTextScore)], mlnet[i])).Max();
        worst.Should().BeLessThan(Tolerance);
    }

    [Fact]
    public void FillerTextModel_CompiledScores_MatchMlNet()
    {
        var (dense, _, comments) = Featurized();
        var workspace = new FeatureWorkspace();
        var rows = comments.Select(c => FeaturizedComment.Create(c, workspace)).Select(r => new TextExample { Features = r.SparseTextVector }).ToArray();

        float[] mlnet = MlNetColumn(fixture.Classifier.Entries["mlnet/filler-text.zip"], rows, ColumnNames.Score);

        dense.Select((d, i) => RelativeError(d[At(TextScores.Feature.FillerTextScore)], mlnet[i])).Max().Should().BeLessThan(Tolerance);
    }

    [Theory]
    [InlineData("spam", true)]
    [InlineData("filler", false)]
    public void TreeModelsAndCalibrators_CompiledScoresAndProbabilities_MatchMlNet(string model, bool spam)
    {
        var (dense, _, _) = Featurized();
        ScoringModel scoring = fixture.Classifier.Scoring;
        TreeEnsemble trees = spam ? scoring.SpamTrees : scoring.FillerTrees!;

        float[] mlnetScores = MlNetColumn(fixture.Classifier.Entries[$"mlnet/{model}-trees.zip"], dense.Select(d => new DenseExample { Features = d }).ToArray(), ColumnNames.Score);
        float[] mlnetProbabilities = MlNetColumn(fixture.Classifier.Entries[$"mlnet/{model}-calibrator.zip"], mlnetScores.Select(s => new ScoredLabel { Score = s }), ColumnNames.Probability);

        dense.Select((d, i) => RelativeError((float)trees.Score(d), mlnetScores[i])).Max().Should().BeLessThan(Tolerance);
        dense.Select((d, i) => Math.Abs(Calibrated(scoring, d, spam) - mlnetProbabilities[i])).Max().Should().BeLessThan(Tolerance);
    }

    [Fact]
    public void WholeChain_MlNetTextScoresIntoMlNetTreesAndCalibrator_MatchesTheClassifier()
    {
        var (dense, _, comments) = Featurized();
        var workspace = new FeatureWorkspace();
        var rows = comments.Select(c => FeaturizedComment.Create(c, workspace)).Select(r => new TextExample { Features = r.SparseTextVector }).ToArray();
        float[] spamText = MlNetColumn(fixture.Classifier.Entries["mlnet/spam-text.zip"], rows, ColumnNames.Score);
        float[] fillerText = MlNetColumn(fixture.Classifier.Entries["mlnet/filler-text.zip"], rows, ColumnNames.Score);
        var chained = dense.Select((d, i) =>
        {
            float[] copy = d.ToArray();
            copy[At(TextScores.Feature.SpamTextScore)] = spamText[i];
            copy[At(TextScores.Feature.FillerTextScore)] = fillerText[i];
            return new DenseExample { Features = copy };
        }).ToArray();

        float[] treeScores = MlNetColumn(fixture.Classifier.Entries["mlnet/spam-trees.zip"], chained, ColumnNames.Score);
        float[] mlnet = MlNetColumn(fixture.Classifier.Entries["mlnet/spam-calibrator.zip"], treeScores.Select(s => new ScoredLabel { Score = s }), ColumnNames.Probability);
        Verdict[] ours = comments.Select(c => fixture.Classifier.Classify(c.Comment, includeReasons: false)).ToArray();

        // Spam needs a payload: the classifier serves the chain's probability for comments with one, and 0 without.
        ours.Select((v, i) => Math.Abs(v.SpamProbability - (v.Payload == PayloadKinds.None ? 0 : mlnet[i]))).Max().Should().BeLessThan(Tolerance);
        ours.Should().Contain(v => v.Payload != PayloadKinds.None).And.Contain(v => v.Payload == PayloadKinds.None, "both sides of the payload rule are compared");
    }

    /// <summary>The compiled chain's calibrated probability, before the payload rule.</summary>
    private static double Calibrated(ScoringModel scoring, float[] features, bool spam) =>
        spam ? scoring.SpamCalibration.Probability(scoring.SpamTrees.Score(features)) : scoring.FillerProbability(features);
}
