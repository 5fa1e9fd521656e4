using BenchmarkDotNet.Attributes;
using Engage.Classifier.Benchmarks.Support;
using Engage.Classifier.Workbench;

namespace Engage.Classifier.Benchmarks.Scenarios;

/// <summary>
/// Throughput on a batch of comments resampled from the corpus, each on one of two posts: our parallel
/// ClassifyBatch against the plain ML.NET Transform over the whole batch, reading its Probability column.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private CommentClassifier _classifier = null!;
    private PlainMlNetBaseline _baseline = null!;
    private Comment[] _comments = null!;
    private string[] _texts = null!;

    [Params(1_000, 100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _classifier = BenchmarkFixture.LoadModel();
        _baseline = BenchmarkFixture.TrainBaseline();
        _comments = SyntheticCorpus.Comments(BenchmarkFixture.Corpus.Comments, Count);
        _texts = _comments.Select(c => c.Text).ToArray();
    }

    [Benchmark(Baseline = true, Description = "PlainMlNet Transform")]
    public float[] PlainMlNetTransform() => _baseline.ScoreMany(_texts);

    [Benchmark(Description = "ClassifyBatch")]
    public Verdict[] ClassifyBatch() => _classifier.ClassifyBatch(_comments, includeReasons: false);
}
