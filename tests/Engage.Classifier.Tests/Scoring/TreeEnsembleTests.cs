using Engage.Classifier.Scoring;
using static Engage.Classifier.Tests.Support.HandBuiltModels;

namespace Engage.Classifier.Tests.Scoring;

public sealed class TreeEnsembleTests
{
    [Theory]
    [InlineData(0f, 1f, 1)]
    [InlineData(0f, 1.5f, 1)]
    [InlineData(0.1f, 1f, 2)]
    [InlineData(-3f, 2f, 3)]
    public void TreeOutput_FollowsLessOrEqualToTheLeftAndWeighsTheLeaf(float feature0, float feature2, int leaf)
    {
        var ensemble = new TreeEnsemble([TwoLevels], bias: 0);

        ensemble.TreeOutput(0, [feature0, 0f, feature2]).Should().Be(0.5 * leaf * 10);
    }

    [Fact]
    public void Score_IsTheSumOfTheTreesPlusTheBias()
    {
        var ensemble = new TreeEnsemble([TwoLevels, Stump(1, 0f, -1, 4, weight: 2)], bias: 0.25);

        ensemble.Score([0f, 1f, 5f]).Should().Be((0.5 * 30) + (2 * 4) + 0.25);
    }

    [Fact]
    public void TreeWithoutSplits_IsItsOnlyLeaf()
    {
        var ensemble = new TreeEnsemble([new TreeEnsemble.Tree(1, [], [], [], [], [7])], bias: 0);

        ensemble.Score([1f]).Should().Be(7);
        ensemble.MaxFeatureIndex.Should().Be(-1);
    }

    [Fact]
    public void TreesSplittingOn_ListsTheTreesThatUseAFeature()
    {
        var ensemble = new TreeEnsemble([TwoLevels, Stump(1, 0f, 0, 1), Stump(3, 0f, 0, 1)], bias: 0);

        ensemble.TreesSplittingOn(feature => feature == 0).Should().Equal(0);
        ensemble.TreesSplittingOn(feature => feature is 1 or 3).Should().Equal(1, 2);
        ensemble.MaxFeatureIndex.Should().Be(3);
    }
}
