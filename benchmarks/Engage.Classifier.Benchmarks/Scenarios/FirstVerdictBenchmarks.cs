using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Engage.Classifier.Benchmarks.Support;
using Engage.Classifier.Workbench;
using Microsoft.ML;

namespace Engage.Classifier.Benchmarks.Scenarios;

/// <summary>
/// What a new process pays before its first answer: load the model and classify one medium comment with its
/// post, cold (one invocation per fresh process, JIT and type loading included). Each process measures once,
/// so the job launches several processes. Setup only reads the model paths the host process prepared,
/// so nothing in the measured path has run before.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 7, warmupCount: 0, iterationCount: 1)]
public class FirstVerdictBenchmarks
{
    private string _modelPath = null!;
    private string _baselinePath = null!;
    private string _text = null!;

    [GlobalSetup]
    public void Setup()
    {
        _modelPath = Environment.GetEnvironmentVariable(BenchmarkFixture.ModelPathVariable) ?? BenchmarkFixture.ModelPath();
        _baselinePath = Environment.GetEnvironmentVariable(BenchmarkFixture.BaselinePathVariable) ?? BenchmarkFixture.BaselineModelPath();
        _text = SampleTexts.CommentText(CommentLength.Medium);
    }

    [Benchmark(Baseline = true, Description = "PlainMlNet load + first Predict")]
    public float PlainMlNet()
    {
        var ml = new MLContext(seed: 42);
        ITransformer model = ml.Model.Load(_baselinePath, out _);
        var engine = ml.Model.CreatePredictionEngine<PlainMlNetBaseline.Row, PlainMlNetBaseline.Prediction>(model);
        return engine.Predict(new PlainMlNetBaseline.Row { Text = _text }).Probability;
    }

    [Benchmark(Description = "Load(path) + first Classify")]
    public Verdict FromPath()
    {
        CommentClassifier classifier = CommentClassifier.Load(_modelPath);
        return classifier.Classify(new Comment(_text) { Post = new Post(SampleTexts.PostTitle, SampleTexts.PostText) }, includeReasons: false);
    }

    [Benchmark(Description = "LoadDefault() + first Classify")]
    [BenchmarkCategory(DefaultModel.Category)]
    public Verdict FromDefault()
    {
        CommentClassifier classifier = CommentClassifier.LoadDefault();
        return classifier.Classify(new Comment(_text) { Post = new Post(SampleTexts.PostTitle, SampleTexts.PostText) }, includeReasons: false);
    }
}
