using Engage.Classifier.Words;
using Engage.Classifier.Semantics;
using Engage.Classifier.Text;
using Xunit.Abstractions;

namespace Engage.Classifier.Tests.Semantics;

public sealed class SemanticRelevanceTests(ITestOutputHelper output)
{
    [Fact]
    public void OnTopicComments_WithoutSharedWords_AreMoreRelevantThanOffTopicOnes()
    {
        var gaps = RelevanceTestSet.Cases.Select(c =>
        {
            PostEmbedding post = new Post(c.Title, c.Text).Semantics;
            return post.RelevanceOf(TextEmbedder.Default.Embed(c.OnTopic)) - post.RelevanceOf(TextEmbedder.Default.Embed(c.OffTopic));
        }).ToArray();

        output.WriteLine($"gaps (on-topic minus off-topic relevance): {string.Join(", ", gaps.Select(g => g.ToString("F3")))}; mean {gaps.Average():F3}");
        gaps.Count(g => g > 0).Should().BeGreaterOrEqualTo(11, "gaps were {0}", string.Join(", ", gaps.Select(g => g.ToString("F3"))));
        gaps.Average().Should().BeGreaterOrEqualTo(0.10f);
    }

    [Fact]
    public void OnTopicComments_ShareNoContentWordWithTheirPost()
    {
        foreach (RelevanceCase c in RelevanceTestSet.Cases)
        {
            ContentStems(c.OnTopic).Intersect(ContentStems(c.Title + " " + c.Text)).Should().BeEmpty($"'{c.OnTopic}' must not reuse a word of '{c.Title}'");
        }
    }

    [Fact]
    public void TitleRelevance_OfAnOnTopicComment_IsAboveThatOfTheOffTopicOne_InMostCases()
    {
        int wins = RelevanceTestSet.Cases.Count(c =>
        {
            PostEmbedding post = new Post(c.Title, c.Text).Semantics;
            return post.TitleRelevanceOf(TextEmbedder.Default.Embed(c.OnTopic)) > post.TitleRelevanceOf(TextEmbedder.Default.Embed(c.OffTopic));
        });

        wins.Should().BeGreaterOrEqualTo(10);
    }

    [Fact]
    public void Cosine_WithAllZeroVector_IsZero()
    {
        float[] zero = new float[TextEmbedder.Default.Dimensions];
        float[] text = TextEmbedder.Default.Embed("The router keeps dropping the connection.");

        SemanticRelevance.Cosine(zero, text).Should().Be(0);
        SemanticRelevance.Cosine(text, zero).Should().Be(0);
    }

    [Fact]
    public void Cosine_OfATextWithItself_IsOne()
    {
        float[] text = TextEmbedder.Default.Embed("The router keeps dropping the connection.");

        SemanticRelevance.Cosine(text, text).Should().BeApproximately(1f, 1e-5f);
    }

    [Fact]
    public void Cosine_OfDifferentLengths_Throws()
    {
        Action compare = () => SemanticRelevance.Cosine(new float[3], new float[4]);

        compare.Should().Throw<ArgumentException>();
    }

    /// <summary>Content-word stems by the library's own rule (the one lexical relevance uses).</summary>
    private static HashSet<string> ContentStems(string text)
    {
        var normalized = new NormalizedText();
        TextNormalizer.Normalize(text, normalized);
        var stems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var words = new WordTokenizer(normalized.Text);
        while (words.MoveNext())
        {
            ReadOnlySpan<char> word = words.Current;
            if (TopicWords.Is(word, Lexicons.Classify(WordHash.Of(word))))
            {
                stems.Add(Stemmer.Stem(word).ToString());
            }
        }

        return stems;
    }
}
