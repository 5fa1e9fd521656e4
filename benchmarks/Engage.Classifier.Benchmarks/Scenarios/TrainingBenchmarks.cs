using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Engage.Classifier.Benchmarks.Support;
using Engage.Classifier.Workbench;

namespace Engage.Classifier.Benchmarks.Scenarios;

/// <summary>
/// Training time as the data grows (the corpus resampled and perturbed to 1k, 10k and 100k rows): our full
/// trainer (folds, held-out report, final model, with default options) against fitting the plain ML.NET
/// pipeline once. A training run takes seconds to minutes, so this class runs two iterations, no warm-up.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class TrainingBenchmarks
{
    private LabeledComment[] _rows = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _rows = SyntheticCorpus.Labeled(BenchmarkFixture.Corpus.Comments, Rows);

    [Benchmark(Baseline = true, Description = "PlainMlNet Train")]
    public object PlainMlNetTrain() => PlainMlNetBaseline.Train(_rows, seed: 42);

    [Benchmark(Description = "CommentClassifierTrainer.Train")]
    public CommentClassifier Train() => new CommentClassifierTrainer().Train(_rows).Classifier;
}
