using Engage.Classifier.Semantics;
using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests.Semantics;

public sealed class TextEmbedderTests
{
    private static readonly string[] NonEnglish =
    [
        "Das Brot ist viel zu dicht geworden, ich habe den Teig wohl nicht lange genug gehen lassen.",
        "Muchas gracias por la receta, mañana la pruebo con harina integral.",
        "Merci pour cet article, je ne savais pas qu'il fallait arroser le matin.",
        "Спасибо за статью, у меня тоже роутер постоянно отключается по вечерам.",
        "这篇文章对我很有帮助，谢谢分享。",
        "このレシピはとても簡単でおいしかったです。",
        "شكرا على هذه المقالة المفيدة جدا",
        "Dziękuję, bardzo przydatny artykuł o rowerach.",
    ];

    [Fact]
    public void Default_LoadsTheEmbeddedTable()
    {
        StaticEmbeddingTable table = TextEmbedder.Default.Table;

        table.Rows.Should().Be(30_522);
        table.Dimensions.Should().Be(TextEmbedder.Default.Dimensions).And.BeGreaterOrEqualTo(64);
        table.Vocabulary[101].Should().Be("[CLS]");
        table.Vocabulary[1996].Should().Be("the");
        table.Description.Should().Contain("all-MiniLM-L6-v2");
        TextEmbedder.Default.Should().BeSameAs(TextEmbedder.Default);
    }

    [Fact]
    public void Embed_SameTextTwice_GivesIdenticalVectors()
    {
        const string text = "The faucet under my sink still drips after I tightened everything.";

        TextEmbedder.Default.Embed(text).Should().Equal(TextEmbedder.Default.Embed(text));
    }

    [Fact]
    public void Embed_FromManyThreads_GivesIdenticalVectors()
    {
        string[] texts = RelevanceTestSet.Cases.SelectMany(c => (string[])[c.OnTopic, c.OffTopic, c.Text]).ToArray();
        float[][] expected = texts.Select(t => new TextEmbedder(TextEmbedder.Default.Table).Embed(t)).ToArray();

        float[][][] runs = Enumerable.Range(0, 8).AsParallel().Select(_ => texts.Select(t => TextEmbedder.Default.Embed(t)).ToArray()).ToArray();

        foreach (float[][] run in runs)
        {
            run.Zip(expected).Should().OnlyContain(pair => pair.First.SequenceEqual(pair.Second));
        }
    }

    [Fact]
    public void Embed_EqualsTheSumOfTheDequantizedRowsOfItsTokens()
    {
        const string text = "Our two-year-old wakes at three and screams until we bring her into our bed. Any advice? 🙏";
        StaticEmbeddingTable table = TextEmbedder.Default.Table;
        var expected = new double[table.Dimensions];
        foreach (int id in TextEmbedder.Default.Tokenizer.Tokenize(text))
        {
            float[] row = table.Vector(id);
            for (int d = 0; d < expected.Length; d++)
            {
                expected[d] += row[d];
            }
        }

        float[] actual = TextEmbedder.Default.Embed(text);

        actual.Select(v => (double)v).Should().Equal(expected, (a, b) => Math.Abs(a - b) <= 1e-4 * (1 + Math.Abs(b)));
    }

    [Fact]
    public void Embed_LongText_SumsBeyondOneGroupOfRows()
    {
        string sentence = "Delegating keeps your coins in your wallet while rewards arrive every epoch. ";
        string text = string.Concat(Enumerable.Repeat(sentence, 40));
        float[] once = TextEmbedder.Default.Embed(sentence);

        float[] many = TextEmbedder.Default.Embed(text);

        many.Should().Equal(once.Select(v => v * 40), (a, b) => Math.Abs(a - b) <= 1e-3f * (1 + Math.Abs(b)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("🚀🔥👍🏽")]
    [InlineData("[CLS] [SEP] [PAD]")]
    public void Embed_TextWithoutWords_IsAllZeros(string text)
    {
        var vector = new float[TextEmbedder.Default.Dimensions];

        EmbeddingSummary summary = TextEmbedder.Default.Embed(text, vector);

        vector.Should().OnlyContain(v => v == 0);
        summary.Weight.Should().Be(0);
    }

    [Fact]
    public void Embed_WrongDestinationLength_Throws()
    {
        Action embed = () => TextEmbedder.Default.Embed("text", new float[3]);

        embed.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Embed_NonEnglishText_GivesAWeakOrNeutralVector()
    {
        PostEmbedding[] posts = RelevanceTestSet.Cases.Select(c => new Post(c.Title, c.Text).Semantics).ToArray();
        float onTopic = RelevanceTestSet.Cases.Select((c, i) => posts[i].RelevanceOf(TextEmbedder.Default.Embed(c.OnTopic))).Average();

        foreach (string text in NonEnglish)
        {
            float[] vector = TextEmbedder.Default.Embed(text);

            // This English encoder reads other languages as sub-word fragments: the vector is valid but
            // close to no post, weaker than an English comment on its own post.
            vector.Should().OnlyContain(v => float.IsFinite(v));
            posts.Max(p => p.RelevanceOf(vector)).Should().BeLessThan(onTopic, text);
        }
    }

    [SkippableFact]
    public void Embed_NonEnglishCommentsOfTheBlogCorpus_GiveFiniteVectors()
    {
        string path = Path.Combine(RepositoryData.DataFolder, "comments.csv");
        Skip.IfNot(File.Exists(path), $"data/comments.csv is absent: expected {path}");
        string[] texts = CommentCsv.ReadComments(path).Select(r => r.Comment.Text).Where(t => t.Any(c => c > '\u007F')).ToArray();

        texts.Should().NotBeEmpty();
        foreach (string text in texts)
        {
            TextEmbedder.Default.Embed(text).Should().OnlyContain(v => float.IsFinite(v));
        }
    }
}
