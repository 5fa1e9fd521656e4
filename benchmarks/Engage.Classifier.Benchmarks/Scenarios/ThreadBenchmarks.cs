using BenchmarkDotNet.Attributes;
using Engage.Classifier.Benchmarks.Support;

namespace Engage.Classifier.Benchmarks.Scenarios;

/// <summary>
/// The thread context's cost per comment: a thread of medium comments on one post classified with
/// <see cref="CommentClassifier.ClassifyThread"/> (each compared with up to 200 earlier ones) against the same comments
/// classified one by one (<see cref="CommentClassifier.Classify(Comment, bool)"/>). Divide by <see cref="Comments"/>.
/// </summary>
[MemoryDiagnoser]
public class ThreadBenchmarks
{
    private CommentClassifier _classifier = null!;
    private Comment[] _thread = null!;

    [Params(50, 400)]
    public int Comments { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _classifier = BenchmarkFixture.LoadModel();
        string text = SampleTexts.CommentText(CommentLength.Medium);

        // Varied so that no comment copies another: each one numbers its own sentence.
        _thread = Enumerable.Range(0, Comments).Select(i => new Comment($"{text} Comment {i} of the thread, case {i * 7919 % 10007}.") { Id = $"c{i}", Post = SampleTexts.Post }).ToArray();
        _ = _classifier.ClassifyThread(_thread, includeReasons: false).Count();
    }

    [Benchmark(Baseline = true, Description = "Classify each comment alone")]
    public int Alone()
    {
        int genuine = 0;
        foreach (Comment comment in _thread)
        {
            genuine += _classifier.Classify(comment, includeReasons: false).Label == CommentLabel.Genuine ? 1 : 0;
        }

        return genuine;
    }

    [Benchmark(Description = "ClassifyThread")]
    public int Thread() => _classifier.ClassifyThread(_thread, includeReasons: false).Count(v => v.Label == CommentLabel.Genuine);
}
