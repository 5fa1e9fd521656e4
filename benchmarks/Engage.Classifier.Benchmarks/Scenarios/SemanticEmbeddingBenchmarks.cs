using BenchmarkDotNet.Attributes;
using Engage.Classifier.Benchmarks.Support;
using Engage.Classifier.Semantics;

namespace Engage.Classifier.Benchmarks.Scenarios;

/// <summary>
/// What semantic relevance adds per comment, in the steady state (the post's embedding is built once per
/// post; the tokenizer's per-chunk cache is warm): WordPiece tokenization and the weighted sum of the static
/// vectors, then the cosines to the post's title-and-text and title vectors. The baseline is the tokenizer
/// library run on the whole text without the cache, which is what the cache saves.
/// </summary>
[MemoryDiagnoser]
public class SemanticEmbeddingBenchmarks
{
    private TextEmbedder _embedder = null!;
    private PostEmbedding _post = null!;
    private string _text = null!;
    private float[] _vector = null!;
    private readonly CommentMeaning _meaning = new();

    [Params(CommentLength.Short, CommentLength.Medium, CommentLength.Long)]
    public CommentLength Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _embedder = TextEmbedder.Default;
        _post = SampleTexts.Post.Semantics;
        _text = SampleTexts.CommentText(Length);
        _vector = new float[_embedder.Dimensions];
        _embedder.Embed(_text, _vector);
    }

    [Benchmark(Baseline = true, Description = "FastBertTokenizer, whole text, no cache")]
    public int LibraryTokenizer() => _embedder.Tokenizer.Encode(_text).Length;

    [Benchmark(Description = "Tokenize (chunk cache)")]
    public int Tokenize()
    {
        int count = 0;
        int position = 0;
        for (ReadOnlySpan<char> chunk = WordPieceTokenizer.NextChunk(_text, ref position); !chunk.IsEmpty; chunk = WordPieceTokenizer.NextChunk(_text, ref position))
        {
            count += _embedder.Tokenizer.PiecesOf(chunk).Length;
        }

        return count;
    }

    [Benchmark(Description = "Embed (tokenize + weighted sum)")]
    public float Embed() => _embedder.Embed(_text, _vector).Weight;

    [Benchmark(Description = "Embed + relevance to post and title")]
    public float EmbedAndRelate()
    {
        _embedder.Embed(_text, _vector);
        return _post.RelevanceOf(_vector) + _post.TitleRelevanceOf(_vector);
    }

    /// <summary>What the featurizer adds per comment with a post: the comment's meaning stage and the <c>SemanticSignals</c> features.</summary>
    [Benchmark(Description = "Featurizer's semantic stage: embed, readability, post + title + nearest sentence")]
    public float SemanticStage()
    {
        _meaning.Run(_text);
        ReadOnlySpan<float> vector = _meaning.Vector;
        float norm = _meaning.Norm;
        return _post.RelevanceOf(vector, norm) + _post.TitleRelevanceOf(vector, norm) + _post.NearestSentenceOf(vector, norm);
    }
}
