using Engage.Classifier.Tools.Semantics;

namespace Engage.Classifier.Tests.Tools.Semantics;

public sealed class PostRankingTests
{
    [Fact]
    public void Auc_OwnPostAlwaysHighest_IsOne()
    {
        double[][] scores = [[0.9, 0.1, 0.2], [0.3, 0.8, 0.1]];

        PostRanking.Auc(scores, [0, 1]).Should().Be(1);
    }

    [Fact]
    public void Auc_OwnPostAlwaysLowest_IsZero()
    {
        double[][] scores = [[0.0, 0.1, 0.2], [0.3, 0.1, 0.4]];

        PostRanking.Auc(scores, [0, 1]).Should().Be(0);
    }

    [Fact]
    public void Auc_TiesCountHalf_AndCommentsWeighEqually()
    {
        // Comment 0: own post ties one other and beats one (0.75); comment 1: beats one, loses to one (0.5).
        double[][] scores = [[0.5, 0.5, 0.1], [0.2, 0.3, 0.4]];

        PostRanking.Auc(scores, [0, 1]).Should().BeApproximately(0.625, 1e-12);
    }

    [Fact]
    public void Blend_WeighsTheSecondMatrix()
    {
        double[][] blended = PostRanking.Blend([[0.0, 1.0]], [[1.0, 0.0]], 0.25);

        blended[0].Should().Equal(0.25, 0.75);
    }
}
