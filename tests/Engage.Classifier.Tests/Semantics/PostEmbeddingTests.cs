using Engage.Classifier.Semantics;

namespace Engage.Classifier.Tests.Semantics;

public sealed class PostEmbeddingTests
{
    [Fact]
    public void Semantics_IsBuiltOncePerPost()
    {
        var post = new Post("Fixing slow Wi-Fi at home", "Place the router high and central.");

        post.Semantics.Should().BeSameAs(post.Semantics);
    }

    [Fact]
    public void Semantics_FromConcurrentFirstUses_IsOneSharedInstance()
    {
        var post = new Post("Growing tomatoes on a balcony", "Use large pots and water deeply in the morning.");

        PostEmbedding[] seen = Enumerable.Range(0, 8).AsParallel().Select(_ => post.Semantics).ToArray();

        seen.Distinct().Should().ContainSingle();
    }

    [Fact]
    public void Semantics_OfHtmlPost_EqualsThatOfItsVisibleText()
    {
        PostEmbedding html = new Post("Bread", "<p>Knead the <b>dough</b> for ten minutes.</p>").Semantics;
        PostEmbedding plain = new Post("Bread", "Knead the dough for ten minutes.").Semantics;

        html.TitleAndText.ToArray().Should().Equal(plain.TitleAndText.ToArray());
    }

    [Fact]
    public void Semantics_OfTitleOnlyPost_HasTitleAndEmptyText()
    {
        PostEmbedding post = new Post("Choosing a first road bike", null).Semantics;

        post.TextSummary.Tokens.Should().Be(0);
        post.TitleSummary.Tokens.Should().BePositive();
        SemanticRelevance.Cosine(post.Title, post.TitleAndText).Should().BeApproximately(1f, 1e-5f);
    }

    [Fact]
    public void TitleAndText_CountsTheTitleTwice()
    {
        PostEmbedding post = new Post("Sourdough", "Feed the starter daily.").Semantics;
        float[] text = TextEmbedder.Default.Embed("Feed the starter daily.");

        float[] expected = post.Title.ToArray().Select((t, d) => (PostEmbedding.TitleWeight * t) + text[d]).ToArray();

        post.TitleAndText.ToArray().Should().Equal(expected, (a, b) => Math.Abs(a - b) < 1e-5f);
    }
}
