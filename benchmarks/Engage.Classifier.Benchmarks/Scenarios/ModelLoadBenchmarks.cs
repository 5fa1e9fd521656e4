using BenchmarkDotNet.Attributes;
using Engage.Classifier.Benchmarks.Support;
using Engage.Classifier.Workbench;
using Microsoft.ML;

namespace Engage.Classifier.Benchmarks.Scenarios;

/// <summary>
/// Time to load a model into a usable classifier, repeated in a warm process: ours from a path and from the
/// embedded default (read afresh, since LoadDefault caches), against ML.NET loading the baseline model zip
/// and creating its PredictionEngine. Cold, first-call numbers are in <see cref="FirstVerdictBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class ModelLoadBenchmarks
{
    private string _modelPath = null!;
    private string _baselinePath = null!;
    private MLContext _ml = null!;

    [GlobalSetup]
    public void Setup()
    {
        _modelPath = BenchmarkFixture.ModelPath();
        _baselinePath = BenchmarkFixture.BaselineModelPath();
        _ml = new MLContext(seed: 42);
    }

    [Benchmark(Baseline = true, Description = "PlainMlNet Model.Load + engine")]
    public object PlainMlNetLoad()
    {
        ITransformer model = _ml.Model.Load(_baselinePath, out _);
        return _ml.Model.CreatePredictionEngine<PlainMlNetBaseline.Row, PlainMlNetBaseline.Prediction>(model);
    }

    [Benchmark(Description = "Load(path)")]
    public CommentClassifier LoadFromPath() => CommentClassifier.Load(_modelPath);

    [Benchmark(Description = "Load embedded default")]
    [BenchmarkCategory(DefaultModel.Category)]
    public CommentClassifier LoadEmbeddedDefault() => DefaultModel.LoadUncached();
}
