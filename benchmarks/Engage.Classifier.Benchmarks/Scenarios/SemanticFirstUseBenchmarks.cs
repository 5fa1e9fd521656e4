using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Engage.Classifier.Benchmarks.Support;
using Engage.Classifier.Semantics;

namespace Engage.Classifier.Benchmarks.Scenarios;

/// <summary>
/// What a new process pays before its first semantic relevance, cold (one invocation per fresh process):
/// reading the embedded static table, loading the tokenizer's vocabulary, and embedding a post and a medium
/// comment; and the same after <c>LoadDefault()</c> and a first verdict, which is the cold path once the
/// featurizer uses semantic relevance (the budget: 150 ms in all). Loading a classifier starts the embedder's load on a
/// thread-pool thread (<see cref="TextEmbedder.PreloadDefault"/>), so the second path overlaps the two loads; the third
/// classifies a comment without a post, which does not wait for the table at all.
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

    [Benchmark(Description = "LoadDefault() + first Classify without a post (the table loads in the background)")]
    [BenchmarkCategory(DefaultModel.Category)]
    public float FirstVerdictWithoutPost() => (float)CommentClassifier.LoadDefault().Classify(new Comment(_text), includeReasons: false).SpamProbability;

    private float FirstSemanticRelevance(Post post) => post.Semantics.RelevanceOf(TextEmbedder.Default.Embed(_text));
}
