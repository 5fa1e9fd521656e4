using BenchmarkDotNet.Attributes;
using Engage.Classifier.Benchmarks.Support;
using Engage.Classifier.Workbench;
using Microsoft.ML;

namespace Engage.Classifier.Benchmarks.Scenarios;

/// <summary>
/// Bytes allocated per classified comment (a medium comment with its post) through each entry point;
/// the batch and stream cases classify <see cref="BatchSize"/> comments per call and report per comment.
/// </summary>
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private const int BatchSize = 100;

    private CommentClassifier _classifier = null!;
    private PredictionEngine<PlainMlNetBaseline.Row, PlainMlNetBaseline.Prediction> _engine = null!;
    private PlainMlNetBaseline.Row _row = null!;
    private Comment _comment = null!;
    private Comment[] _batch = null!;
    private string _text = null!;

    [GlobalSetup]
    public void Setup()
    {
        _classifier = BenchmarkFixture.LoadModel();
        _engine = BenchmarkFixture.TrainBaseline().CreateEngine();
        _text = SampleTexts.CommentText(CommentLength.Medium);
        _row = new PlainMlNetBaseline.Row { Text = _text };
        _comment = new Comment(_text) { Post = SampleTexts.Post };
        _batch = Enumerable.Repeat(_comment, BatchSize).ToArray();
        _classifier.Classify(_comment, includeReasons: true);
    }

    [Benchmark(Baseline = true, Description = "PlainMlNet Predict")]
    public float PlainMlNetPredict() => _engine.Predict(_row).Probability;

    [Benchmark(Description = "Classify(string)")]
    public Verdict ClassifyText() => _classifier.Classify(_text);

    [Benchmark(Description = "Classify(comment, false)")]
    public Verdict Classify() => _classifier.Classify(_comment, includeReasons: false);

    [Benchmark(Description = "Classify(comment, true)")]
    public Verdict ClassifyWithReasons() => _classifier.Classify(_comment, includeReasons: true);

    [Benchmark(Description = "ClassifyStream, per comment", OperationsPerInvoke = BatchSize)]
    public double ClassifyStream()
    {
        double sum = 0;
        foreach (Verdict verdict in _classifier.ClassifyStream(_batch, includeReasons: false))
        {
            sum += verdict.SpamProbability;
        }

        return sum;
    }

    [Benchmark(Description = "ClassifyBatch(100), per comment", OperationsPerInvoke = BatchSize)]
    public Verdict[] ClassifyBatch() => _classifier.ClassifyBatch(_batch, includeReasons: false);
}
