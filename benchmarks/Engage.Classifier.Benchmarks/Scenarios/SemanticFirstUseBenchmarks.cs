using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Engage.Classifier.Benchmarks.Support;
using Engage.Classifier.Semantics;

namespace Engage.Classifier.Benchmarks.Scenarios;

/// <summary>
/// What a new process pays before its first semantic relevance, cold (one invocation per fresh process):
/// reading the embedded static table, loading the tokenizer's vocabulary, and embedding a post and a medium
/// comment; and the same after <c>LoadDefault()</c> and a first verdict, which is the cold path once the
/// featurizer uses semantic relevance (the budget: 150 ms in all); and that path with the embedder's load started
/// on a thread-pool thread first (<see cref="TextEmbedder.PreloadDefault"/>), as a classifier load could do.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 7, warmupCount: 0, iterationCount: 1)]
public class SemanticFirstUseBenchmarks
{
    private string _text = null!;

    [GlobalSetup]
    public void Setup() => _text = SampleTexts.CommentText(CommentLength.Medium);

    [Benchmark(Baseline = true, Description = "first semantic relevance (load table + tokenizer, embed post and comment)")]
    public float FirstRelevance() => FirstSemanticRelevance(new Post(SampleTexts.PostTitle, SampleTexts.PostText));

    [Benchmark(Description = "LoadDefault() + first Classify + first semantic relevance")]
    [BenchmarkCategory(DefaultModel.Category)]
    public float FirstVerdictAndRelevance()
    {
        var post = new Post(SampleTexts.PostTitle, SampleTexts.PostText);
        Verdict verdict = CommentClassifier.LoadDefault().Classify(new Comment(_text) { Post = post }, includeReasons: false);
        return (float)verdict.SpamProbability + FirstSemanticRelevance(post);
    }

    [Benchmark(Description = "PreloadDefault() + LoadDefault() + first Classify + first semantic relevance")]
    [BenchmarkCategory(DefaultModel.Category)]
    public float PreloadedFirstVerdictAndRelevance()
    {
        TextEmbedder.PreloadDefault();
        return FirstVerdictAndRelevance();
    }

    private float FirstSemanticRelevance(Post post) => post.Semantics.RelevanceOf(TextEmbedder.Default.Embed(_text));
}
