using Engage.Classifier.TextModel;

namespace Engage.Classifier.Tests.TextModel;

/// <summary>The text vector's one definition, and the linear score over it.</summary>
public sealed class TextVectorTests
{
    private static readonly int[] Occurrences = [5, 3, 5, 5];

    [Fact]
    public void Sparse_CountsEachBucketScaledByOneOverTheRootOfAllOccurrences()
    {
        (int[] indices, float[] values) = TextVector.Sparse(Occurrences);

        indices.Should().Equal(3, 5);
        values.Should().Equal(0.5f, 1.5f);
    }

    [Fact]
    public void Scale_OfNothing_IsZero()
    {
        TextVector.Scale(0).Should().Be(0);
        TextVector.Sparse([]).Indices.Should().BeEmpty();
    }

    [Fact]
    public void LinearTextModel_Score_IsTheSparseDotProductPlusTheBias()
    {
        var spam = new float[HashedGrams.Dimension];
        var filler = new float[HashedGrams.Dimension];
        spam[3] = 1;
        spam[5] = 2;
        filler[5] = -1;
        var model = new LinearTextModel(spam, 0.25f, filler, -0.5f);
        (int[] indices, float[] values) = TextVector.Sparse(Occurrences);

        (float spamScore, float fillerScore) = model.Score(Occurrences);

        spamScore.Should().Be((spam[indices[0]] * values[0]) + (spam[indices[1]] * values[1]) + 0.25f);
        fillerScore.Should().Be((filler[5] * values[1]) - 0.5f);
        model.Score([]).Should().Be((0.25f, -0.5f));
    }
}
