using BenchmarkDotNet.Attributes;
using Engage.Classifier.Benchmarks.Support;
using Engage.Classifier.Workbench;
using Microsoft.ML;

namespace Engage.Classifier.Benchmarks.Scenarios;

/// <summary>
/// Latency of classifying one comment, by length and with or without its post, against the plain ML.NET
/// pipeline behind one PredictionEngine (which only ever sees the text, so its numbers do not change with the post).
/// </summary>
[MemoryDiagnoser]
public class SingleCommentBenchmarks
{
    private CommentClassifier _classifier = null!;
    private PredictionEngine<PlainMlNetBaseline.Row, PlainMlNetBaseline.Prediction> _engine = null!;
    private PlainMlNetBaseline.Row _row = null!;
    private Comment _comment = null!;

    [Params(CommentLength.Short, CommentLength.Medium, CommentLength.Long)]
    public CommentLength Length { get; set; }

    [Params(false, true)]
    public bool WithPost { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _classifier = BenchmarkFixture.LoadModel();
        _engine = BenchmarkFixture.TrainBaseline().CreateEngine();
        string text = SampleTexts.CommentText(Length);
        _row = new PlainMlNetBaseline.Row { Text = text };
        _comment = new Comment(text) { Post = WithPost ? SampleTexts.Post : null };

        // The post profile is built once per Post and cached; build it here so calls measure the steady state.
        _classifier.Classify(_comment, includeReasons: true);
    }

    [Benchmark(Baseline = true, Description = "PlainMlNet Predict")]
    public float PlainMlNetPredict() => _engine.Predict(_row).Probability;

    [Benchmark(Description = "Classify")]
    public Verdict Classify() => _classifier.Classify(_comment, includeReasons: false);

    [Benchmark(Description = "Classify +reasons")]
    public Verdict ClassifyWithReasons() => _classifier.Classify(_comment, includeReasons: true);
}
